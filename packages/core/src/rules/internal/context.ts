// The options of the check functions and the context they build (the context itself: makeContext.ts, free of zod).
import * as z from 'zod/mini';
import { Calendar } from '../../calendar/createCalendar.js';
import { parseOrThrow } from '../../schema/parse.js';
import { PlainDateSchema } from '../../schema/plainDate.js';
import type { RulePack } from '../rulePackSchema.js';
import type { Interner } from './intern.js';
import { contextFrom, type EvalContext, makeContext } from './makeContext.js';

const CalendarArg = z.custom<Calendar>((v) => v instanceof Calendar, {
  message: 'a calendar made by createCalendar()',
  params: { vi: 'một lịch tạo bằng createCalendar()', en: 'a calendar made by createCalendar()' },
});

/** Options shared by the check functions: the calendar and the evaluation date. */
export const CheckOptionsSchema = z.strictObject({
  calendar: z.optional(CalendarArg),
  /** The evaluation date (ngày đánh giá): open obligations due after it are `pending`, before it `missed`. */
  asOf: z.optional(PlainDateSchema),
});
/** Options of the check functions. */
export type CheckOptions = z.input<typeof CheckOptionsSchema>;

/** Validates options and builds the context for a pack. */
export function contextOf(
  pack: RulePack,
  options: unknown,
  intern?: Interner,
): { ctx: EvalContext; asOfDay: number | undefined } {
  // Once per call, so the schema is no cost here (tryCheckDossier checks options without it).
  return contextFrom(pack, parseOrThrow(CheckOptionsSchema, options ?? {}, 'options'), intern);
}

export { type EvalContext, makeContext };
