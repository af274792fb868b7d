// From tallies to a group's reported indices: point estimates, Wilson intervals for proportions, a normal interval
// for mean scores, and the bucket bootstrap (bootstrap.ts) for element, overall and companion means.
import type { ScoringMethod } from '../instrumentSchema.js';
import { minimumSampleSize } from '../minimumSampleSize.js';
import type {
  CriterionResult,
  ElementResult,
  IndexWithInterval,
  SampleCheck,
  SipasGroupResult,
} from '../types.js';
import { bootstrapGroup } from './bootstrap.js';
import {
  type CompiledInstrument,
  EXTRA_ANY,
  EXTRA_COMPREHENSIVE,
  EXTRA_ELEMENTS,
  EXTRA_ROWS,
  SLOT_NA,
  SLOT_NONE,
  SLOT_SKIPPED,
  SLOTS,
} from './compile.js';
import { computeIndices } from './indices.js';
import { orNull, wilson, Z95 } from './stats.js';
import { type TallyKind, type TallyStore, WEIGHT_SCALE } from './store.js';

export interface EstimateSettings {
  readonly method: ScoringMethod;
  readonly by: readonly string[];
  readonly seed: number;
  readonly bootstrap: number;
  readonly population: number | Readonly<Record<string, number>> | undefined;
}

/** Sum of the buckets of store group g, as one logical vector. */
function totals(store: TallyStore, kind: TallyKind, g: number): Float64Array {
  const out = new Float64Array(store.stride);
  const v = new Float64Array(store.stride);
  for (let b = 0; b < store.buckets; b++) {
    if (!store.bucketUsed(g, b)) continue;
    store.bucketVector(kind, g, b, v);
    for (let j = 0; j < out.length; j++) out[j]! += v[j]!;
  }
  return out;
}

/**
 * Proportion with Wilson interval from weighted sums (fixed point) and the effective n. No interval when the
 * effective n is 0: weights below ≈ 0.0028 have squares that round to 0 in fixed point (units of 2⁻¹⁶), so
 * (Σw)² / Σw² cannot be formed — null, never NaN.
 */
function proportion(hits: number, total: number, effectiveN: number): IndexWithInterval {
  if (!(total > 0)) return { index: null, low: null, high: null };
  const p = hits / total;
  if (!(effectiveN > 0)) return { index: 100 * p, low: null, high: null };
  const [low, high] = wilson(p, effectiveN);
  return { index: 100 * p, low, high };
}

/** Minimum sample n = ⌈N / (1 + N·e²)⌉ (Yamane), or the fallback with no N (a label the map does not own). */
export function sampleCheck(
  compiled: CompiledInstrument,
  n: number,
  label: string,
  population: EstimateSettings['population'],
): SampleCheck {
  const N =
    typeof population === 'number'
      ? population
      : population !== undefined && Object.hasOwn(population, label)
        ? population[label]
        : undefined;
  const { marginOfError: e, minimumWithoutPopulation } = compiled.instrument.method;
  const minimum = N === undefined ? minimumWithoutPopulation : minimumSampleSize(N, e);
  return { n, minimum, population: N ?? null, belowMinimum: n < minimum };
}

