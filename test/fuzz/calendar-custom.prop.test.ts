// Properties of custom calendars (random extra holidays, extra working days, announcements): the working-day
// invariants that packages/core/src/calendar/calendar.prop.test.ts checks for the national calendar still hold.
import {
  addWorkingDays,
  CALENDAR_RANGE,
  createCalendar,
  holidaysOf,
  isReceptionDay,
  isWorkingDay,
  specialWorkingDaysOf,
  workingDaysBetween,
} from '@cchc/core';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { expectPrototypesClean, PROPERTY_TIMEOUT, runs } from './kit.js';

afterAll(expectPrototypesClean);

const DAY = 86_400_000;
const fmt = (t: number) => new Date(t).toISOString().slice(0, 10);
const parse = (d: string) => Date.parse(`${d}T00:00:00Z`);
const shift = (d: string, days: number) => fmt(parse(d) + days * DAY);
/** Dates 2014–2098 (the property stays clear of the calendar's ends). */
const date = fc
  .integer({ min: parse('2014-01-01') / DAY, max: parse('2098-12-31') / DAY })
  .map((n) => fmt(n * DAY));

/** Saturdays worked under an official swap (làm bù) in the shipped table (an extra holiday there must win). */
const swapSaturdays = new Set<string>();
for (let y = 2013; y <= 2100; y++)
  for (const d of specialWorkingDaysOf(y)) swapSaturdays.add(d.date);

/**
 * Random extra holidays and working days clustered around an anchor date (so they overlap the ranges tested).
 * Extra holidays on a swapped Saturday are left out until the bug pinned at the end of this file is fixed.
 */
const custom = fc
  .tuple(
    date,
    fc.array(fc.integer({ min: -60, max: 60 }), { maxLength: 12 }),
    fc.array(fc.integer({ min: -60, max: 60 }), { maxLength: 8 }),
    fc.constantFrom('off' as const, 'morning' as const, 'full' as const),
  )
  .map(([anchor, h, w, saturday]) => ({
    anchor,
    saturday,
    holidays: [...new Set(h.map((k) => shift(anchor, k)))],
    workingDays: [...new Set(w.map((k) => shift(anchor, k)))],
  }));

