import * as z from 'zod/mini';
import { parseOrThrow } from '../schema/parse.js';

/**
 * Minimum sample size (cỡ mẫu tối thiểu) for a population of N transactions: n = ⌈N / (1 + N·e²)⌉ (Yamane's
 * formula, as used in SIPAS sampling), with margin of error e (default 0.05).
 *
 * @param population - N, the number of transactions (dossiers settled) in the period; a whole number ≥ 1.
 * @param marginOfError - e, between 0 and 1 (default 0.05).
 * @returns The minimum number of respondents.
 * @example
 * minimumSampleSize(1000) //=> 286   (1000 / (1 + 1000 × 0.0025) = 285.71…)
 * @see Bộ Nội vụ, tài liệu hướng dẫn điều tra xã hội học đo lường sự hài lòng (SIPAS) — UNVERIFIED citation
 */
export function minimumSampleSize(population: number, marginOfError = 0.05): number {
  const N = parseOrThrow(z.int().check(z.minimum(1)), population, 'population');
  const e = parseOrThrow(z.number().check(z.gt(0), z.lt(1)), marginOfError, 'marginOfError');
  // The tolerance keeps an exact integer (e.g. 400 → 200) from rounding up because of 0.05² in binary.
  return Math.ceil(N / (1 + N * e * e) - 1e-9);
}