/** The reported result of store group g (comments are added by the caller). */
export function estimateGroup(
  store: TallyStore,
  g: number,
  settings: EstimateSettings,
): Omit<SipasGroupResult, 'comments'> {
  const { compiled } = store;
  const C = totals(store, 'counts', g);
  const W = store.weighted ? totals(store, 'weights', g) : C;
  const Q = store.weighted ? totals(store, 'squares', g) : C;
  const unit = store.weighted ? WEIGHT_SCALE : 1;
  // (Σw)² / Σw² ≤ n; Σw² is rounded in fixed point, which can push the ratio past n for small weights: capped.
  const effective = (w: number, q: number, n: number) =>
    store.weighted ? (q > 0 ? Math.min(n, (w * w) / (q * unit)) : 0) : w;
  const K = compiled.scaleQuestions.length;
  const valid = new Float64Array(K);
  const sat = new Float64Array(K);
  const dis = new Float64Array(K);
  const score = new Float64Array(K);
  const squares = new Float64Array(K);
  for (let k = 0; k < K; k++) {
    for (let s = 1; s <= 5; s++) {
      const w = W[k * SLOTS + s]!;
      valid[k]! += w;
      sat[k]! += w * compiled.satisfied[s]!;
      dis[k]! += w * compiled.dissatisfied[s]!;
      score[k]! += w * compiled.score[s]!;
      squares[k]! += Q[k * SLOTS + s]!;
    }
  }
  const point = computeIndices(compiled, settings.method, valid, sat, score);
  const x = compiled.extras;
  const companionPoint = compiled.companions.map((c) => {
    const sw = c.statistic === 'mean' ? W[x + c.slot]! : 0;
    return sw > 0 ? W[x + c.slot + 1]! / sw : Number.NaN;
  });
  const boot = bootstrapGroup(store, g, settings, point, companionPoint);
  const values = store.keys[g]!;
  const key: Record<string, string> = {};
  settings.by.forEach((field, i) => {
    key[field] = values[i]!;
  });
  const label = values.join(' | ');

  const criteria: Record<string, CriterionResult> = {};
  for (const k of compiled.counted) {
    const q = compiled.questions[compiled.scaleQuestions[k]!]!;
    const count = (s: number) => C[k * SLOTS + s]!;
    const answered = count(1) + count(2) + count(3) + count(4) + count(5);
    const effectiveN = effective(valid[k]!, squares[k]!, answered);
    let interval: IndexWithInterval;
    if (settings.method === 'mean-score') {
      const mean = point.criteria[k]!;
      let variance = 0;
      for (let s = 1; s <= 5; s++) variance += W[k * SLOTS + s]! * (compiled.score[s]! - mean) ** 2;
      variance /= valid[k]!;
      const se = effectiveN > 1 ? Math.sqrt(variance / (effectiveN - 1)) : Number.NaN;
      interval = {
        index: orNull(mean),
        low: orNull(Math.max(0, mean - Z95 * se)),
        high: orNull(Math.min(100, mean + Z95 * se)),
      };
    } else interval = proportion(sat[k]!, valid[k]!, effectiveN);
    const dissatisfied = proportion(dis[k]!, valid[k]!, effectiveN);
    criteria[q.id] = {
      ...interval,
      n: answered,
      weightedN: valid[k]! / unit,
      effectiveN,
      satisfied: valid[k]! > 0 ? (100 * sat[k]!) / valid[k]! : null,
      dissatisfied: dissatisfied.index,
      dissatisfiedLow: dissatisfied.low,
      dissatisfiedHigh: dissatisfied.high,
      notApplicable: count(SLOT_NA),
      skipped: count(SLOT_SKIPPED),
      noAnswer: count(SLOT_NONE),
      levels: [count(1), count(2), count(3), count(4), count(5)],
    };
  }

  const elements: Record<string, ElementResult> = {};
  const missingElements: string[] = [];
  for (const e of compiled.scoredElements) {
    const element = compiled.elements[e]!;
    const index = orNull(point.elements[e]!);
    if (index === null) missingElements.push(element.id);
    elements[element.id] = {
      index,
      low: index === null ? null : boot.elements[e]![0],
      high: index === null ? null : boot.elements[e]![1],
      n: C[x + EXTRA_ELEMENTS + element.scored]!,
    };
  }

  const companions: Record<string, IndexWithInterval & { n: number }> = {};
  compiled.companions.forEach((c, ci) => {
    if (c.statistic === 'share-satisfied') {
      const k = c.slot;
      let v = 0;
      let s = 0;
      let q = 0;
      let n = 0;
      for (let level = 1; level <= 5; level++) {
        v += W[k * SLOTS + level]!;
        s += W[k * SLOTS + level]! * compiled.satisfied[level]!;
        q += Q[k * SLOTS + level]!;
        n += C[k * SLOTS + level]!;
      }
      companions[c.id] = { ...proportion(s, v, effective(v, q, n)), n };
    } else {
      const [low, high] = boot.companions[ci]!;
      companions[c.id] = { index: orNull(companionPoint[ci]!), low, high, n: C[x + c.slot]! };
    }
  });

  const n = C[x + EXTRA_ROWS]!;
  const overallIndex = orNull(point.overall);
  const comprehensive = proportion(
    W[x + EXTRA_COMPREHENSIVE]!,
    W[x + EXTRA_ANY]!,
    effective(W[x + EXTRA_ANY]!, Q[x + EXTRA_ANY]!, C[x + EXTRA_ANY]!),
  );
  return {
    key,
    label,
    n,
    weightedN: W[x + EXTRA_ROWS]! / unit,
    sample: sampleCheck(compiled, n, label, settings.population),
    overall: {
      index: overallIndex,
      low: overallIndex === null ? null : boot.overall[0],
      high: overallIndex === null ? null : boot.overall[1],
      missingElements,
      comprehensive: { ...comprehensive, n: C[x + EXTRA_ANY]! },
      n: C[x + EXTRA_ANY]!,
    },
    elements,
    criteria,
    companions,
  };
}
