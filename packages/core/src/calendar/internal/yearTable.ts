// Builds, for one Gregorian year, the list of days off and a cumulative working-day count per day,
// so that every working-day question is a lookup or a binary search.

import {
  dayNumberOf,
  formatDayNumber,
  isLeapYear,
  toDayNumber,
  weekday,
} from '../../internal/days.js';
import type { Bilingual } from '../../schema/CchcError.js';
import type { ResolvedCalendarOptions } from '../calendarOptions.js';
import type { HolidayAnnouncement } from '../holidayTable.js';
import { labourCode, lunarDay, NAMES, scheduleOf } from './holidayRules.js';

/** One day off in a year's list. */
export interface Holiday {
  /** The date, `'YYYY-MM-DD'`. */
  readonly date: string;
  /** Name in Vietnamese and English. */
  readonly name: Bilingual;
  /** `'holiday'` a public holiday (incl. the Tết break); `'compensatory'` nghỉ bù; `'swap'` a weekday off for a worked Saturday. */
  readonly kind: 'holiday' | 'compensatory' | 'swap';
  /** The law or announcement it rests on. */
  readonly basis: string;
  /** True when the year has no announcement in the table and the day was estimated from the law's rules. */
  readonly estimated: boolean;
}

/** A Saturday or Sunday made a working day (làm bù), or a unit's extra working day. */
export interface SpecialWorkingDay {
  readonly date: string;
  readonly basis: string;
}

export interface YearTable {
  readonly year: number;
  /** Day number of 1 January. */
  readonly start: number;
  /** 1 where the day is not a working day. */
  readonly off: Uint8Array;
  /** cum[i] = working days from 1 January to day i inclusive. */
  readonly cum: Int32Array;
  readonly total: number;
  readonly holidays: readonly Holiday[];
  readonly workingDays: readonly SpecialWorkingDay[];
  readonly estimated: boolean;
}

export function buildYear(
  year: number,
  options: ResolvedCalendarOptions,
  rows: ReadonlyMap<number, HolidayAnnouncement>,
): YearTable {
  const start = toDayNumber(year, 1, 1);
  const length = isLeapYear(year) ? 366 : 365;
  const end = start + length - 1;
  const inYear = (n: number) => n >= start && n <= end;
  const schedule = scheduleOf(year, rows.get(year));
  const law = labourCode(year);
  const estimated = schedule.estimated;
  const byDay = new Map<number, Holiday>();
  // Every day of a year with no announcement is marked estimated, as the contract says.
  const add = (n: number, name: Bilingual, kind: Holiday['kind'], basis: string) => {
    if (inYear(n) && !byDay.has(n))
      byDay.set(n, { date: formatDayNumber(n), name, kind, basis, estimated });
  };

  // Fixed holidays of the Labour Code.
  const fixed: Array<[number, Bilingual]> = [
    [toDayNumber(year, 1, 1), NAMES.newYear],
    [lunarDay(year, 3, 10), NAMES.hungKings],
    [toDayNumber(year, 4, 30), NAMES.victory],
    [toDayNumber(year, 5, 1), NAMES.labour],
    ...schedule.nationalDay.map((n): [number, Bilingual] => [n, NAMES.nationalDay]),
  ];
  // The Tết break: every day of it, weekends included (a continuous break for civil servants).
  for (let n = schedule.tet.from; n <= schedule.tet.to; n++)
    add(n, NAMES.tet, 'holiday', `${law.article}; ${schedule.basis}`);
  for (const [n, name] of fixed) {
    add(
      n,
      name,
      'holiday',
      name === NAMES.nationalDay ? `${law.article}; ${schedule.basis}` : law.article,
    );
  }

  // Compensatory days: a holiday on Saturday or Sunday gives the next weekday that is not already off.
  const isWeekend = (n: number) => weekday(n) === 0 || weekday(n) === 6;
  if (schedule.compensatory) {
    for (const c of schedule.compensatory) {
      add(
        c.date,
        compensatoryName(byDay.get(c.for)?.name ?? NAMES.newYear),
        'compensatory',
        `${law.compensatory}; ${schedule.basis}`,
      );
    }
  } else {
    const weekendHolidays = fixed.filter(
      ([n]) => isWeekend(n) && !(n >= schedule.tet.from && n <= schedule.tet.to),
    );
    weekendHolidays.sort((a, b) => a[0] - b[0]);
    const taken = new Set<number>(byDay.keys());
    for (const [n, name] of weekendHolidays) {
      let c = n + 1;
      while (isWeekend(c) || taken.has(c)) c++;
      taken.add(c);
      add(c, compensatoryName(name), 'compensatory', law.compensatory);
    }
  }

  // Official swaps may cross years (31/12/2018 off for Saturday 5/1/2019): look at the neighbours' rows too.
  const workingDays: SpecialWorkingDay[] = [];
  for (const y of [year - 1, year, year + 1]) {
    const row = rows.get(y);
    for (const swap of row?.swaps ?? []) {
      const basis = row!.sources.map((s) => s.document).join('; ');
      const off = dayNumberOf(swap.off);
      const work = dayNumberOf(swap.work);
      add(off, swapName(swap.work), 'swap', basis);
      // A province's own day off wins over the national make-up Saturday (the more specific decision).
      const overridden = options.extraHolidays.some((h) => h.date === swap.work);
      if (inYear(work) && !overridden) workingDays.push({ date: swap.work, basis });
    }
  }
  for (const extra of options.extraHolidays) {
    const n = dayNumberOf(extra.date);
    add(
      n,
      extra.name ?? { vi: 'Ngày nghỉ của địa phương', en: 'Local day off' },
      'holiday',
      extra.basis ?? 'calendar option extraHolidays',
    );
  }

  const off = new Uint8Array(length);
  const saturdayWorks = options.saturday === 'full';
  for (let i = 0; i < length; i++) {
    const w = weekday(start + i);
    off[i] = w === 0 || (w === 6 && !saturdayWorks) || byDay.has(start + i) ? 1 : 0;
  }
  for (const wd of workingDays) off[dayNumberOf(wd.date) - start] = 0;
  for (const extra of options.extraWorkingDays) {
    const n = dayNumberOf(extra.date);
    if (!inYear(n)) continue;
    off[n - start] = 0;
    workingDays.push({
      date: extra.date,
      basis: extra.basis ?? 'calendar option extraWorkingDays',
    });
  }
  const cum = new Int32Array(length);
  let total = 0;
  for (let i = 0; i < length; i++) {
    if (off[i] === 0) total++;
    cum[i] = total;
  }
  const holidays = [...byDay.values()]
    .filter((h) => off[dayNumberOf(h.date) - start] === 1)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  workingDays.sort((a, b) => (a.date < b.date ? -1 : 1));
  return { year, start, off, cum, total, holidays, workingDays, estimated };
}

function compensatoryName(of: Bilingual): Bilingual {
  return { vi: `Nghỉ bù ${of.vi}`, en: `Compensatory day off for ${of.en}` };
}

function swapName(worked: string): Bilingual {
  const [y, m, d] = worked.split('-');
  return {
    vi: `Nghỉ hoán đổi (làm bù thứ Bảy ${d}/${m}/${y})`,
    en: `Swapped day off (Saturday ${d}/${m}/${y} worked instead)`,
  };
}
