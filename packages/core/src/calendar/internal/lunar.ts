import { JDN_EPOCH } from '../../internal/days.js';
import {
  leapMonthOffset,
  lunarMonth11,
  NEW_MOON_1900,
  newMoonDay,
  SYNODIC_MONTH,
} from './astro.js';

/** A date of the Vietnamese lunar calendar (âm lịch). */
export interface LunarDate {
  /** Lunar year (the year whose month 1 starts at Tết). */
  readonly year: number;
  /** Month 1…12. */
  readonly month: number;
  /** Day 1…30. */
  readonly day: number;
  /** True for the leap (nhuận) month that repeats `month`. */
  readonly leap: boolean;
}

/** Converts a day number (days since 1970-01-01) to the lunar date at UTC + `offset` hours. */
export function lunarOfDayNumber(
  dayNumber: number,
  offset: number,
  gregorianYear: number,
): LunarDate {
  const jdn = dayNumber + JDN_EPOCH;
  const k = Math.floor((jdn - NEW_MOON_1900) / SYNODIC_MONTH);
  let monthStart = newMoonDay(k + 1, offset);
  if (monthStart > jdn) monthStart = newMoonDay(k, offset);
  let a11 = lunarMonth11(gregorianYear, offset);
  let b11 = a11;
  let year: number;
  if (a11 >= monthStart) {
    year = gregorianYear;
    a11 = lunarMonth11(gregorianYear - 1, offset);
  } else {
    year = gregorianYear + 1;
    b11 = lunarMonth11(gregorianYear + 1, offset);
  }
  const day = jdn - monthStart + 1;
  const diff = Math.floor((monthStart - a11) / 29);
  let leap = false;
  let month = diff + 11;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11, offset);
    if (diff >= leapDiff) {
      month = diff + 10;
      if (diff === leapDiff) leap = true;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) year -= 1;
  return { year, month, day, leap };
}

/**
 * Day number of a lunar date at UTC + `offset` hours, or `undefined` when the month is not a leap month that year
 * or the day does not exist in that month (a short month has 29 days).
 */
export function dayNumberOfLunar(lunar: LunarDate, offset: number): number | undefined {
  const { year, month, day, leap } = lunar;
  let a11: number;
  let b11: number;
  if (month < 11) {
    a11 = lunarMonth11(year - 1, offset);
    b11 = lunarMonth11(year, offset);
  } else {
    a11 = lunarMonth11(year, offset);
    b11 = lunarMonth11(year + 1, offset);
  }
  const k = Math.floor(0.5 + (a11 - NEW_MOON_1900) / SYNODIC_MONTH);
  let off = month - 11;
  if (off < 0) off += 12;
  if (b11 - a11 > 365) {
    const leapOff = leapMonthOffset(a11, offset);
    let leapMonth = leapOff - 2;
    if (leapMonth < 0) leapMonth += 12;
    if (leap && month !== leapMonth) return undefined;
    if (leap || off >= leapOff) off += 1;
  } else if (leap) {
    return undefined;
  }
  const monthStart = newMoonDay(k + off, offset);
  const nextStart = newMoonDay(k + off + 1, offset);
  if (day > nextStart - monthStart) return undefined;
  return monthStart + day - 1 - JDN_EPOCH;
}
