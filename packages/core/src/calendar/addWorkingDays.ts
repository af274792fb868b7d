import { formatDayNumber } from '../internal/days.js';
import type { Calendar } from './createCalendar.js';
import { countArg, dateArg, resolveCalendar } from './internal/args.js';
import { addWorkingDayNumbers } from './internal/lookup.js';

/**
 * Adds working days to a date, skipping weekends, public holidays, compensatory days and official day swaps.
 *
 * The start date is not counted ("within N working days of receipt": the deadline is the N-th working day after the
 * day of receipt). With `n = 0` it returns `date` if that is a working day, otherwise the next working day.
 *
 * @param date - A plain date, `'YYYY-MM-DD'`.
 * @param n - Whole working days to add (≥ 0).
 * @param calendar - A calendar from {@link createCalendar}; the national one by default.
 * @returns The resulting working day, `'YYYY-MM-DD'`.
 * @throws {@link CchcError} on a malformed date, or a negative or fractional `n`.
 * @example
 * addWorkingDays('2017-01-25', 3) //=> '2017-02-06' (the Tết Đinh Dậu break ran 26/1–1/2/2017)
 * @see Nghị định 61/2018/NĐ-CP, Điều 19 (time limits in working days); Bộ luật Lao động 2019, Điều 112
 */
export function addWorkingDays(date: string, n: number, calendar?: Calendar): string {
  const cal = resolveCalendar(calendar);
  const start = dateArg(date);
  return formatDayNumber(addWorkingDayNumbers(cal, start, countArg(n)));
}
