// The index formulas, written once and used both for the point estimate and for every bootstrap replicate.
import type { ScoringMethod } from '../instrumentSchema.js';
import type { CompiledInstrument } from './compile.js';

/** Indices from per-criterion sums: NaN where undefined. */
export interface Indices {
  /** By scale index (only counted questions are filled). */
  readonly criteria: Float64Array;
  /** By element index (NaN for elements with no counted question). */
  readonly elements: Float64Array;
  readonly overall: number;
}

/**
 * Computes criterion, element and overall indices from Σw of valid answers, of satisfied answers and of scores
 * ((x − 1)·25) per scale question.
 *
 * - `share-satisfied`: criterion = 100·sat/valid; element = mean of its defined criteria; overall = weighted mean
 *   (element weights, default 1) of the defined elements.
 * - `share-satisfied-answers`: criterion as above; element and overall pool the answers: 100·Σsat / Σvalid.
 * - `mean-score`: criterion = Σscore/valid; element and overall by the instrument's `meanScoreAggregate`.
 * `out` lets a loop reuse its arrays (the bootstrap).
 */
export function computeIndices(
  compiled: CompiledInstrument,
  method: ScoringMethod,
  valid: ArrayLike<number>,
  sat: ArrayLike<number>,
  score: ArrayLike<number>,
  out?: { criteria: Float64Array; elements: Float64Array },
): Indices {
  const K = compiled.scaleQuestions.length;
  const criteria = out ? out.criteria.fill(Number.NaN) : new Float64Array(K).fill(Number.NaN);
  const useScore = method === 'mean-score';
  const pooled =
    method === 'share-satisfied-answers' ||
    (useScore && compiled.instrument.method.meanScoreAggregate === 'pooled-answers');
  const top = useScore ? score : sat;
  const scale = useScore ? 1 : 100;
  for (const k of compiled.counted) {
    const v = valid[k]!;
    if (v > 0) criteria[k] = (scale * top[k]!) / v;
  }
  const elements = out
    ? out.elements.fill(Number.NaN)
    : new Float64Array(compiled.elements.length).fill(Number.NaN);
  let overallTop = 0;
  let overallValid = 0;
  let weighted = 0;
  let weights = 0;
  compiled.elements.forEach((element, e) => {
    if (element.scored < 0) return;
    let sum = 0;
    let count = 0;
    let eTop = 0;
    let eValid = 0;
    for (const k of element.counted) {
      eTop += top[k]!;
      eValid += valid[k]!;
      const c = criteria[k]!;
      if (!Number.isNaN(c)) {
        sum += c;
        count++;
      }
    }
    overallTop += eTop;
    overallValid += eValid;
    const index = pooled
      ? eValid > 0
        ? (scale * eTop) / eValid
        : Number.NaN
      : count > 0
        ? sum / count
        : Number.NaN;
    elements[e] = index;
    if (!Number.isNaN(index)) {
      weighted += element.weight * index;
      weights += element.weight;
    }
  });
  const overall = pooled
    ? overallValid > 0
      ? (scale * overallTop) / overallValid
      : Number.NaN
    : weights > 0
      ? weighted / weights
      : Number.NaN;
  return { criteria, elements, overall };
}
