import { z } from 'zod';

/** First and last Gregorian years the lunar conversion is validated for. */
export const LUNAR_RANGE = { from: 1900, to: 2100 } as const;

/** Options of the lunar conversions. */
export const LunarOptionsSchema = z.strictObject({
  /**
   * Hours east of UTC for which new moons are reckoned. Vietnam's official calendar uses UTC+7 (from 1968);
   * before that the North used UTC+8 (the Chinese calendar). Default 7.
   */
  utcOffset: z.union([z.literal(7), z.literal(8)]).default(7),
});
/** Options of {@link lunarToSolar} and {@link solarToLunar}. */
export type LunarOptions = z.input<typeof LunarOptionsSchema>;

/** Zod schema of a lunar date `{ year, month, day, leap? }`. */
export const LunarDateSchema = z.strictObject({
  year: z.number().int().min(LUNAR_RANGE.from).max(LUNAR_RANGE.to),
  month: z.number().int().min(1).max(12),
  day: z.number().int().min(1).max(30),
  leap: z.boolean().default(false),
});
