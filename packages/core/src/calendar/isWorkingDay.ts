import type { Calendar } from './createCalendar.js';
import { dateArg, resolveCalendar } from './internal/args.js';
import { isWorkingDayNumber } from './internal/lookup.js';

/**
 * Tells whether a date is a working day (ngày làm việc): not a weekend rest day, not a public holiday, not a
 * compensatory day off, not a day off from an official swap — and true for a Saturday worked under a swap.
 *
 * @param date - A plain date, `'YYYY-MM-DD'` (2013–2100).
 * @param calendar - A calendar from {@link createCalendar}; the national civil-service calendar by default.
 * @returns `true` for a working day.
 * @throws {@link CchcError} on a malformed date.
 * @example
 * isWorkingDay('2017-01-30') //=> false (Tết Đinh Dậu)
 * isWorkingDay('2019-01-05') //=> true (Saturday worked in exchange for 31/12/2018)
 * @see Bộ luật Lao động 2019, Điều 112; Quyết định 188/1999/QĐ-TTg
 */
export function isWorkingDay(date: string, calendar?: Calendar): boolean {
  const cal = resolveCalendar(calendar);
  return isWorkingDayNumber(cal, dateArg(date));
}
