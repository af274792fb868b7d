// What every evaluation needs besides the subject: working-day arithmetic and the pack's reception convention.
import * as z from 'zod/mini';
import { Calendar } from '../../calendar/createCalendar.js';
import { resolveCalendar } from '../../calendar/internal/args.js';
import { dayNumberOf } from '../../internal/days.js';
import { parseOrThrow } from '../../schema/parse.js';
import { PlainDateSchema } from '../../schema/plainDate.js';
import type { RulePack } from '../rulePackSchema.js';
import { tryCheckOptions } from './checkOptions.js';
import { Interner } from './intern.js';
import { type Workdays, workdaysOf } from './workdays.js';

/** Evaluation context: working days of the calendar and the reception convention of the pack. */
export interface EvalContext {
  readonly days: Workdays;
  /** Shared frozen `because` entries and lists, formatted dates — for this call only. */
  readonly intern: Interner;
  readonly reception: {
    readonly closesAtMinutes: number;
    readonly afterHoursCountsNextWorkingDay: boolean;
    readonly nonWorkingDayCountsNextWorkingDay: boolean;
  };
}

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
  // Well-formed options skip zod; the schema words what is wrong with the others.
  const parsed =
    tryCheckOptions(options) ?? parseOrThrow(CheckOptionsSchema, options ?? {}, 'options');
  return {
    ctx: makeContext(pack, resolveCalendar(parsed.calendar), intern),
    asOfDay: parsed.asOf === undefined ? undefined : dayNumberOf(parsed.asOf),
  };
}

/**
 * Builds the context for a pack and a calendar. `intern` is the compiled pack's memo of shared `because` entries
 * and lists (pure memoisation: results do not depend on it); a fresh one is made when none is given.
 */
export function makeContext(
  pack: RulePack,
  calendar: Calendar,
  intern = new Interner(),
): EvalContext {
  const [h, m] = pack.reception.closesAt.split(':').map(Number) as [number, number];
  return {
    days: workdaysOf(calendar),
    intern,
    reception: {
      closesAtMinutes: h * 60 + m,
      afterHoursCountsNextWorkingDay: pack.reception.afterHoursCountsNextWorkingDay,
      nonWorkingDayCountsNextWorkingDay: pack.reception.nonWorkingDayCountsNextWorkingDay,
    },
  };
}
