// Row keys and display helpers: pure functions of findings, no decisions.
import type { FindingSubject } from '@cchc/core';
import type { ChecklistStrings } from '../checklist.i18n.js';

/** A stable key for a finding's row: its rule and its subject. */
export function rowKeyOf(f: { readonly ruleId: string; readonly subject: FindingSubject }): string {
  const s = f.subject;
  switch (s.kind) {
    case 'dossier':
    case 'feedback':
      return `${f.ruleId}|${s.kind}|${s.unitCode}|${s.id}`;
    case 'unit-week':
    case 'report':
      return `${f.ruleId}|${s.kind}|${s.unitCode}|${s.period}`;
    case 'inspection':
      return `${f.ruleId}|${s.kind}|${s.unitCode}|${s.index}`;
  }
}

/** A plain date `'YYYY-MM-DD'` as people read it: dd/mm/yyyy in Vietnamese, unchanged (ISO) in English. */
export function showDate(iso: string, lang: 'vi' | 'en'): string {
  return lang === 'vi' ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : iso;
}

/** What a row says its subject is (the dossier, the week, the inspection, the period). */
export function subjectText(
  subject: FindingSubject,
  t: ChecklistStrings,
  lang: 'vi' | 'en',
): string {
  switch (subject.kind) {
    case 'dossier':
      return t.subject.dossier(subject.id);
    case 'unit-week':
      return `${t.subject.week(subject.period)} · ${subject.unitCode}`;
    case 'inspection':
      return `${t.subject.inspection(showDate(subject.date, lang))} · ${subject.unitCode}`;
    case 'report':
      return `${t.subject.report(subject.period)} · ${subject.unitCode}`;
    case 'feedback':
      return `${t.subject.feedback(subject.id)} · ${subject.unitCode}`;
  }
}

/** Today's date in Vietnam (Asia/Ho_Chi_Minh), `'YYYY-MM-DD'`: the default `as-of` of the element. */
export function todayInVietnam(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Ho_Chi_Minh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
