import * as z from 'zod/mini';
import { dayNumberOf } from '../internal/days.js';
import { parseOrThrow } from '../schema/parse.js';
import { PlainDateSchema } from '../schema/plainDate.js';
import { type LunarDate, lunarOfDayNumber } from './internal/lunar.js';
import { LUNAR_RANGE, type LunarOptions, LunarOptionsSchema } from './lunarSchemas.js';

const InRangeDate = PlainDateSchema.check(
  z.refine(
    (d) => {
      const y = Number(d.slice(0, 4));
      return y >= LUNAR_RANGE.from && y <= LUNAR_RANGE.to;
    },
    {
      message: `expected a date in ${LUNAR_RANGE.from}–${LUNAR_RANGE.to}`,
      params: {
        vi: `một ngày trong các năm ${LUNAR_RANGE.from}–${LUNAR_RANGE.to}`,
        en: `a date in the years ${LUNAR_RANGE.from}–${LUNAR_RANGE.to}`,
      },
    },
  ),
);

/**
 * Converts a solar (Gregorian) date to the Vietnamese lunar date (âm lịch), reckoned for UTC+7.
 *
 * @param date - A plain date `'YYYY-MM-DD'` in 1900–2100.
 * @param options - `utcOffset`: 7 (default) or 8.
 * @returns `{ year, month, day, leap }`, where `leap` marks the leap month (tháng nhuận).
 * @throws {@link CchcError} on a malformed or out-of-range date.
 * @example
 * solarToLunar('2026-02-17') //=> { year: 2026, month: 1, day: 1, leap: false }
 * solarToLunar('2017-07-23') //=> { year: 2017, month: 6, day: 1, leap: true } (tháng 6 nhuận)
 */
export function solarToLunar(date: string, options?: LunarOptions): LunarDate {
  const valid = parseOrThrow(InRangeDate, date, 'date');
  const { utcOffset } = parseOrThrow(LunarOptionsSchema, options ?? {}, 'options');
  return lunarOfDayNumber(dayNumberOf(valid), utcOffset, Number(valid.slice(0, 4)));
}
