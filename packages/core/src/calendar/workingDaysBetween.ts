import type { Calendar } from './createCalendar.js';
import { dateArg, resolveCalendar } from './internal/args.js';
import { workingDayNumbersBetween } from './internal/lookup.js';

/**
 * Counts the working days d with a < d ≤ b — how many working days late a result is, or how long a dossier took.
 *
 * Negative when `b` is before `a`, so that `workingDaysBetween(a, addWorkingDays(a, n)) === n` for a working day `a`.
 *
 * @param a - Start, `'YYYY-MM-DD'` (not counted).
 * @param b - End, `'YYYY-MM-DD'` (counted when it is a working day).
 * @param calendar - A calendar from {@link createCalendar}; the national one by default.
 * @returns The signed count of working days.
 * @throws {@link CchcError} on a malformed date.
 * @example
 * workingDaysBetween('2017-01-25', '2017-02-06') //=> 3
 * workingDaysBetween('2017-02-06', '2017-01-25') //=> -3
 */
export function workingDaysBetween(a: string, b: string, calendar?: Calendar): number {
  const cal = resolveCalendar(calendar);
  return workingDayNumbersBetween(cal, dateArg(a, 'a'), dateArg(b, 'b'));
}
