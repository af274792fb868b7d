// Working-day helpers on day numbers, bound to one calendar — what the fact builders use in hot loops.
import type { Calendar } from '../../calendar/createCalendar.js';
import {
  addWorkingDayNumbers,
  isWorkingDayNumber,
  workingDayNumbersBetween,
} from '../../calendar/internal/lookup.js';

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

/** Binds the working-day helpers to a calendar. */
export function workdaysOf(calendar: Calendar): Workdays {
  const isWorking = (n: number) => isWorkingDayNumber(calendar, n);
  const effective = (n: number) => (isWorking(n) ? n : addWorkingDayNumbers(calendar, n, 0));
  return {
    calendar,
    isWorking,
    effective,
    add: (n, k) => addWorkingDayNumbers(calendar, n, k),
    sub: (n, k) => {
      if (k === 0) return effective(n);
      let day = n;
      let left = k;
      while (left > 0) {
        day -= 1;
        if (isWorking(day)) left -= 1;
      }
      return day;
    },
    between: (a, b) => workingDayNumbersBetween(calendar, a, b),
    lag: (a, b) => workingDayNumbersBetween(calendar, a, effective(b)),
  };
}
