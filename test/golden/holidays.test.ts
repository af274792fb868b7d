// Golden test: the civil-service holiday calendar 2017–2026.
//
// Every date below was written by hand from the announcing documents (see
// packages/core/data/holidays-vn.sources.md) and the Labour Code — never by running our code:
//   - Bộ luật Lao động 2012 (10/2012/QH13), Điều 115 (to 2020): 1/1, Tết 5 days, 10/3 lunar, 30/4, 1/5, 2/9;
//   - Bộ luật Lao động 2019 (45/2019/QH14), Điều 112 (from 2021): as above, National Day 2 days;
//   - both, khoản 3: a holiday on the weekly rest day (Sat/Sun for civil servants, QĐ 188/1999/QĐ-TTg)
//     gives the next working day off (nghỉ bù).
// Lunar dates (Tết, 10/3 âm lịch) are those printed in the announcements / Hồ Ngọc Đức's published tables.
//
// Labels: 'tet' a weekday of the announced Tết break; 'holiday' a fixed holiday or the second National Day;
// 'comp' a compensatory day by the Labour Code rule; 'swap' a weekday off for a worked Saturday.
import { addWorkingDays, holidaysOf, isWorkingDay } from '@cchc/core';
import { describe, expect, it } from 'vitest';

type Label = 'tet' | 'holiday' | 'comp' | 'swap';

interface GoldenYear {
  readonly year: number;
  /** The whole Tết break, weekends included. */
  readonly tet: readonly [string, string];
  /** Every Monday–Friday of the year that is a day off, with why. */
  readonly weekdaysOff: Readonly<Record<string, Label>>;
  /** Saturdays worked under an official swap (làm bù). */
  readonly workingSaturdays: readonly string[];
}

