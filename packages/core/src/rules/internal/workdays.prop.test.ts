// The rules' working-day helpers (flat arrays over the loaded years) agree with the calendar's own day-number
// functions (per-year tables, binary search) — whatever order the years are loaded in, across year ends, for a
// custom calendar too — and keep refusing dates outside the calendar's range.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../calendar/createCalendar.js';
import {
  addWorkingDayNumbers,
  isWorkingDayNumber,
  workingDayNumbersBetween,
} from '../../calendar/internal/lookup.js';
import { toDayNumber } from '../../internal/days.js';
import { CchcError } from '../../schema/CchcError.js';
import { workdaysOf } from './workdays.js';

const FIRST = toDayNumber(2013, 1, 1);
const LAST = toDayNumber(2100, 12, 31);
const calendars = [
  createCalendar(),
  createCalendar({ saturday: 'full' }),
  createCalendar({
    extraHolidays: [{ date: '2019-12-31', basis: 'test' }],
    extraWorkingDays: [{ date: '2020-01-04', basis: 'test' }],
  }),
];

/** The k-th working day before n, counted day by day. */
function subByHand(cal: (typeof calendars)[number], n: number, k: number): number {
  let day = n;
  for (let left = k; left > 0; ) {
    day--;
    if (isWorkingDayNumber(cal, day)) left--;
  }
  return day;
}

describe('workdaysOf', () => {
  it('agrees with the calendar on isWorking, add, sub, between and lag', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(0, 1, 2),
        fc.integer({ min: FIRST + 900, max: LAST - 900 }),
        fc.array(fc.tuple(fc.integer({ min: -800, max: 800 }), fc.integer({ min: -40, max: 40 })), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.nat({ max: 30 }),
        (c, start, moves, k) => {
          const cal = calendars[c]!;
          const days = workdaysOf(cal); // a fresh span, grown backward and forward by the questions
          for (const [jump, delta] of moves) {
            const n = start + jump;
            const b = n + delta;
            expect(days.isWorking(n)).toBe(isWorkingDayNumber(cal, n));
            expect(days.effective(n)).toBe(addWorkingDayNumbers(cal, n, 0));
            expect(days.add(n, k)).toBe(addWorkingDayNumbers(cal, n, k));
            expect(days.sub(n, k)).toBe(k === 0 ? days.effective(n) : subByHand(cal, n, k));
            expect(days.between(n, b)).toBe(workingDayNumbersBetween(cal, n, b));
            expect(days.lag(n, b)).toBe(
              workingDayNumbersBetween(cal, n, addWorkingDayNumbers(cal, b, 0)),
            );
          }
        },
      ),
      { numRuns: 400, seed: 20170410 },
    );
  });

  it('counts a count that is not a whole number as the day-by-day walk did (⌈k⌉ days; none when negative)', () => {
    const cal = calendars[0]!;
    /** The walk the helpers replaced: step a day at a time, one less to go on each working day. */
    const walk = (n: number, k: number, step: 1 | -1) => {
      let day = n;
      for (let left = k; left > 0; ) {
        day += step;
        if (isWorkingDayNumber(cal, day)) left--;
      }
      return day;
    };
    fc.assert(
      fc.property(
        fc.integer({ min: FIRST + 400, max: LAST - 400 }),
        fc.oneof(
          fc.double({ min: -30, max: 30, noNaN: true, noDefaultInfinity: true }),
          fc.constant(Number.NaN),
        ),
        (n, k) => {
          const days = workdaysOf(cal);
          fc.pre(k !== 0);
          expect(days.add(n, k)).toBe(walk(n, k, 1));
          expect(days.sub(n, k)).toBe(walk(n, k, -1));
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });

  it('refuses days outside 2013–2100 with a bilingual error, but sub may start the day after 2100', () => {
    const days = workdaysOf(calendars[0]!);
    expect(() => days.isWorking(FIRST - 1)).toThrow(CchcError);
    expect(() => days.add(LAST - 2, 5)).toThrow(CchcError);
    expect(() => days.between(LAST, LAST + 400)).toThrow(CchcError);
    expect(days.sub(LAST + 1, 1)).toBe(subByHand(calendars[0]!, LAST + 1, 1));
    expect(() => days.sub(FIRST + 3, 10)).toThrow(CchcError);
  });
});
