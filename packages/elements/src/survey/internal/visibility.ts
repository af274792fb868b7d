// Which questions the form asks, from the instrument's skip logic (`showIf`) and service filter (`appliesTo`).
// The same rule as core's response check (an answer to a skipped question is invalid there), applied live
// while the respondent fills the form: a question is asked when its condition's question was asked and answered
// with one of the listed values. The service filter applies only when the element names a service.
import type { AnswerValue, Instrument, InstrumentElement, Question } from '@cchc/core';

/** Answers held by the form, keyed by question id (multiple choices joined by `;`, as core stores them). */
export type Answers = Readonly<Record<string, AnswerValue>>;

/** Ids of the questions asked of this respondent, in instrument order. */
export function askedQuestions(
  instrument: Instrument,
  answers: Answers,
  service: string | undefined,
): Set<string> {
  const asked = new Set<string>();
  for (const element of instrument.elements) {
    for (const q of element.questions) {
      const services = q.appliesTo?.services;
      if (services && service && !services.includes(service)) continue;
      const c = q.showIf;
      if (c) {
        const value = asked.has(c.question) ? answers[c.question] : undefined;
        const wanted = c.in ?? [c.equals];
        if (value === undefined || value === null || !wanted.includes(value)) continue;
      }
      asked.add(q.id);
    }
  }
  return asked;
}

/** The elements with at least one asked question (the pages of the paged form), each with its asked questions. */
export function visiblePages(
  instrument: Instrument,
  asked: ReadonlySet<string>,
): { element: InstrumentElement; questions: Question[] }[] {
  return instrument.elements
    .map((element) => ({ element, questions: element.questions.filter((q) => asked.has(q.id)) }))
    .filter((page) => page.questions.length > 0);
}

/** True when a stored answer counts as given (blank text and empty selections do not). */
export function isAnswered(value: AnswerValue | undefined): boolean {
  return (
    value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '')
  );
}
