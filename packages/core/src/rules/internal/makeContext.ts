// What every evaluation needs besides the subject: working-day arithmetic and the pack's reception convention.
// Free of zod (the options are checked in context.ts), so that the zod-free paths can build it.
import type { Calendar } from '../../calendar/createCalendar.js';
import { resolveCalendar } from '../../calendar/internal/args.js';
import { dayNumberOf } from '../../internal/days.js';
import type { RulePack } from '../rulePackSchema.js';
import type { CheckedOptions } from './checkOptions.js';
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

/** The context and the evaluation day for checked options (the calendar given, or the national one). */
export function contextFrom(
  pack: RulePack,
  options: CheckedOptions,
  intern?: Interner,
): { ctx: EvalContext; asOfDay: number | undefined } {
  return {
    ctx: makeContext(pack, resolveCalendar(options.calendar), intern),
    asOfDay: options.asOf === undefined ? undefined : dayNumberOf(options.asOf),
  };
}