const GOLDEN: readonly GoldenYear[] = [
  {
    // Công văn 9794/VPCP-KGVX (14/11/2016) and the MOLISA notice of 24/11/2016: Tết Thu 26/1 – Wed 1/2, no swap.
    // Labour Code 2012: 1/1 (Sun) → Mon 2/1; Hùng Kings 6/4 (Thu); 30/4 (Sun) → Tue 2/5 (1/5 is itself a
    // holiday); 2/9 (Sat) → Mon 4/9.
    year: 2017,
    tet: ['2017-01-26', '2017-02-01'],
    weekdaysOff: {
      '2017-01-02': 'comp',
      '2017-01-26': 'tet',
      '2017-01-27': 'tet',
      '2017-01-30': 'tet',
      '2017-01-31': 'tet',
      '2017-02-01': 'tet',
      '2017-04-06': 'holiday',
      '2017-05-01': 'holiday',
      '2017-05-02': 'comp',
      '2017-09-04': 'comp',
    },
    workingSaturdays: [],
  },
  {
    // Thông báo 573/TB-VPCP (14/12/2017): Tết Wed 14/2 – Tue 20/2; 2/9 (Sun) → Mon 3/9.
    // Labour Code 2012: 1/1 (Mon); Hùng Kings 25/4 (Wed); 30/4 (Mon); 1/5 (Tue).
    // Công văn 6519/VPCP-KGVX (11/7/2018): Mon 31/12/2018 off, worked on Sat 5/1/2019.
    year: 2018,
    tet: ['2018-02-14', '2018-02-20'],
    weekdaysOff: {
      '2018-01-01': 'holiday',
      '2018-02-14': 'tet',
      '2018-02-15': 'tet',
      '2018-02-16': 'tet',
      '2018-02-19': 'tet',
      '2018-02-20': 'tet',
      '2018-04-25': 'holiday',
      '2018-04-30': 'holiday',
      '2018-05-01': 'holiday',
      '2018-09-03': 'comp',
      '2018-12-31': 'swap',
    },
    workingSaturdays: [],
  },
  {
    // Công văn 6519/VPCP-KGVX (11/7/2018) + Thông báo 3238/TB-LĐTBXH: 1/1 (Tue) with Sat 5/1 worked for
    // Mon 31/12/2018; Tết Mon 4/2 – Fri 8/2 (break Sat 2/2 – Sun 10/2); 30/4–1/5 off Mon 29/4 – Wed 1/5,
    // Sat 4/5 worked. Labour Code 2012: Hùng Kings 14/4 (Sun) → Mon 15/4; 2/9 (Mon).
    year: 2019,
    tet: ['2019-02-02', '2019-02-10'],
    weekdaysOff: {
      '2019-01-01': 'holiday',
      '2019-02-04': 'tet',
      '2019-02-05': 'tet',
      '2019-02-06': 'tet',
      '2019-02-07': 'tet',
      '2019-02-08': 'tet',
      '2019-04-15': 'comp',
      '2019-04-29': 'swap',
      '2019-04-30': 'holiday',
      '2019-05-01': 'holiday',
      '2019-09-02': 'holiday',
    },
    workingSaturdays: ['2019-01-05', '2019-05-04'],
  },
  {
    // Thông báo 4544/TB-LĐTBXH (25/10/2019): Tết Thu 23/1 – Wed 29/1 (25–26/1 on the weekend, compensated).
    // Labour Code 2012: 1/1 (Wed); Hùng Kings 2/4 (Thu); 30/4 (Thu); 1/5 (Fri); 2/9 (Wed). No swap.
    year: 2020,
    tet: ['2020-01-23', '2020-01-29'],
    weekdaysOff: {
      '2020-01-01': 'holiday',
      '2020-01-23': 'tet',
      '2020-01-24': 'tet',
      '2020-01-27': 'tet',
      '2020-01-28': 'tet',
      '2020-01-29': 'tet',
      '2020-04-02': 'holiday',
      '2020-04-30': 'holiday',
      '2020-05-01': 'holiday',
      '2020-09-02': 'holiday',
    },
    workingSaturdays: [],
  },
  {
    // Công văn 9895/VPCP-KGVX (26/11/2020): Tết 10/2 – 16/2; National Day 2/9 – 5/9 (Thu 2/9 + Fri 3/9).
    // Labour Code 2019: 1/1 (Fri); Hùng Kings 21/4 (Wed); 30/4 (Fri); 1/5 (Sat) → Mon 3/5.
    year: 2021,
    tet: ['2021-02-10', '2021-02-16'],
    weekdaysOff: {
      '2021-01-01': 'holiday',
      '2021-02-10': 'tet',
      '2021-02-11': 'tet',
      '2021-02-12': 'tet',
      '2021-02-15': 'tet',
      '2021-02-16': 'tet',
      '2021-04-21': 'holiday',
      '2021-04-30': 'holiday',
      '2021-05-03': 'comp',
      '2021-09-02': 'holiday',
      '2021-09-03': 'holiday',
    },
    workingSaturdays: [],
  },
  {
    // Công văn 245/VPCP-KGVX (11/1/2022): Tết 31/1 – 4/2 (break Sat 29/1 – Sun 6/2); National Day 1/9 + 2/9.
    // Labour Code 2019: 1/1 (Sat) → Mon 3/1; Hùng Kings 10/4 (Sun) → Mon 11/4; 30/4 (Sat) and 1/5 (Sun)
    // → Mon 2/5 and Tue 3/5.
    year: 2022,
    tet: ['2022-01-29', '2022-02-06'],
    weekdaysOff: {
      '2022-01-03': 'comp',
      '2022-01-31': 'tet',
      '2022-02-01': 'tet',
      '2022-02-02': 'tet',
      '2022-02-03': 'tet',
      '2022-02-04': 'tet',
      '2022-04-11': 'comp',
      '2022-05-02': 'comp',
      '2022-05-03': 'comp',
      '2022-09-01': 'holiday',
      '2022-09-02': 'holiday',
    },
    workingSaturdays: [],
  },
  {
    // Công văn 8056/VPCP-KGVX (1/12/2022): Tết Fri 20/1 – Thu 26/1; National Day 1/9 – 4/9 (Fri 1/9 + Sat 2/9,
    // Mon 4/9 compensatory). Labour Code 2019: 1/1 (Sun) → Mon 2/1; Hùng Kings 29/4 (Sat) and 30/4 (Sun)
    // → Tue 2/5 and Wed 3/5; 1/5 (Mon).
    year: 2023,
    tet: ['2023-01-20', '2023-01-26'],
    weekdaysOff: {
      '2023-01-02': 'comp',
      '2023-01-20': 'tet',
      '2023-01-23': 'tet',
      '2023-01-24': 'tet',
      '2023-01-25': 'tet',
      '2023-01-26': 'tet',
      '2023-05-01': 'holiday',
      '2023-05-02': 'comp',
      '2023-05-03': 'comp',
      '2023-09-01': 'holiday',
      '2023-09-04': 'comp',
    },
    workingSaturdays: [],
  },
  {
    // Công văn 8662/VPCP-KGVX (3/11/2023): Tết Thu 8/2 – Wed 14/2; National Day Sat 31/8 – Tue 3/9 (2/9 + 3/9).
    // Công văn 2450/VPCP-KGVX (12/4/2024), as announced: Mon 29/4 off, Sat 4/5 worked (break 27/4 – 1/5).
    // Labour Code 2019: 1/1 (Mon); Hùng Kings 18/4 (Thu); 30/4 (Tue); 1/5 (Wed).
    year: 2024,
    tet: ['2024-02-08', '2024-02-14'],
    weekdaysOff: {
      '2024-01-01': 'holiday',
      '2024-02-08': 'tet',
      '2024-02-09': 'tet',
      '2024-02-12': 'tet',
      '2024-02-13': 'tet',
      '2024-02-14': 'tet',
      '2024-04-18': 'holiday',
      '2024-04-29': 'swap',
      '2024-04-30': 'holiday',
      '2024-05-01': 'holiday',
      '2024-09-02': 'holiday',
      '2024-09-03': 'holiday',
    },
    workingSaturdays: ['2024-05-04'],
  },
  {
    // Thông báo 6150/TB-BLĐTBXH (3/12/2024), after Công văn 8726/VPCP-KGVX: Tết Sat 25/1 – Sun 2/2 (weekdays
    // 27/1 – 31/1); National Day Sat 30/8 – Tue 2/9 (1/9 + 2/9); Fri 2/5 swapped with Sat 26/4.
    // Labour Code 2019: 1/1 (Wed); Hùng Kings 7/4 (Mon); 30/4 (Wed); 1/5 (Thu).
    year: 2025,
    tet: ['2025-01-25', '2025-02-02'],
    weekdaysOff: {
      '2025-01-01': 'holiday',
      '2025-01-27': 'tet',
      '2025-01-28': 'tet',
      '2025-01-29': 'tet',
      '2025-01-30': 'tet',
      '2025-01-31': 'tet',
      '2025-04-07': 'holiday',
      '2025-04-30': 'holiday',
      '2025-05-01': 'holiday',
      '2025-05-02': 'swap',
      '2025-09-01': 'holiday',
      '2025-09-02': 'holiday',
    },
    workingSaturdays: ['2025-04-26'],
  },
  {
    // Công văn 12729/VPCP-KGVX (25/12/2025): 1/1 (Thu) + Fri 2/1 off, Sat 10/1 worked.
    // Thông báo 9441/TB-BNV (16/10/2025): Tết Sat 14/2 – Sun 22/2 (weekdays 16/2 – 20/2); National Day 1/9 + 2/9,
    // Mon 31/8 off for Sat 22/8 worked. Labour Code 2019: Hùng Kings 26/4 (Sun) → Mon 27/4; 30/4 (Thu); 1/5 (Fri).
    // Not included: Ngày Văn hóa Việt Nam (24/11) — a paid holiday only once Labour Code Art. 112 is amended
    // (Nghị quyết 80-NQ/TW, Nghị quyết 30/NQ-CP); if that law applies to 2026, add '2026-11-24' here.
    year: 2026,
    tet: ['2026-02-14', '2026-02-22'],
    weekdaysOff: {
      '2026-01-01': 'holiday',
      '2026-01-02': 'swap',
      '2026-02-16': 'tet',
      '2026-02-17': 'tet',
      '2026-02-18': 'tet',
      '2026-02-19': 'tet',
      '2026-02-20': 'tet',
      '2026-04-27': 'comp',
      '2026-04-30': 'holiday',
      '2026-05-01': 'holiday',
      '2026-08-31': 'swap',
      '2026-09-01': 'holiday',
      '2026-09-02': 'holiday',
    },
    workingSaturdays: ['2026-01-10', '2026-08-22'],
  },
];

