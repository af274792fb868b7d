import { formatDayNumber } from '../internal/days.js';
import type { Calendar } from './createCalendar.js';
import { dateArg, resolveCalendar } from './internal/args.js';
import { addWorkingDayNumbers } from './internal/lookup.js';

/**
 * Returns the first working day strictly after a date — e.g. the day a dossier received on a holiday counts as received.
 *
 * @param date - A plain date, `'YYYY-MM-DD'`.
 * @param calendar - A calendar from {@link createCalendar}; the national one by default.
 * @returns The next working day, `'YYYY-MM-DD'`.
 * @throws {@link CchcError} on a malformed date.
 * @example
 * nextWorkingDay('2017-01-25') //=> '2017-02-02' (after the Tết break 26/1–1/2/2017)
 */
export function nextWorkingDay(date: string, calendar?: Calendar): string {
  const cal = resolveCalendar(calendar);
  return formatDayNumber(addWorkingDayNumbers(cal, dateArg(date), 1));
}
