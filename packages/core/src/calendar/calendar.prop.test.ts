/// <reference types="node" />
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDayNumber, toDayNumber } from '../internal/days.js';
import { addWorkingDays } from './addWorkingDays.js';
import { createCalendar } from './createCalendar.js';
import { isWorkingDay } from './isWorkingDay.js';
import { lunarToSolar } from './lunarToSolar.js';
import { nextWorkingDay } from './nextWorkingDay.js';
import { solarToLunar } from './solarToLunar.js';
import { workingDaysBetween } from './workingDaysBetween.js';

const date = fc
  .integer({ min: toDayNumber(2013, 1, 1), max: toDayNumber(2098, 12, 31) })
  .map(formatDayNumber);
const policy = fc.constantFrom('off' as const, 'morning' as const, 'full' as const);

describe('calendar properties', () => {
  it('addWorkingDays returns a working day, and counting back gives n (from a working day)', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 400 }), policy, (d, n, saturday) => {
        const cal = createCalendar({ saturday });
        const due = addWorkingDays(d, n, cal);
        expect(isWorkingDay(due, cal)).toBe(true);
        const start = addWorkingDays(d, 0, cal); // a working day
        expect(workingDaysBetween(start, addWorkingDays(start, n, cal), cal)).toBe(n);
      }),
    );
  });

  it('is monotone in n (strictly from n = 1) and nextWorkingDay is addWorkingDays(·, 1)', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 200 }), (d, n) => {
        expect(addWorkingDays(d, n + 1) >= addWorkingDays(d, n)).toBe(true);
        if (n >= 1) expect(addWorkingDays(d, n + 1) > addWorkingDays(d, n)).toBe(true);
        expect(addWorkingDays(d, 1) > d).toBe(true);
        expect(nextWorkingDay(d)).toBe(addWorkingDays(d, 1));
      }),
    );
  });

  it('workingDaysBetween is antisymmetric and additive', () => {
    fc.assert(
      fc.property(date, date, date, (a, b, c) => {
        expect(workingDaysBetween(a, b) + workingDaysBetween(b, a)).toBe(0);
        if (a === b) expect(Object.is(workingDaysBetween(a, b), 0)).toBe(true);
        expect(workingDaysBetween(a, b) + workingDaysBetween(b, c)).toBe(workingDaysBetween(a, c));
      }),
    );
  });

  it('solarToLunar and lunarToSolar round-trip over 1900–2100', () => {
    const any = fc
      .integer({ min: toDayNumber(1900, 3, 1), max: toDayNumber(2100, 10, 31) })
      .map(formatDayNumber);
    fc.assert(
      fc.property(any, (d) => {
        expect(lunarToSolar(solarToLunar(d))).toBe(d);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same answers whatever the process time zone', () => {
    const sample = fc.sample(fc.tuple(date, fc.integer({ min: 0, max: 60 })), {
      numRuns: 200,
      seed: 7,
    });
    const answer = () =>
      sample.map(([d, n]) => [
        addWorkingDays(d, n, createCalendar()),
        JSON.stringify(solarToLunar(d)),
      ]);
    const saved = process.env.TZ;
    const results: string[] = [];
    const offsets: number[] = [];
    try {
      for (const tz of ['Asia/Ho_Chi_Minh', 'UTC', 'America/Los_Angeles']) {
        process.env.TZ = tz;
        offsets.push(new Date(Date.UTC(2017, 0, 25)).getTimezoneOffset());
        results.push(JSON.stringify(answer()));
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
    expect(offsets).toEqual([-420, 0, 480]); // the zone really changed
    expect(results[1]).toBe(results[0]);
    expect(results[2]).toBe(results[0]);
  });
});