describe('custom calendars (extra holidays and working days)', () => {
  it(
    'mark each extra holiday off and each extra working day on; the rest follows the base calendar',
    () => {
      fc.assert(
        fc.property(custom, fc.integer({ min: -70, max: 70 }), (c, k) => {
          const base = createCalendar({ saturday: c.saturday });
          const cal = createCalendar({
            saturday: c.saturday,
            extraHolidays: c.holidays.map((d) => ({ date: d })),
            extraWorkingDays: c.workingDays.map((d) => ({ date: d })),
          });
          const d = shift(c.anchor, k);
          const expected = c.workingDays.includes(d)
            ? true
            : c.holidays.includes(d)
              ? false
              : isWorkingDay(d, base);
          expect(isWorkingDay(d, cal)).toBe(expected);
          if (expected) expect(isReceptionDay(d, cal)).toBe(true);
        }),
        { numRuns: runs(150) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'workingDaysBetween = the base count corrected day by day, and it round-trips with addWorkingDays',
    () => {
      fc.assert(
        fc.property(
          custom,
          fc.integer({ min: -80, max: 80 }),
          fc.integer({ min: -80, max: 80 }),
          fc.nat({ max: 60 }),
          (c, i, j, n) => {
            const base = createCalendar({ saturday: c.saturday });
            const cal = createCalendar({
              saturday: c.saturday,
              extraHolidays: c.holidays.map((d) => ({ date: d })),
              extraWorkingDays: c.workingDays.map((d) => ({ date: d })),
            });
            const a = shift(c.anchor, Math.min(i, j));
            const b = shift(c.anchor, Math.max(i, j));
            let expected = workingDaysBetween(a, b, base);
            for (const d of new Set([...c.holidays, ...c.workingDays])) {
              if (!(d > a && d <= b)) continue;
              const now = c.workingDays.includes(d);
              const before = isWorkingDay(d, base);
              expected += (now ? 1 : 0) - (before ? 1 : 0);
            }
            expect(workingDaysBetween(a, b, cal)).toBe(expected);
            expect(workingDaysBetween(b, a, cal)).toBe(-expected || 0);
            const start = addWorkingDays(a, 0, cal);
            const due = addWorkingDays(start, n, cal);
            expect(isWorkingDay(due, cal)).toBe(true);
            expect(workingDaysBetween(start, due, cal)).toBe(n);
          },
        ),
        { numRuns: runs(150) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'extra holidays never bring a deadline earlier; extra working days never push it later',
    () => {
      fc.assert(
        fc.property(custom, fc.integer({ min: -70, max: 0 }), fc.nat({ max: 40 }), (c, k, n) => {
          const base = createCalendar({ saturday: c.saturday });
          const off = createCalendar({
            saturday: c.saturday,
            extraHolidays: c.holidays.map((d) => ({ date: d })),
          });
          const on = createCalendar({
            saturday: c.saturday,
            extraWorkingDays: c.workingDays.map((d) => ({ date: d })),
          });
          const d = shift(c.anchor, k);
          expect(addWorkingDays(d, n, off) >= addWorkingDays(d, n, base)).toBe(true);
          expect(addWorkingDays(d, n, on) <= addWorkingDays(d, n, base)).toBe(true);
        }),
        { numRuns: runs(150) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'holidaysOf lists every extra holiday that is not also an extra working day; specialWorkingDaysOf every extra working day',
    () => {
      fc.assert(
        fc.property(custom, (c) => {
          const cal = createCalendar({
            saturday: c.saturday,
            extraHolidays: c.holidays.map((d) => ({ date: d })),
            extraWorkingDays: c.workingDays.map((d) => ({ date: d })),
          });
          const years = new Set(
            [...c.holidays, ...c.workingDays].map((d) => Number(d.slice(0, 4))),
          );
          for (const y of years) {
            const off = holidaysOf(y, cal).map((h) => h.date);
            const on = specialWorkingDaysOf(y, cal).map((h) => h.date);
            for (const d of c.holidays)
              if (d.startsWith(String(y)) && !c.workingDays.includes(d)) expect(off).toContain(d);
            for (const d of c.workingDays) if (d.startsWith(String(y))) expect(on).toContain(d);
            for (const d of off) expect(isWorkingDay(d, cal)).toBe(false);
            for (const d of on) expect(isWorkingDay(d, cal)).toBe(true);
            expect([...off].sort()).toEqual(off);
          }
        }),
        { numRuns: runs(100) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'an announcement replaces a year: every day of its Tết break is off, and its swapped Saturday is worked',
    () => {
      fc.assert(
        fc.property(
          fc.integer({ min: CALENDAR_RANGE.from + 1, max: CALENDAR_RANGE.to - 1 }),
          fc.integer({ min: 0, max: 300 }),
          fc.integer({ min: 0, max: 12 }),
          (year, startDay, length) => {
            const from = shift(`${year}-01-01`, startDay);
            const to = shift(from, length);
            fc.pre(to.startsWith(String(year)));
            // First Saturday on or after the break's end, and the Monday before the break, as a swap.
            let work = shift(to, 1);
            while (new Date(parse(work)).getUTCDay() !== 6) work = shift(work, 1);
            fc.pre(work.startsWith(String(year)));
            const cal = createCalendar({
              announcements: [
                {
                  year,
                  tet: { from, to },
                  swaps: [{ off: shift(from, -1), work }],
                  sources: [{ document: 'CV thử', issuer: 'VPCP' }],
                  verified: false,
                  evidence: 'recalled',
                },
              ],
            });
            for (let k = 0; k <= length; k++) expect(isWorkingDay(shift(from, k), cal)).toBe(false);
            expect(isWorkingDay(shift(from, -1), cal)).toBe(false);
            expect(isWorkingDay(work, cal)).toBe(true);
            const start = shift(from, -10);
            expect(workingDaysBetween(start, addWorkingDays(start, 15, cal), cal)).toBe(15);
          },
        ),
        { numRuns: runs(100) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  // Regression (fixed): the working Saturdays of official swaps were applied after the calendar's extraHolidays,
  // so a province's extra day off on such a Saturday was silently dropped: with
  // createCalendar({ extraHolidays: [{ date: '2024-05-04' }] }) (Saturday 4/5/2024 was worked in exchange for
  // Thursday 2/5), isWorkingDay('2024-05-04', cal) is still true and holidaysOf(2024, cal) does not list it —
  // while an extra holiday on an ordinary weekday (6/5/2024) is honoured. Found by the property above
  // (seed -2120151285, CCHC_FUZZ_SCALE=20: anchor 2024-05-10, holidays ['2024-05-04'], expected 5 working days in
  // (3/5, 10/5], got 6).
  it('an extra holiday on a swapped working Saturday is a day off', () => {
    const cal = createCalendar({ extraHolidays: [{ date: '2024-05-04', basis: 'QĐ tỉnh' }] });
    expect(swapSaturdays.has('2024-05-04')).toBe(true);
    expect(isWorkingDay('2024-05-04', cal)).toBe(false);
    expect(holidaysOf(2024, cal).map((h) => h.date)).toContain('2024-05-04');
  });
});
