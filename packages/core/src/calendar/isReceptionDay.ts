import { weekday } from '../internal/days.js';
import type { Calendar } from './createCalendar.js';
import { dateArg, resolveCalendar } from './internal/args.js';
import { isWorkingDayNumber } from './internal/lookup.js';

/**
 * Tells whether the one-stop section receives and returns dossiers on a date: every working day, plus Saturday
 * mornings under the `'morning'` policy (a Saturday that is a holiday or a compensatory day excepted).
 *
 * Reception is not deadline arithmetic: under `'morning'` a dossier received on Saturday still has its processing
 * time counted in Monday–Friday working days (see {@link addWorkingDays}).
 *
 * @param date - A plain date, `'YYYY-MM-DD'`.
 * @param calendar - A calendar from {@link createCalendar}; the national one (no Saturday reception) by default.
 * @returns `true` when the section is open for reception that day.
 * @example
 * isReceptionDay('2017-03-11', createCalendar({ saturday: 'morning' })) //=> true (a Saturday)
 * isReceptionDay('2017-03-11') //=> false
 */
export function isReceptionDay(date: string, calendar?: Calendar): boolean {
  const cal = resolveCalendar(calendar);
  const n = dateArg(date);
  if (isWorkingDayNumber(cal, n)) return true;
  if (cal.saturday !== 'morning' || weekday(n) !== 6) return false;
  const table = cal.yearTable(Number(date.slice(0, 4)));
  return !table.holidays.some((h) => h.date === date);
}
