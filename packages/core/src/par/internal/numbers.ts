/**
 * Rounds to `digits` decimals, half away from zero, immune to binary noise such as 1.005 → 1.01
 * (the scaled value is nudged up by a few ulps before rounding).
 */
export function round(x: number, digits: number): number {
  const f = 10 ** digits;
  const scaled = Math.abs(x) * f;
  return (Math.sign(x) * Math.round(scaled * (1 + 4 * Number.EPSILON))) / f || 0;
}

/** Points are kept to 6 decimals (removes float noise such as 0.1 + 0.2); the index to 2, as published. */
export const roundPoints = (x: number): number => Math.round(x * 1e6) / 1e6 || 0;
/** The index (chỉ số) as published: 2 decimals. */
export const roundIndex = (x: number): number => round(x, 2);

/**
 * Formats a number for a sentence: Vietnamese decimal comma, English decimal point, at most 2 decimals.
 * Built from integers (fast: messages are made for every point lost by every unit).
 */
export function formatNumber(x: number, lang: 'vi' | 'en'): string {
  const hundredths = Math.round(Math.abs(x) * 100 * (1 + 4 * Number.EPSILON));
  const sign = x < 0 && hundredths > 0 ? '-' : '';
  const whole = Math.floor(hundredths / 100);
  const cents = hundredths % 100;
  if (cents === 0) return `${sign}${whole}`;
  const mark = lang === 'vi' ? ',' : '.';
  const decimals = cents % 10 === 0 ? `${cents / 10}` : cents < 10 ? `0${cents}` : `${cents}`;
  return `${sign}${whole}${mark}${decimals}`;
}

/**
 * Standard competition ranking ("1, 2, 2, 4"): a unit's rank is 1 + the number of units with a strictly higher value.
 * Equal values share the rank; the next rank skips as many places as units tied.
 */
export function competitionRanks(values: ArrayLike<number>): Int32Array {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[b]! - values[a]!);
  const ranks = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    const prev = k > 0 ? order[k - 1]! : -1;
    ranks[i] = prev >= 0 && values[prev] === values[i] ? ranks[prev]! : k + 1;
  }
  return ranks;
}

/** Quantile of sorted data by linear interpolation between order statistics (R's default, type 7). */
export function quantileSorted(
  sorted: ArrayLike<number>,
  from: number,
  count: number,
  p: number,
): number {
  const h = (count - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(count - 1, lo + 1);
  const a = sorted[from + lo]!;
  return a + (h - lo) * (sorted[from + hi]! - a);
}
