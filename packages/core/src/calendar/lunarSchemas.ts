import * as z from 'zod/mini';

/** First and last Gregorian years the lunar conversion is validated for. */
export const LUNAR_RANGE = { from: 1900, to: 2100 } as const;

/** Options of the lunar conversions. */
export const LunarOptionsSchema = z.strictObject({
  /**
   * Hours east of UTC for which new moons are reckoned. Vietnam's official calendar uses UTC+7 (from 1968);
   * before that the North used UTC+8 (the Chinese calendar). Default 7.
   */
  utcOffset: z._default(z.union([z.literal(7), z.literal(8)]), 7),
});
/** Options of {@link lunarToSolar} and {@link solarToLunar}. */
export type LunarOptions = z.input<typeof LunarOptionsSchema>;

/** Zod schema of a lunar date `{ year, month, day, leap? }`. */
export const LunarDateSchema = z.strictObject({
  year: z.int().check(z.minimum(LUNAR_RANGE.from), z.maximum(LUNAR_RANGE.to)),
  month: z.int().check(z.minimum(1), z.maximum(12)),
  day: z.int().check(z.minimum(1), z.maximum(30)),
  leap: z._default(z.boolean(), false),
});