// --- helpers (test infrastructure only: they enumerate dates, they do not produce expected values) ---

const DAY = 86_400_000;
const toTime = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const toIso = (t: number) => new Date(t).toISOString().slice(0, 10);
const weekdayOf = (iso: string) => new Date(toTime(iso)).getUTCDay(); // 0 = Sunday
const isWeekday = (iso: string) => weekdayOf(iso) >= 1 && weekdayOf(iso) <= 5;

function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let t = toTime(from); t <= toTime(to); t += DAY) out.push(toIso(t));
  return out;
}
const daysOfYear = (year: number) => datesBetween(`${year}-01-01`, `${year}-12-31`);

const KIND_OF: Record<Label, string | undefined> = {
  holiday: 'holiday',
  comp: 'compensatory',
  swap: 'swap',
  tet: undefined, // a Tết weekday may be presented as holiday or compensatory: not asserted
};

describe('golden data is well formed (guards against typos in this file)', () => {
  it.each(GOLDEN.map((g) => [g.year, g] as const))('%i', (year, g) => {
    for (const d of Object.keys(g.weekdaysOff)) {
      expect(d.slice(0, 4), d).toBe(String(year));
      expect(isWeekday(d), `${d} is Mon–Fri`).toBe(true);
    }
    for (const d of g.workingSaturdays) expect(weekdayOf(d), `${d} is a Saturday`).toBe(6);
    for (const d of datesBetween(...g.tet).filter(isWeekday))
      expect(g.weekdaysOff[d], `${d} in the Tết break`).toBe('tet');
  });
});

