import { describe, expect, it } from 'vitest';
import { createCalendar } from './createCalendar.js';
import { holidaysOf, specialWorkingDaysOf } from './holidaysOf.js';
import { isWorkingDay } from './isWorkingDay.js';

describe('holidaysOf', () => {
  it('lists Tết Bính Ngọ 2026 (17/2) inside the break 14/2–22/2', () => {
    const days = holidaysOf(2026).filter((h) => h.name.en.startsWith('Lunar New Year'));
    expect(days.map((h) => h.date)).toEqual([
      '2026-02-14',
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
    ]);
    expect(days.every((h) => h.kind === 'holiday' && !h.estimated)).toBe(true);
  });

  it('gives a compensatory day when a holiday falls on a weekend, citing the Labour Code', () => {
    const h2017 = holidaysOf(2017);
    const jan2 = h2017.find((h) => h.date === '2017-01-02');
    expect(jan2?.kind).toBe('compensatory');
    expect(jan2?.basis).toMatch(/Bộ luật Lao động 2012.*Điều 115/);
    // 2/9/2017 is a Saturday → Monday 4/9 off.
    expect(h2017.find((h) => h.date === '2017-09-04')?.kind).toBe('compensatory');
  });

  it('cites the 2019 Labour Code from 2021 and lists the two National Day holidays', () => {
    const nd = holidaysOf(2024).filter((h) => h.name.en.startsWith('National Day'));
    expect(nd.map((h) => h.date)).toEqual(['2024-09-02', '2024-09-03']);
    expect(nd[0]?.basis).toMatch(/Bộ luật Lao động 2019.*Điều 112/);
  });

  it('marks every day of a year missing from the table as estimated', () => {
    const h2030 = holidaysOf(2030);
    expect(h2030.length).toBeGreaterThan(0);
    expect(h2030.every((h) => h.estimated)).toBe(true);
    // Tết Canh Tuất 2030 is 3/2 (Sunday): the estimated break must contain it and 5 weekdays.
    const tet = h2030.filter((h) => h.name.en.startsWith('Lunar New Year'));
    expect(tet.map((h) => h.date)).toContain('2030-02-03');
    const weekdays = tet.filter(
      (h) => isWorkingDay(h.date, createCalendar({ saturday: 'full' })) === false,
    );
    expect(weekdays.length).toBe(tet.length);
  });

  it('lets a user replace a year’s announcement (e.g. once a 2030 announcement is published)', () => {
    const cal = createCalendar({
      announcements: [
        {
          year: 2030,
          tet: { from: '2030-02-01', to: '2030-02-07' },
          nationalDay: ['2030-09-02', '2030-09-03'],
          swaps: [{ off: '2030-04-29', work: '2030-05-04' }],
          sources: [{ document: 'Thông báo (example)', issuer: 'Bộ Nội vụ' }],
          verified: false,
          evidence: 'secondary',
        },
      ],
    });
    const h = holidaysOf(2030, cal);
    expect(h.every((d) => !d.estimated)).toBe(true);
    expect(h.find((d) => d.date === '2030-04-29')?.kind).toBe('swap');
    expect(specialWorkingDaysOf(2030, cal).map((d) => d.date)).toEqual(['2030-05-04']);
    expect(isWorkingDay('2030-05-04', cal)).toBe(true);
  });

  it('lists swapped Saturdays as working days, across the year boundary', () => {
    expect(specialWorkingDaysOf(2019).map((d) => d.date)).toContain('2019-01-05');
    expect(holidaysOf(2018).find((h) => h.date === '2018-12-31')?.kind).toBe('swap');
  });

  it('rejects a year out of range', () => {
    expect(() => holidaysOf(2101)).toThrow(/year/);
    expect(() => holidaysOf(2017.5)).toThrow(/year/);
  });
});
