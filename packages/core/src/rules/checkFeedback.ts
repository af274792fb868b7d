import * as z from 'zod/mini';
import { resolveCalendar } from '../calendar/internal/args.js';
import { dayNumberOf } from '../internal/days.js';
import { parseOrThrow } from '../schema/parse.js';
import { PlainDateSchema } from '../schema/plainDate.js';
import { FeedbackSchema } from './feedbackSchema.js';
import type { Finding } from './findingSchema.js';
import { compiledPackOf } from './internal/compiledPack.js';
import { CheckOptionsSchema, makeContext } from './internal/context.js';
import { evaluateRule } from './internal/evaluate.js';
import { parseRows } from './internal/rows.js';
import { feedbackFacts } from './internal/subjectFacts.js';

const FeedbackOptionsSchema = z.extend(CheckOptionsSchema, { asOf: PlainDateSchema });

/**
 * Checks that feedback and petitions about procedures were answered in time (phản ánh, kiến nghị được trả lời
 * kịp thời): one finding per item and `feedback` rule — `met` when answered within the rule's `{answerDays}`
 * working days, `pending` when not yet answered and still within them at `asOf`, `missed` otherwise.
 *
 * An item received on a non-working day counts from the next working day (the pack's reception convention).
 *
 * @param items - Feedback items, validated with {@link FeedbackSchema}.
 * @param pack - A rule pack with a `feedback.answered` rule.
 * @param options - `asOf` (required) and `calendar`.
 * @returns The findings, item by item.
 * @throws {@link CchcError} on invalid rows or options.
 * @example
 * checkFeedback(items, getRulePack('khanhson-2017'), { asOf: '2017-12-31' })
 * @see Công văn 112/UBND-NV (2017), mục 6; Nghị định 20/2008/NĐ-CP (time limit UNVERIFIED)
 */
export function checkFeedback(
  items: unknown,
  pack: unknown,
  options: z.input<typeof FeedbackOptionsSchema>,
): Finding[] {
  const rows = parseRows(FeedbackSchema, items, 'items');
  const compiled = compiledPackOf(pack);
  const opts = parseOrThrow(FeedbackOptionsSchema, options, 'options');
  const ctx = makeContext(compiled.pack, resolveCalendar(opts.calendar), compiled.intern);
  const asOfDay = dayNumberOf(opts.asOf);
  const out: Finding[] = [];
  for (const item of rows) {
    const facts = feedbackFacts(
      dayNumberOf(item.receivedOn),
      item.answeredOn === undefined ? null : dayNumberOf(item.answeredOn),
      item.answerForm ?? null,
      asOfDay,
      ctx,
    );
    for (const cr of compiled.bySubject.feedback)
      out.push(
        evaluateRule(
          cr,
          facts,
          { kind: 'feedback', id: item.id, unitCode: item.unitCode },
          ctx,
          asOfDay,
        ),
      );
  }
  return out;
}
