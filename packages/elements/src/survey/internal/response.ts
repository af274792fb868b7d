// Builds the response (phiếu trả lời) that core validates and the element submits: only asked, answered questions.
import type { AnswerValue, Instrument, SipasResponse } from '@cchc/core';
import { type Answers, isAnswered } from './visibility.js';

/** Who is rated and who answered. */
export interface ResponseContext {
  readonly respondentId: string;
  readonly unitCode: string;
  readonly service?: string | undefined;
}

/** The response for the current answers; answers to questions the skip logic hides are dropped. */
export function buildResponse(
  instrument: Instrument,
  answers: Answers,
  asked: ReadonlySet<string>,
  context: ResponseContext,
): SipasResponse {
  const kept: Record<string, AnswerValue> = {};
  for (const element of instrument.elements)
    for (const q of element.questions) {
      const value = answers[q.id];
      if (asked.has(q.id) && isAnswered(value))
        kept[q.id] = typeof value === 'string' ? value.trim() : (value as AnswerValue);
    }
  return {
    respondentId: context.respondentId,
    unitCode: context.unitCode,
    ...(context.service ? { service: context.service } : {}),
    answers: kept,
  };
}
