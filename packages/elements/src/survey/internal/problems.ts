// What stops the respondent from moving on: a required question without an answer, or a percentage that is
// not a whole number 0–100. Only asked questions are checked (a question hidden by the skip logic is not required).
import type { Question } from '@cchc/core';
import { type Answers, isAnswered } from './visibility.js';

/** Why a question's answer cannot be accepted yet. */
export type Problem = 'required' | 'percentage';

/** Problems of the given (asked) questions, in order, keyed by question id. */
export function findProblems(
  questions: readonly Question[],
  answers: Answers,
): Map<string, Problem> {
  const problems = new Map<string, Problem>();
  for (const q of questions) {
    const value = answers[q.id];
    if (!isAnswered(value)) {
      if (q.required) problems.set(q.id, 'required');
    } else if (
      q.type === 'percentage' &&
      !(typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 100)
    ) {
      problems.set(q.id, 'percentage');
    }
  }
  return problems;
}
