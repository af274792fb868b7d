// The core is pure: the same answers in a real browser as in Node, whatever the browser's time zone.
import {
  addWorkingDays,
  holidaysOf,
  isWorkingDay,
  lunarToSolar,
  solarToLunar,
  workingDaysBetween,
} from '@cchc/core';
import { describe, expect, it } from 'vitest';

describe('calendar in Chromium', () => {
  it('counts working days across the Tết Đinh Dậu break (Công văn 9794/VPCP-KGVX)', () => {
    expect(addWorkingDays('2017-01-25', 3)).toBe('2017-02-06');
    expect(workingDaysBetween('2017-01-25', '2017-02-06')).toBe(3);
    expect(isWorkingDay('2017-01-30')).toBe(false);
  });

  it('converts lunar dates for UTC+7 (Tết 1985 fell on 21/1 in Vietnam)', () => {
    expect(lunarToSolar({ year: 1985, month: 1, day: 1 })).toBe('1985-01-21');
    expect(solarToLunar('2026-02-17')).toEqual({ year: 2026, month: 1, day: 1, leap: false });
  });

  it('lists Tết Bính Ngọ 2026', () => {
    const tet = holidaysOf(2026).find((h) => h.date === '2026-02-17');
    expect(tet?.name.vi).toBe('Tết Nguyên đán');
    expect(tet?.estimated).toBe(false);
  });

  it('runs with no dependency on the browser clock or time zone', () => {
    // Date is never consulted: poisoning it must not change any answer.
    const RealDate = globalThis.Date;
    // biome-ignore lint/suspicious/noExplicitAny: deliberately replacing the global for the test
    (globalThis as any).Date = function PoisonedDate() {
      throw new Error('Date used');
    };
    try {
      expect(addWorkingDays('2026-02-13', 1)).toBe('2026-02-23');
    } finally {
      globalThis.Date = RealDate;
    }
  });
});
