// Templates of one question per answer type. Every instrument text is bound as text (never as HTML), so
// `<script>` or `"><img onerror=…>` in a question shows up literally and runs nothing.
import type { AnswerValue, Bilingual, Question } from '@cchc/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../shared/lang.js';
import type { SurveyStrings } from '../survey.i18n.js';
import type { Problem } from './problems.js';

/** Everything one question needs to render. */
export interface QuestionView {
  readonly question: Question;
  /** Position in the instrument: makes the ids (`q7`, `q7-error`, …) unique inside the shadow root. */
  readonly index: number;
  readonly value: AnswerValue | undefined;
  readonly problem: Problem | undefined;
  readonly lang: Lang;
  readonly strings: SurveyStrings;
  /** The instrument's labels of levels 1–5. */
  readonly scaleLabels: readonly Bilingual[];
  readonly answer: (id: string, value: AnswerValue) => void;
}

interface Choice {
  readonly value: string | number;
  readonly label: string;
}

/** The choices of a question answered by radio buttons or checkboxes. */
function choicesOf(v: QuestionView): Choice[] {
  const { question: q, lang, strings } = v;
  if (q.type === 'scale') {
    const labels = q.labels ?? v.scaleLabels;
    const levels = labels.map((l, i) => ({ value: i + 1, label: `${i + 1}. ${l[lang]}` }));
    return q.notApplicable ? [...levels, { value: 0, label: strings.notApplicable }] : levels;
  }
  if (q.type === 'yes-no')
    return [
      { value: 'yes', label: strings.yes },
      { value: 'no', label: strings.no },
    ];
  return (q.options ?? []).map((o) => ({ value: o.value, label: o.label[lang] }));
}

const describedBy = (v: QuestionView, id: string) =>
  [v.question.help ? `${id}-help` : '', v.problem ? `${id}-error` : ''].filter(Boolean).join(' ') ||
  nothing;

function label(v: QuestionView, id: string, tag: 'legend' | 'label'): TemplateResult {
  const text = v.question.text[v.lang];
  const required = v.question.required
    ? html` <span class="required">(${v.strings.required})</span>`
    : nothing;
  return tag === 'legend'
    ? html`<legend id="${id}-label" part="label">${text}${required}</legend>`
    : html`<label id="${id}-label" part="label" for="${id}-input">${text}${required}</label>`;
}

function extras(v: QuestionView, id: string): TemplateResult {
  const message = v.problem === 'percentage' ? v.strings.percentage : v.strings.answerRequired;
  return html`${
    v.question.help ? html`<p id="${id}-help" class="help">${v.question.help[v.lang]}</p>` : nothing
  }${v.problem ? html`<p id="${id}-error" class="error" part="error">${message}</p>` : nothing}`;
}

function choiceGroup(v: QuestionView, id: string, multiple: boolean): TemplateResult {
  const q = v.question;
  const choices = choicesOf(v);
  const stored = v.value === undefined || v.value === null ? '' : String(v.value);
  const selected = new Set(multiple ? stored.split(';') : [stored]);
  const invalid = v.problem ? 'true' : nothing;
  const toggle = (choice: Choice, checked: boolean) => {
    if (!multiple) return v.answer(q.id, choice.value);
    const next = choices.filter((c) => (c === choice ? checked : selected.has(String(c.value))));
    v.answer(q.id, next.length === 0 ? null : next.map((c) => c.value).join(';'));
  };
  return html`<fieldset
    id=${id}
    class="question"
    part="question"
    role=${multiple ? 'group' : 'radiogroup'}
    aria-labelledby="${id}-label"
    aria-describedby=${describedBy(v, id)}
    aria-required=${!multiple && q.required ? 'true' : nothing}
    aria-invalid=${!multiple ? invalid : nothing}
  >
    ${label(v, id, 'legend')}${extras(v, id)}
    <div class="choices ${q.type === 'scale' ? 'scale' : ''}" part=${q.type === 'scale' ? 'scale' : 'choices'}>
      ${choices.map(
        (c, i) => html`<label class="choice" part="choice">
          <input
            type=${multiple ? 'checkbox' : 'radio'}
            name=${id}
            value=${i}
            .checked=${selected.has(String(c.value))}
            aria-invalid=${multiple ? invalid : nothing}
            @change=${(e: Event) => toggle(c, (e.target as HTMLInputElement).checked)}
          /><span>${c.label}</span>
        </label>`,
      )}
    </div>
  </fieldset>`;
}

function field(v: QuestionView, id: string): TemplateResult {
  const q = v.question;
  const value = v.value === undefined || v.value === null ? '' : String(v.value);
  const common = (e: Event) => (e.target as HTMLInputElement | HTMLTextAreaElement).value;
  const input =
    q.type === 'free-text'
      ? html`<textarea
          id="${id}-input"
          rows="3"
          .value=${value}
          aria-describedby=${describedBy(v, id)}
          aria-invalid=${v.problem ? 'true' : nothing}
          aria-required=${q.required ? 'true' : nothing}
          @input=${(e: Event) => v.answer(q.id, common(e))}
        ></textarea>`
      : html`<input
          id="${id}-input"
          type=${q.type === 'percentage' ? 'number' : 'text'}
          inputmode=${q.type === 'percentage' ? 'numeric' : nothing}
          min=${q.type === 'percentage' ? '0' : nothing}
          max=${q.type === 'percentage' ? '100' : nothing}
          step=${q.type === 'percentage' ? '1' : nothing}
          .value=${value}
          aria-describedby=${describedBy(v, id)}
          aria-invalid=${v.problem ? 'true' : nothing}
          aria-required=${q.required ? 'true' : nothing}
          @input=${(e: Event) => {
            const raw = common(e);
            v.answer(q.id, q.type === 'percentage' && /^\d{1,3}$/.test(raw) ? Number(raw) : raw);
          }}
        />`;
  return html`<div id=${id} class="question" part="question">
    ${label(v, id, 'label')}${extras(v, id)}${input}
  </div>`;
}

/** One question, as a radio group, a checkbox group, a text area or an input, with its help and error text. */
export function renderQuestion(v: QuestionView): TemplateResult {
  const id = `q${v.index}`;
  switch (v.question.type) {
    case 'multiple-choice':
      return choiceGroup(v, id, true);
    case 'free-text':
    case 'percentage':
      return field(v, id);
    case 'demographic':
      return v.question.options ? choiceGroup(v, id, false) : field(v, id);
    default:
      return choiceGroup(v, id, false);
  }
}
