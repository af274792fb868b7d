// Small, exact-as-documented statistics: Wilson score interval, percentiles, the normal distribution.

/** z for a two-sided 95% interval. */
export const Z95 = 1.959963984540054;

/**
 * Wilson score interval for a proportion, in percent.
 * @param p - Observed proportion (0–1).
 * @param n - Sample size (the effective n when weighted); must be > 0.
 */
export function wilson(p: number, n: number, z = Z95): [number, number] {
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  // p = 0 and p = 1 give bounds of exactly 0 and 1 in exact arithmetic; avoid rounding dust like 5.6e-15.
  const low = p === 0 ? 0 : Math.max(0, center - half);
  const high = p === 1 ? 1 : Math.min(1, center + half);
  return [low * 100, high * 100];
}

/** Linear-interpolated quantile (type 7) of an ascending-sorted array. */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  const a = sorted[lo]!;
  return a + (h - lo) * (sorted[hi]! - a);
}

/** Standard normal CDF Φ(x) (erf by Abramowitz & Stegun 7.1.26, absolute error < 1.5·10⁻⁷). */
export function normalCdf(x: number): number {
  const t = 1 / (1 + (0.3275911 * Math.abs(x)) / Math.SQRT2);
  const poly =
    t *
    (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(x * x) / 2);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/** `null` for NaN, the number otherwise. */
export function orNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}
