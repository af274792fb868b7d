// The expandable part of a row: the finding's message, its legal citations and the facts that decided it.
// Every value is pack or dossier data and is rendered as text (Lit escapes it); links only for http(s) URLs.
import {
  type Because,
  type Citation,
  FACT_CATALOG,
  type Finding,
  type RuleSubjectKind,
} from '@cchc/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { ChecklistStrings } from '../checklist.i18n.js';
import { showDate } from './rows.js';

type Lang = 'vi' | 'en';

const SYMBOL: Record<string, Record<Lang, string>> = {
  equal: { vi: '=', en: '=' },
  notEqual: { vi: '≠', en: '≠' },
  lessThan: { vi: '<', en: '<' },
  lessThanInclusive: { vi: '≤', en: '≤' },
  greaterThan: { vi: '>', en: '>' },
  greaterThanInclusive: { vi: '≥', en: '≥' },
  in: { vi: 'thuộc', en: 'in' },
  notIn: { vi: 'không thuộc', en: 'not in' },
  contains: { vi: 'chứa', en: 'contains' },
  doesNotContain: { vi: 'không chứa', en: 'does not contain' },
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function value(v: unknown, t: ChecklistStrings, lang: Lang): string {
  if (v === null || v === undefined) return t.unknown;
  if (typeof v === 'boolean')
    return v ? (lang === 'vi' ? 'có' : 'yes') : lang === 'vi' ? 'không' : 'no';
  if (typeof v === 'string' && ISO_DATE.test(v)) return showDate(v, lang);
  if (Array.isArray(v)) return v.map((x) => value(x, t, lang)).join(', ');
  return String(v);
}

function factLabel(kind: RuleSubjectKind | undefined, fact: string, lang: Lang): string {
  const catalog =
    kind === undefined
      ? undefined
      : (FACT_CATALOG[kind] as Record<string, { label: Record<Lang, string> }>);
  return catalog?.[fact]?.label[lang] ?? fact;
}

function reason(b: Because, kind: RuleSubjectKind | undefined, t: ChecklistStrings, lang: Lang) {
  const label = factLabel(kind, b.fact, lang);
  const shown = `${label}: ${value(b.value, t, lang)}`;
  if (b.operator === undefined || b.stage === undefined) return html`<li>${shown}</li>`;
  const test = `${t.stage[b.stage]} ${SYMBOL[b.operator]?.[lang] ?? b.operator} ${value(b.expected, t, lang)}`;
  return html`<li>${shown} — ${test}: <strong>${b.holds ? t.holds : t.fails}</strong></li>`;
}

const safeUrl = (url: string | undefined) =>
  url !== undefined && /^https?:\/\//i.test(url) ? url : undefined;

function citation(c: Citation, t: ChecklistStrings, lang: Lang): TemplateResult {
  const url = safeUrl(c.url);
  return html`<dl class="citation">
    <dt>${t.document}</dt>
    <dd>${url ? html`<a href=${url} rel="noopener noreferrer" target="_blank">${c.document}</a>` : c.document}</dd>
    ${c.article ? html`<dt>${t.article}</dt><dd>${c.article}</dd>` : nothing}
    <dt>${t.issuer}</dt>
    <dd>${c.issuer}</dd>
    ${c.date ? html`<dt>${t.issued}</dt><dd>${showDate(c.date, lang)}</dd>` : nothing}
    ${c.form ? html`<dt>${t.form}</dt><dd>${c.form}</dd>` : nothing}
    ${c.verified ? nothing : html`<dt>${t.unverified}</dt><dd>${c.note ?? '—'}</dd>`}
  </dl>`;
}

/**
 * The disclosure of one finding (`<details>`: Enter and Space open it natively): message, citations and reasons.
 *
 * @param f - The finding.
 * @param kind - The rule's subject kind (for the facts' labels).
 */
export function disclosure(
  f: Finding,
  kind: RuleSubjectKind | undefined,
  t: ChecklistStrings,
  lang: Lang,
): TemplateResult {
  return html`<details part="citation">
    <summary part="citation-toggle">${t.citation} (${f.citations.length})</summary>
    <p class="message">${f.message[lang]}</p>
    ${f.citations.map((c) => citation(c, t, lang))}
    ${
      f.because.length === 0
        ? nothing
        : html`<p class="because-title">${t.because}</p>
          <ul class="because" part="because">
            ${f.because.map((b) => reason(b, kind, t, lang))}
          </ul>`
    }
  </details>`;
}
