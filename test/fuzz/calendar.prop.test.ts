// Fuzz: the calendar's public functions reject hostile arguments (dates, counts, years, lunar dates, options,
// calendars) with a CchcError, and a calendar they accept answers in range.
import {
  addWorkingDays,
  createCalendar,
  holidaysOf,
  isReceptionDay,
  isWorkingDay,
  lunarToSolar,
  nextWorkingDay,
  solarToLunar,
  specialWorkingDaysOf,
  workingDaysBetween,
} from '@cchc/core';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  expectPrototypesClean,
  hostile,
  mutantOf,
  nastyNumber,
  nastyString,
  PROPERTY_TIMEOUT,
  runs,
  validOrCchcError,
} from './kit.js';

afterAll(expectPrototypesClean);

const DAY = 86_400_000;
const fmt = (t: number) => new Date(t).toISOString().slice(0, 10);
const parse = (d: string) => Date.parse(`${d}T00:00:00Z`);
const shift = (d: string, days: number) => fmt(parse(d) + days * DAY);
/** Dates 2014–2098 (the property stays clear of the calendar's ends). */
const date = fc
  .integer({ min: parse('2014-01-01') / DAY, max: parse('2098-12-31') / DAY })
  .map((n) => fmt(n * DAY));

const calendarArg = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom('off', 'morning', 'full').map((saturday) => createCalendar({ saturday })),
  hostile,
);
const dateArg = fc.oneof(date, nastyString, hostile);
const countArg = fc.oneof(fc.nat({ max: 500 }), nastyNumber, hostile);

describe('calendar functions on hostile arguments', () => {
  it(
    'return a well-formed answer or throw a CchcError',
    () => {
      fc.assert(
        fc.property(dateArg, dateArg, countArg, calendarArg, (a, b, n, cal) => {
          const c = cal as never;
          const isDate = (r: string) => expect(r).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          validOrCchcError(() => addWorkingDays(a as string, n as number, c), isDate);
          validOrCchcError(() => nextWorkingDay(a as string, c), isDate);
          validOrCchcError(
            () => isWorkingDay(a as string, c),
            (r) => expect(typeof r).toBe('boolean'),
          );
          validOrCchcError(
            () => isReceptionDay(a as string, c),
            (r) => expect(typeof r).toBe('boolean'),
          );
          validOrCchcError(
            () => workingDaysBetween(a as string, b as string, c),
            (r) => expect(Number.isInteger(r)).toBe(true),
          );
        }),
        { numRuns: runs(300) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'holidaysOf / specialWorkingDaysOf take a year in range and nothing else',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(fc.integer({ min: 2000, max: 2110 }), nastyNumber, hostile),
          calendarArg,
          (year, cal) => {
            for (const list of [holidaysOf, specialWorkingDaysOf]) {
              validOrCchcError(
                () => list(year as number, cal as never),
                (days) => {
                  for (const d of days) expect(d.date.slice(0, 4)).toBe(String(year));
                },
              );
            }
          },
        ),
        { numRuns: runs(120) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'lunar conversions reject malformed dates, leap flags and offsets with a CchcError',
    () => {
      const lunar = fc.oneof(
        fc.record({
          year: fc.oneof(fc.integer({ min: 1890, max: 2110 }), nastyNumber),
          month: fc.oneof(fc.integer({ min: 0, max: 13 }), nastyNumber),
          day: fc.oneof(fc.integer({ min: 0, max: 31 }), nastyNumber),
          leap: fc.oneof(fc.boolean(), hostile),
        }),
        hostile,
      );
      const options = fc.oneof(
        fc.constant(undefined),
        fc.record({ utcOffset: fc.oneof(fc.constantFrom(7, 8), nastyNumber) }),
        hostile,
      );
      fc.assert(
        fc.property(lunar, dateArg, options, (l, d, o) => {
          validOrCchcError(
            () => lunarToSolar(l as never, o as never),
            (r) => expect(r).toMatch(/^\d{4}-\d{2}-\d{2}$/),
          );
          validOrCchcError(
            () => solarToLunar(d as string, o as never),
            (r) => {
              expect(r.month).toBeGreaterThanOrEqual(1);
              expect(r.month).toBeLessThanOrEqual(12);
              expect(r.day).toBeGreaterThanOrEqual(1);
              expect(r.day).toBeLessThanOrEqual(30);
            },
          );
        }),
        { numRuns: runs(300) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'createCalendar rejects mutated options with a CchcError, and a calendar it accepts answers in range',
    () => {
      const valid = {
        saturday: 'morning',
        extraHolidays: [{ date: '2017-06-20', name: { vi: 'Ngày tỉnh', en: 'Province day' } }],
        extraWorkingDays: [{ date: '2017-06-24', basis: 'QĐ 1' }],
        announcements: [
          {
            year: 2030,
            tet: { from: '2030-02-01', to: '2030-02-08' },
            swaps: [{ off: '2030-02-09', work: '2030-02-16' }],
            sources: [{ document: 'CV 1', issuer: 'VPCP' }],
            verified: false,
            evidence: 'recalled',
          },
        ],
      };
      expect(() => createCalendar(valid as never)).not.toThrow();
      fc.assert(
        fc.property(fc.oneof(mutantOf(valid), hostile), date, (options, d) => {
          const cal = validOrCchcError(() => createCalendar(options as never));
          if (cal === undefined) return;
          const year = Number(d.slice(0, 4));
          // Year tables are built lazily: a bad announcement must still fail cleanly, not with a TypeError.
          validOrCchcError(() => holidaysOf(year, cal));
          validOrCchcError(() => holidaysOf(2030, cal));
          validOrCchcError(() => addWorkingDays(d, 30, cal));
          validOrCchcError(() => workingDaysBetween(d, shift(d, 400), cal));
        }),
        { numRuns: runs(150) },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
