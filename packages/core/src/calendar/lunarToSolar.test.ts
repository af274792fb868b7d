import { describe, expect, it } from 'vitest';
import { CchcError } from '../schema/CchcError.js';
import { lunarToSolar } from './lunarToSolar.js';
import { solarToLunar } from './solarToLunar.js';

describe('lunarToSolar / solarToLunar', () => {
  it('gives Tết and the Hùng Kings’ day (domain reference examples)', () => {
    expect(lunarToSolar({ year: 2017, month: 1, day: 1 })).toBe('2017-01-28');
    expect(lunarToSolar({ year: 2026, month: 1, day: 1 })).toBe('2026-02-17');
    expect(lunarToSolar({ year: 2017, month: 3, day: 10 })).toBe('2017-04-06');
  });

  it('follows UTC+7 where Vietnam and China differ (Tết 1985, 2007)', () => {
    expect(lunarToSolar({ year: 1985, month: 1, day: 1 })).toBe('1985-01-21');
    expect(lunarToSolar({ year: 2007, month: 1, day: 1 })).toBe('2007-02-17');
    // Reckoned for UTC+8 (the Chinese calendar) the same dates fall on 20/2/1985 and 18/2/2007.
    expect(lunarToSolar({ year: 1985, month: 1, day: 1 }, { utcOffset: 8 })).toBe('1985-02-20');
    expect(lunarToSolar({ year: 2007, month: 1, day: 1 }, { utcOffset: 8 })).toBe('2007-02-18');
  });

  it('handles the leap month 6 of 2017', () => {
    expect(solarToLunar('2017-07-23')).toEqual({ year: 2017, month: 6, day: 1, leap: true });
    expect(lunarToSolar({ year: 2017, month: 6, day: 1, leap: true })).toBe('2017-07-23');
    expect(lunarToSolar({ year: 2017, month: 6, day: 1 })).toBe('2017-06-24');
  });

  it('puts late-January dates before Tết in the previous lunar year', () => {
    expect(solarToLunar('2017-01-27')).toEqual({ year: 2016, month: 12, day: 30, leap: false });
  });

  it('rejects a leap month that does not exist that year', () => {
    expect(() => lunarToSolar({ year: 2017, month: 5, day: 1, leap: true })).toThrow(CchcError);
  });

  it('rejects day 30 of a 29-day month', () => {
    // Lunar month 1 of Mậu Tuất (2018) ran 16/2–16/3/2018 (29 days): month 2 began 17/3, and the
    // Hùng Kings' day (10/3 lunar) was Wed 25/4/2018.
    expect(solarToLunar('2018-03-16')).toEqual({ year: 2018, month: 1, day: 29, leap: false });
    expect(lunarToSolar({ year: 2018, month: 3, day: 10 })).toBe('2018-04-25');
    expect(() => lunarToSolar({ year: 2018, month: 1, day: 30 })).toThrow(/does not exist/);
  });

  it('rejects malformed input with bilingual messages naming the field', () => {
    expect(() => lunarToSolar({ year: 1899, month: 1, day: 1 })).toThrow(/lunar\.year/);
    expect(() => lunarToSolar({ year: 2017, month: 13, day: 1 })).toThrow(/lunar\.month/);
    expect(() => solarToLunar('2017-13-01')).toThrow(/nhận được "2017-13-01"/);
    // biome-ignore lint/suspicious/noExplicitAny: an unknown option on purpose
    expect(() => lunarToSolar({ year: 2017, month: 1, day: 1 }, { tz: 7 } as any)).toThrow(
      /unknown field "tz"/,
    );
  });
});
