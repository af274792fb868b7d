// The Labour Code's holiday rules, and the fallback estimates for years with no announcement.

import { dayNumberOf, toDayNumber, weekday } from '../../internal/days.js';
import type { Bilingual } from '../../schema/CchcError.js';
import type { HolidayAnnouncement } from '../holidayTable.js';
import { dayNumberOfLunar } from './lunar.js';

/** First and last years the working-day calendar covers. */
export const CALENDAR_RANGE = { from: 2013, to: 2100 } as const;

export const NAMES = {
  newYear: { vi: 'Tết Dương lịch', en: "New Year's Day" },
  tet: { vi: 'Tết Nguyên đán', en: 'Lunar New Year (Tết)' },
  hungKings: { vi: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', en: "Hùng Kings' Commemoration Day" },
  victory: { vi: 'Ngày Chiến thắng (30/4)', en: 'Victory Day (30 April)' },
  labour: { vi: 'Ngày Quốc tế Lao động (1/5)', en: 'International Labour Day (1 May)' },
  nationalDay: { vi: 'Quốc khánh (2/9)', en: 'National Day (2 September)' },
} as const satisfies Record<string, Bilingual>;

/** The Labour Code in force in `year`, as cited in results. */
export function labourCode(year: number): { article: string; compensatory: string } {
  return year <= 2020
    ? {
        article: 'Bộ luật Lao động 2012 (10/2012/QH13), Điều 115 khoản 1',
        compensatory: 'Bộ luật Lao động 2012 (10/2012/QH13), Điều 115 khoản 3',
      }
    : {
        article: 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112 khoản 1',
        compensatory: 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112 khoản 3',
      };
}

/** Day number of lunar `month/day` of lunar `year`, reckoned for UTC+7. */
export function lunarDay(year: number, month: number, day: number): number {
  const n = dayNumberOfLunar({ year, month, day, leap: false }, 7);
  if (n === undefined) throw new Error(`lunar ${day}/${month}/${year} does not exist`);
  return n;
}

const isWeekend = (n: number) => {
  const w = weekday(n);
  return w === 0 || w === 6;
};

/**
 * Estimated Tết break for a year with no announcement: five weekdays off (the statutory days, weekend ones
 * compensated), one or two weekdays before Tết as the announcements 2017–2026 do, widened to the adjacent weekends.
 */
export function estimatedTetBreak(year: number): { from: number; to: number } {
  const tet = lunarDay(year, 1, 1);
  const w = weekday(tet);
  // Announcements 2017–2026 start one weekday before Tết when it falls Sun–Tue, two otherwise.
  let before = w === 0 || w === 1 || w === 2 ? 1 : 2;
  let first = tet;
  while (before > 0) {
    first -= 1;
    if (!isWeekend(first)) before -= 1;
  }
  let last = first;
  let weekdays = 1;
  while (weekdays < 5) {
    last += 1;
    if (!isWeekend(last)) weekdays += 1;
  }
  while (isWeekend(first - 1)) first -= 1;
  while (isWeekend(last + 1)) last += 1;
  return { from: first, to: last };
}

/**
 * Estimated National Day holidays (from 2021, 2/9 and the day before or after it): the day that joins the
 * holiday to a weekend, as the announcements 2021–2026 chose.
 */
export function estimatedNationalDay(year: number): number[] {
  const second = toDayNumber(year, 9, 2);
  if (year <= 2020) return [second];
  const w = weekday(second);
  // Mon → 3/9, Tue/Wed → 1/9, Thu → 3/9, Fri/Sat → 1/9, Sun → 3/9.
  const after = w === 1 || w === 4 || w === 0;
  return after ? [second, second + 1] : [second - 1, second];
}

/** The parts of a year's schedule the Government announces, from the table or estimated. */
export interface YearSchedule {
  readonly tet: { from: number; to: number };
  readonly nationalDay: number[];
  readonly compensatory?: Array<{ date: number; for: number }>;
  readonly basis: string;
  readonly estimated: boolean;
}

/** Announced schedule of `year` from a table row, or the estimate when there is none. */
export function scheduleOf(year: number, row: HolidayAnnouncement | undefined): YearSchedule {
  if (row === undefined) {
    return {
      tet: estimatedTetBreak(year),
      nationalDay: estimatedNationalDay(year),
      basis: `${labourCode(year).article} (ước tính / estimated: no announcement for ${year} in the table)`,
      estimated: true,
    };
  }
  const docs = row.sources.map((s) => s.document).join('; ');
  return {
    tet: { from: dayNumberOf(row.tet.from), to: dayNumberOf(row.tet.to) },
    nationalDay: row.nationalDay?.map(dayNumberOf) ?? estimatedNationalDay(year),
    ...(row.compensatory
      ? {
          compensatory: row.compensatory.map((c) => ({
            date: dayNumberOf(c.date),
            for: dayNumberOf(c.for),
          })),
        }
      : {}),
    basis: docs,
    estimated: false,
  };
}
