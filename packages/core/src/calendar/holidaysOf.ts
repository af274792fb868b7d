import type { Calendar } from './createCalendar.js';
import { resolveCalendar, yearArg } from './internal/args.js';
import type { Holiday, SpecialWorkingDay } from './internal/yearTable.js';

/**
 * Lists a year's days off other than ordinary weekends: public holidays (with the whole Tết break), compensatory days
 * (nghỉ bù), days off from official swaps and a province's extra holidays — each with its legal basis.
 *
 * Statutory holidays falling on a weekend are listed too (their compensatory day follows). For years with no
 * announcement in the table, the Tết break and the second National Day are estimated from the law and every entry
 * carries `estimated: true`.
 *
 * @param year - A calendar year, 2013–2100.
 * @param calendar - A calendar from {@link createCalendar}; the national one by default.
 * @returns The days off, sorted by date.
 * @throws {@link CchcError} on a year outside 2013–2100.
 * @example
 * holidaysOf(2026).find((h) => h.date === '2026-02-17') //=> { kind: 'holiday', name: { vi: 'Tết Nguyên đán', … }, … }
 * @see Bộ luật Lao động 2012, Điều 115 (to 2020); Bộ luật Lao động 2019, Điều 112 (from 2021)
 */
export function holidaysOf(year: number, calendar?: Calendar): Holiday[] {
  return [...resolveCalendar(calendar).yearTable(yearArg(year)).holidays];
}

/**
 * Lists the weekend days of a year that are working days: Saturdays worked under an official swap (làm bù) and a
 * province's extra working days.
 *
 * @param year - A calendar year, 2013–2100.
 * @param calendar - A calendar from {@link createCalendar}; the national one by default.
 * @returns The special working days, sorted by date.
 * @example
 * specialWorkingDaysOf(2019).map((d) => d.date) //=> ['2019-01-05', '2019-05-04']
 */
export function specialWorkingDaysOf(year: number, calendar?: Calendar): SpecialWorkingDay[] {
  return [...resolveCalendar(calendar).yearTable(yearArg(year)).workingDays];
}
