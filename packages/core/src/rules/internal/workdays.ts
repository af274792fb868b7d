// Working-day helpers on day numbers, bound to one calendar — what the fact builders use in hot loops. The
// calendar's per-year tables (a day-off bitmap and cumulative working-day counts) are fetched once per year into
// an array indexed by year, and a day's year is found arithmetically, so each question is a few array reads.
import type { Calendar } from '../../calendar/createCalendar.js';
import { CALENDAR_RANGE } from '../../calendar/internal/holidayRules.js';
import type { YearTable } from '../../calendar/internal/yearTable.js';
import { CchcError } from '../../schema/CchcError.js';

/** Working-day arithmetic bound to a calendar. */
export interface Workdays {
  readonly calendar: Calendar;
  isWorking(n: number): boolean;
  /** `n` when it is a working day, else the next working day (an act on a day off counts on the next working day). */
  effective(n: number): number;
  /** The k-th working day after `n` (k = 0: {@link Workdays.effective}). */
  add(n: number, k: number): number;
  /** The k-th working day before `n` (k ≥ 1), or `n`'s own effective day for k = 0. */
  sub(n: number, k: number): number;
  /** Working days d with a < d ≤ b (negative when b < a). */
  between(a: number, b: number): number;
  /** Working days from `a` to the effective day of `b`: how many working days after `a` an act on `b` counts. */
  lag(a: number, b: number): number;
}

function outOfRange(year: number): CchcError {
  const { from, to } = CALENDAR_RANGE;
  return new CchcError('out-of-range', [
    {
      path: 'date',
      value: year,
      expected: {
        vi: `một ngày trong các năm ${from}–${to}`,
        en: `a date in the years ${from}–${to}`,
      },
      message: {
        vi: `Một ngày của năm ${year} nằm ngoài phạm vi của lịch ngày làm việc (${from}–${to})`,
        en: `A date in ${year} is outside the working-day calendar's range (${from}–${to})`,
      },
    },
  ]);
}

/** Binds the working-day helpers to a calendar. */
export function workdaysOf(calendar: Calendar): Workdays {
  const tables: (YearTable | undefined)[] = [];
  const tableOfYear = (y: number): YearTable => {
    const i = y - CALENDAR_RANGE.from;
    let t = tables[i];
    if (t === undefined) {
      if (y < CALENDAR_RANGE.from || y > CALENDAR_RANGE.to) throw outOfRange(y);
      t = calendar.yearTable(y);
      tables[i] = t;
    }
    return t;
  };
  // Day 0 is 1970-01-01; the estimate is at most one year off, corrected against the table's bounds.
  const tableOf = (n: number): YearTable => {
    let t = tableOfYear(1970 + Math.floor(n / 365.2425));
    if (n < t.start) t = tableOfYear(t.year - 1);
    else if (n >= t.start + t.off.length) t = tableOfYear(t.year + 1);
    return t;
  };
  const isWorking = (n: number) => {
    const t = tableOf(n);
    return t.off[n - t.start] === 0;
  };
  const between = (a: number, b: number): number => {
    if (b < a) return -between(b, a);
    const ta = tableOf(a);
    const tb = tableOf(b);
    if (ta === tb) return tb.cum[b - tb.start]! - ta.cum[a - ta.start]!;
    let count = ta.total - ta.cum[a - ta.start]! + tb.cum[b - tb.start]!;
    for (let y = ta.year + 1; y < tb.year; y++) count += tableOfYear(y).total;
    return count;
  };
  const add = (n: number, k: number): number => {
    let day = n;
    let t = tableOf(day);
    if (k === 0) {
      while (t.off[day - t.start] !== 0) {
        day++;
        if (day >= t.start + t.off.length) t = tableOf(day);
      }
      return day;
    }
    let left = k;
    while (left > 0) {
      day++;
      if (day >= t.start + t.off.length) t = tableOf(day);
      if (t.off[day - t.start] === 0) left--;
    }
    return day;
  };
  const effective = (n: number) => add(n, 0);
  return {
    calendar,
    isWorking,
    effective,
    add,
    sub: (n, k) => {
      if (k === 0) return effective(n);
      let day = n;
      let left = k;
      while (left > 0) {
        day--;
        if (isWorking(day)) left--;
      }
      return day;
    },
    between,
    lag: (a, b) => between(a, effective(b)),
  };
}
