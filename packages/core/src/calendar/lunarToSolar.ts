import { formatDayNumber } from '../internal/days.js';
import { CchcError } from '../schema/CchcError.js';
import { parseOrThrow } from '../schema/parse.js';
import type { PlainDate } from '../schema/plainDate.js';
import { dayNumberOfLunar } from './internal/lunar.js';
import { LunarDateSchema, type LunarOptions, LunarOptionsSchema } from './lunarSchemas.js';

/**
 * Converts a Vietnamese lunar date (âm lịch) to the solar (Gregorian) date, `'YYYY-MM-DD'`.
 *
 * New moons and solar terms are computed astronomically for UTC+7, so results follow the Vietnamese calendar
 * where it differs from the Chinese one (Tết 1985 fell on 21/1 in Vietnam, 20/2 in China). Valid 1900–2100.
 *
 * @param lunar - `{ year, month, day, leap? }`; `leap: true` for the leap month (tháng nhuận).
 * @param options - `utcOffset`: 7 (default) or 8 for the pre-1968 reckoning.
 * @returns The solar date.
 * @throws {@link CchcError} when the date is out of range, the month is not that year's leap month, or the day does not exist.
 * @example
 * lunarToSolar({ year: 2026, month: 1, day: 1 }) //=> '2026-02-17' (Tết Bính Ngọ)
 * lunarToSolar({ year: 2017, month: 3, day: 10 }) //=> '2017-04-06' (Giỗ Tổ Hùng Vương)
 * @see Hồ Ngọc Đức, "Thuật toán tính âm lịch" (the public algorithm used here)
 */
export function lunarToSolar(
  lunar: { year: number; month: number; day: number; leap?: boolean },
  options?: LunarOptions,
): PlainDate {
  const date = parseOrThrow(LunarDateSchema, lunar, 'lunar');
  const { utcOffset } = parseOrThrow(LunarOptionsSchema, options ?? {}, 'options');
  const dayNumber = dayNumberOfLunar(date, utcOffset);
  if (dayNumber === undefined) {
    const what = `${date.day}/${date.month}${date.leap ? ' (nhuận/leap)' : ''}/${date.year}`;
    throw new CchcError('invalid-lunar-date', [
      {
        path: 'lunar',
        value: lunar,
        expected: { vi: 'một ngày âm lịch có thật', en: 'an existing lunar date' },
        message: {
          vi: `lunar: ngày âm lịch ${what} không tồn tại (tháng không nhuận, hoặc tháng thiếu chỉ có 29 ngày)`,
          en: `lunar: lunar date ${what} does not exist (not a leap month that year, or a 29-day month)`,
        },
      },
    ]);
  }
  return formatDayNumber(dayNumber);
}