describe.each(GOLDEN.map((g) => [g.year, g] as const))('civil-service calendar %i', (year, g) => {
  const expectedOff = new Set(Object.keys(g.weekdaysOff));
  const workingSaturdays = new Set(g.workingSaturdays);

  it('every announced weekday off is not a working day', () => {
    for (const d of expectedOff) expect(isWorkingDay(d), d).toBe(false);
  });

  it('every other Monday–Friday is a working day (the exact set of weekdays off)', () => {
    const wrong = daysOfYear(year)
      .filter(isWeekday)
      .filter((d) => isWorkingDay(d) === expectedOff.has(d));
    expect(wrong).toEqual([]);
  });

  it('Saturdays worked under a swap are working days; other weekend days are not', () => {
    for (const d of g.workingSaturdays) expect(isWorkingDay(d), d).toBe(true);
    const wrong = daysOfYear(year)
      .filter((d) => !isWeekday(d))
      .filter((d) => isWorkingDay(d) !== workingSaturdays.has(d));
    expect(wrong).toEqual([]);
  });

  it('holidaysOf lists exactly these weekdays off, sorted, not estimated', () => {
    const list = holidaysOf(year);
    const dates = list.map((h) => h.date);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(dates).size).toBe(dates.length);
    for (const h of list) {
      expect(h.date.slice(0, 4), h.date).toBe(String(year));
      expect(h.estimated, h.date).toBe(false);
      expect(workingSaturdays.has(h.date), `${h.date} is a working Saturday`).toBe(false);
    }
    expect(dates.filter(isWeekday)).toEqual([...expectedOff].sort());
  });

  it('holidaysOf gives each day off its kind', () => {
    const byDate = new Map(holidaysOf(year).map((h) => [h.date, h]));
    for (const [d, label] of Object.entries(g.weekdaysOff)) {
      const kind = KIND_OF[label];
      if (kind !== undefined) expect(byDate.get(d)?.kind, d).toBe(kind);
    }
  });

  it('holidaysOf lists the whole Tết break, weekends included', () => {
    const dates = new Set(holidaysOf(year).map((h) => h.date));
    const missing = datesBetween(...g.tet).filter((d) => !dates.has(d));
    expect(missing).toEqual([]);
  });
});

describe('outside the table', () => {
  it('2027 has no announcement yet: every listed day is estimated', () => {
    const list = holidaysOf(2027);
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((h) => h.estimated)).toBe(true);
  });
});

describe('addWorkingDays across Tết', () => {
  it('3 working days after Wed 25/1/2017 is Mon 6/2/2017 (Tết Đinh Dậu break 26/1–1/2, then 2/2, 3/2, 6/2)', () => {
    expect(addWorkingDays('2017-01-25', 3)).toBe('2017-02-06');
  });
});
