// Reporting periods and ISO weeks on day numbers.
import { fromDayNumber, toDayNumber, weekday } from '../../internal/days.js';
import type { Rule } from '../rulePackSchema.js';

export type Every = NonNullable<Rule['schedule']>['every'];
export type Window = NonNullable<Rule['schedule']>['window'];

/** One reporting period: its label and the data window (first and last day, inclusive). */
export interface PeriodWindow {
  readonly label: string;
  readonly start: number;
  readonly end: number;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
const lastOf = (y: number, m: number) =>
  (m === 12 ? toDayNumber(y + 1, 1, 1) : toDayNumber(y, m + 1, 1)) - 1;

/**
 * The periods of one year. `'decree-09-2019'`: data from the 15th of the month before the period to the 14th of
 * its last month (six-month, nine-month and annual reports from 15/12 of the previous year); `'calendar'`:
 * calendar months. Half-year and nine-month reports exist only for the first half / first nine months.
 */
export function periodsOf(year: number, every: Every, window: Window): PeriodWindow[] {
  const cut = window === 'decree-09-2019';
  // Start of a window ending with month `m` and covering `months` months.
  const start = (m: number, months: number) => {
    const first = m - months + 1;
    if (!cut) return toDayNumber(year, first, 1);
    return first === 1 ? toDayNumber(year - 1, 12, 15) : toDayNumber(year, first - 1, 15);
  };
  const end = (m: number) => (cut ? toDayNumber(year, m, 14) : lastOf(year, m));
  switch (every) {
    case 'month':
      return Array.from({ length: 12 }, (_, i) => ({
        label: `${year}-${pad2(i + 1)}`,
        start: start(i + 1, 1),
        end: end(i + 1),
      }));
    case 'quarter':
      return [1, 2, 3, 4].map((q) => ({
        label: `${year}-Q${q}`,
        start: start(3 * q, 3),
        end: end(3 * q),
      }));
    case 'half-year':
      return [{ label: `${year}-H1`, start: start(6, 6), end: end(6) }];
    case 'nine-months':
      return [{ label: `${year}-9M`, start: start(9, 9), end: end(9) }];
    case 'year':
      return [{ label: String(year), start: start(12, 12), end: end(12) }];
  }
}

/** The ISO week (Monday–Sunday) containing day `n`: its label `'YYYY-Www'` and its Monday. */
export function isoWeekOf(n: number): { label: string; monday: number } {
  const iso = weekday(n) === 0 ? 7 : weekday(n);
  const monday = n - (iso - 1);
  const thursday = monday + 3;
  const y = fromDayNumber(thursday).year;
  const week = Math.floor((thursday - toDayNumber(y, 1, 1)) / 7) + 1;
  return { label: `${y}-W${pad2(week)}`, monday };
}
