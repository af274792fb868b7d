// Working-day helpers on day numbers, bound to one calendar — what the fact builders use in hot loops. The
// calendar's per-year tables (a day-off bitmap and cumulative working-day counts) are fetched once per year into
// an array indexed by year, and a day's year is found arithmetically, so each question is a few array reads.
import type { Calendar } from '../../calendar/createCalendar.js';
import { CALENDAR_RANGE } from '../../calendar/internal/holidayRules.js';
import type { YearTable } from '../../calendar/internal/yearTable.js';
import { toDayNumber } from '../../internal/days.js';
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

/**
 * Binds the working-day helpers to a calendar. The years in use are laid end to end in flat arrays, so each
 * question is a couple of array reads: `off` (1 = day off), `cum` (working days from the first loaded day up to
 * each day, inclusive) and `nth` (the day number of the k-th working day of the span). The span grows, a year at
 * a time, when a date outside it comes up; years outside the calendar's range throw, as before.
 */
export function workdaysOf(calendar: Calendar): Workdays {
  let first = 0; // first loaded year (0: none yet)
  let last = 0;
  let base = 0; // day number of 1 January of `first`
  let end = 0; // one past the last loaded day
  let off = new Uint8Array(0);
  let cum = new Int32Array(0);
  let nth = new Int32Array(1);
  let total = 0;

  const load = (from: number, to: number): void => {
    if (from < CALENDAR_RANGE.from) throw outOfRange(from);
    if (to > CALENDAR_RANGE.to) throw outOfRange(to);
    const tables: YearTable[] = [];
    let days = 0;
    let working = 0;
    for (let y = from; y <= to; y++) {
      const t = calendar.yearTable(y);
      tables.push(t);
      days += t.off.length;
      working += t.total;
    }
    const start = tables[0]!.start;
    off = new Uint8Array(days);
    cum = new Int32Array(days);
    nth = new Int32Array(working + 1);
    let i = 0;
    let count = 0;
    for (const t of tables)
      for (let j = 0; j < t.off.length; j++, i++) {
        const dayOff = t.off[j]!;
        off[i] = dayOff;
        if (dayOff === 0) nth[++count] = start + i;
        cum[i] = count;
      }
    first = from;
    last = to;
    base = start;
    end = start + days;
    total = count;
  };
  /** Loads the year of day `n` (and the years between it and the span) when `n` is outside the span. */
  const cover = (n: number): void => {
    if (n >= base && n < end) return;
    // Day 0 is 1970-01-01; the estimate is at most one year off.
    let y = 1970 + Math.floor(n / 365.2425);
    if (n < toDayNumber(y, 1, 1)) y--;
    else if (n >= toDayNumber(y + 1, 1, 1)) y++;
    if (first === 0) load(y, y);
    else load(Math.min(first, y), Math.max(last, y));
  };
  const isWorking = (n: number): boolean => {
    cover(n);
    return off[n - base] === 0;
  };
  const add = (n: number, k: number): number => {
    cover(n);
    if (k === 0 && off[n - base] === 0) return n;
    // A count that is not a whole number of days (a pack parameter) counts as the day-by-day walk always did:
    // nothing for a negative count, ⌈k⌉ working days for a fraction.
    if (!(k >= 0)) return n;
    // The k-th working day after n (k = 0: the first one, n being a day off).
    const want = cum[n - base]! + (k === 0 ? 1 : Math.ceil(k));
    while (want > total) load(first, last + 1); // growing forward keeps every count
    return nth[want]!;
  };
  const effective = (n: number): number => add(n, 0);
  const sub = (n: number, k: number): number => {
    if (k === 0) return effective(n);
    if (!(k > 0)) return n; // as in add: a negative count walks no day
    // Only days before n matter (n itself may lie past the calendar's range).
    cover(n - 1);
    for (;;) {
      const want = cum[n - 1 - base]! - Math.ceil(k) + 1;
      if (want >= 1) return nth[want]!;
      load(first - 1, last); // growing backward shifts every count: compute again
    }
  };
  const between = (a: number, b: number): number => {
    // The earlier day first, so a date out of range is reported as it always was.
    cover(Math.min(a, b));
    cover(Math.max(a, b));
    return cum[b - base]! - cum[a - base]!;
  };
  return {
    calendar,
    isWorking,
    effective,
    add,
    sub,
    between,
    lag: (a, b) => between(a, add(b, 0)),
  };
}
