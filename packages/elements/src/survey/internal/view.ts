// The survey's template: title, draft bar, progress, error summary, pages of questions, navigation, thank-you
// panel and the status live region. Pure function of a view object; the element owns the state.
import type { AnswerValue, Bilingual, Instrument, InstrumentElement, Question } from '@cchc/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../shared/lang.js';
import type { SurveyStrings } from '../survey.i18n.js';
import type { Problem } from './problems.js';
import { renderQuestion } from './questions.js';
import { type Answers, isAnswered } from './visibility.js';

/** Everything the template reads. */
export interface SurveyView {
  readonly lang: Lang;
  readonly strings: SurveyStrings;
  /** Heading level of the title; page titles are one below. */
  readonly level: number;
  readonly instrument: Instrument | null;
  readonly structure: {
    readonly pages: readonly { element: InstrumentElement; questions: Question[] }[];
    readonly page: number;
    readonly questions: readonly Question[];
  } | null;
  readonly loading: boolean;
  /** Why no instrument: its text, and whether it could not be fetched (network) rather than being invalid. */
  readonly loadError: { readonly text: Bilingual; readonly unavailable: boolean } | null;
  readonly unitCode: string;
  readonly unitName: string;
  readonly paged: boolean;
  readonly answers: Answers;
  readonly problems: ReadonlyMap<string, Problem>;
  readonly restored: boolean;
  readonly phase: 'editing' | 'submitting' | 'done';
  readonly status: 'sending' | 'sent' | 'queued' | 'rejected' | null;
  readonly rejectedStatus: number;
  readonly submitError: Bilingual | null;
  readonly on: {
    readonly answer: (id: string, value: AnswerValue) => void;
    readonly next: () => void;
    readonly back: () => void;
    readonly submit: () => void;
    readonly startOver: () => void;
    readonly newResponse: () => void;
    readonly goTo: (id: string) => void;
  };
}

function statusText(v: SurveyView): string {
  const s = v.strings;
  switch (v.status) {
    case 'sending':
      return s.sending;
    case 'sent':
      return s.sent;
    case 'queued':
      return s.queued;
    case 'rejected':
      return s.rejected(v.rejectedStatus);
    default:
      return '';
  }
}

function errorSummary(v: SurveyView, indexOf: Map<string, Question & { index: number }>) {
  if (v.problems.size === 0) return nothing;
  return html`<div class="error-summary" part="error-summary" role="alert" aria-labelledby="summary-title">
    <p id="summary-title">${v.strings.summary(v.problems.size)}</p>
    <ul>
      ${[...v.problems.keys()].map(
        (id) => html`<li>
          <button type="button" class="link" @click=${() => v.on.goTo(id)}>
            ${indexOf.get(id)?.text[v.lang] ?? id}
          </button>
        </li>`,
      )}
    </ul>
  </div>`;
}

function page(
  v: SurveyView,
  p: { element: InstrumentElement; questions: Question[] },
  i: number,
  indexOf: Map<string, Question & { index: number }>,
  scaleLabels: readonly Bilingual[],
): TemplateResult {
  return html`<section class="page" part="page" aria-labelledby="p${i}-title">
    <div role="heading" aria-level=${v.level + 1} id="p${i}-title" class="page-title" tabindex="-1">
      ${p.element.title[v.lang]}
    </div>
    ${p.element.description ? html`<p class="help">${p.element.description[v.lang]}</p>` : nothing}
    ${p.questions.map((q) =>
      renderQuestion({
        question: q,
        index: indexOf.get(q.id)!.index,
        value: v.answers[q.id],
        problem: v.problems.get(q.id),
        lang: v.lang,
        strings: v.strings,
        scaleLabels,
        answer: v.on.answer,
      }),
    )}
  </section>`;
}

function form(v: SurveyView, inst: Instrument, st: NonNullable<SurveyView['structure']>) {
  const s = v.strings;
  const indexOf = new Map(
    inst.elements.flatMap((e) => e.questions).map((q, index) => [q.id, { ...q, index }]),
  );
  // Progress counts the questions that are asked, leaving out optional comment boxes (few fill them).
  const counted = st.questions.filter((q) => q.type !== 'free-text' || q.required);
  const answered = counted.filter((q) => isAnswered(v.answers[q.id])).length;
  const total = counted.length;
  const last = !v.paged || st.page >= st.pages.length - 1;
  const shown = v.paged ? st.pages.slice(st.page, st.page + 1) : st.pages;
  const hasAnswers = Object.values(v.answers).some(isAnswered);
  return html`
    ${
      hasAnswers || v.restored
        ? html`<div class="notice" part="draft">
          ${v.restored ? html`<p>${s.draftRestored}</p>` : nothing}
          <button type="button" part="start-over" @click=${v.on.startOver}>${s.startOver}</button>
        </div>`
        : nothing
    }
    <div class="progress" part="progress">
      <progress max=${total} .value=${answered} aria-labelledby="progress-text"></progress>
      <p id="progress-text" class="progress-text">
        ${v.paged ? `${s.page(st.page + 1, st.pages.length)} · ` : ''}${s.progress(answered, total)}
      </p>
    </div>
    ${errorSummary(v, indexOf)}
    <form
      novalidate
      @submit=${(e: Event) => {
        e.preventDefault();
        (last ? v.on.submit : v.on.next)();
      }}
    >
      ${shown.map((p) => page(v, p, st.pages.indexOf(p), indexOf, inst.scale.labels))}
      ${v.submitError ? html`<p class="alert" role="alert">${s.notValid}: ${v.submitError[v.lang]}</p>` : nothing}
      <div class="nav" part="nav">
        ${v.paged && st.page > 0 ? html`<button type="button" part="back" @click=${v.on.back}>${s.back}</button>` : nothing}
        ${
          last
            ? html`<button type="submit" class="primary" part="submit" ?disabled=${v.phase !== 'editing'}>
              ${s.submit}
            </button>`
            : html`<button type="submit" class="primary" part="next">${s.next}</button>`
        }
      </div>
    </form>
  `;
}

/** The whole survey for one render. */
export function renderSurvey(v: SurveyView): TemplateResult {
  const s = v.strings;
  const inst = v.instrument;
  let body: unknown;
  if (v.loadError)
    body = html`<div class="alert" part="error-summary" role="alert">
      <p>${v.loadError.unavailable ? s.unavailableInstrument : s.invalidInstrument}</p>
      <p>${v.loadError.text[v.lang]}</p>
    </div>`;
  else if (v.loading) body = html`<p class="help">${s.loading}</p>`;
  else if (!inst || !v.structure) body = html`<p class="help">${s.noInstrument}</p>`;
  else
    body = html`
      <header>
        <div role="heading" aria-level=${v.level} class="title" part="title">${inst.title[v.lang]}</div>
        ${v.unitName ? html`<p class="unit">${s.unit}: ${v.unitName}</p>` : nothing}
      </header>
      ${v.unitCode ? nothing : html`<p class="alert" role="alert">${s.missingUnit}</p>`}
      ${
        v.phase === 'done'
          ? html`<div class="done" part="done" tabindex="-1">
            <div role="heading" aria-level=${v.level + 1} id="done-title" class="page-title">${s.thanks}</div>
            <button type="button" part="new-response" @click=${v.on.newResponse}>${s.newResponse}</button>
          </div>`
          : form(v, inst, v.structure)
      }
    `;
  return html`<div class="survey" part="base">
    ${body}
    <p class="status" part="status" role="status">${statusText(v)}</p>
  </div>`;
}
