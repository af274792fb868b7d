// Working-day arithmetic on day numbers, over the calendar's per-year tables. The public functions validate
// their arguments and call these; the rules fast path calls them directly with day numbers.
import { fromDayNumber } from '../../internal/days.js';
import type { Calendar } from '../createCalendar.js';
import { outOfRange } from './args.js';
import { CALENDAR_RANGE } from './holidayRules.js';

/** True when day number `n` is a working day. */
export function isWorkingDayNumber(calendar: Calendar, n: number): boolean {
  const table = calendar.yearTable(fromDayNumber(n).year);
  return table.off[n - table.start] === 0;
}

/** The k-th working day after day `n` (k ≥ 1); for k = 0, `n` itself if working, else the next working day. */
export function addWorkingDayNumbers(calendar: Calendar, n: number, k: number): number {
  let year = fromDayNumber(n).year;
  let table = calendar.yearTable(year);
  let need = table.cum[n - table.start]! + k;
  if (k === 0) {
    if (table.off[n - table.start] === 0) return n;
    need += 1;
  }
  while (need > table.total) {
    need -= table.total;
    year += 1;
    if (year > CALENDAR_RANGE.to) throw outOfRange();
    table = calendar.yearTable(year);
  }
  // First index whose cumulative count reaches `need`: that day is the need-th working day of the year.
  let lo = 0;
  let hi = table.cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (table.cum[mid]! >= need) hi = mid;
    else lo = mid + 1;
  }
  return table.start + lo;
}

/** Number of working days d with a < d ≤ b (negative when b < a). */
export function workingDayNumbersBetween(calendar: Calendar, a: number, b: number): number {
  if (b < a) {
    const count = workingDayNumbersBetween(calendar, b, a);
    return count === 0 ? 0 : -count; // never -0
  }
  const ya = fromDayNumber(a).year;
  const yb = fromDayNumber(b).year;
  const ta = calendar.yearTable(ya);
  const tb = calendar.yearTable(yb);
  if (ya === yb) return ta.cum[b - ta.start]! - ta.cum[a - ta.start]!;
  let count = ta.total - ta.cum[a - ta.start]! + tb.cum[b - tb.start]!;
  for (let y = ya + 1; y < yb; y++) count += calendar.yearTable(y).total;
  return count;
}
