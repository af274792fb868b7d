// Bootstrap over hashed respondent buckets. Each respondent sits in one of G buckets chosen by a seeded hash of
// its id; a replicate draws G buckets with replacement (mulberry32, seeded by the seed and the group key) and
// recomputes the indices from the drawn buckets' sums. Because buckets are sums, any sharding or merge order gives
// the same buckets and so the same interval. With G ≥ n most buckets hold one respondent or none, and each
// respondent's multiplicity is Binomial(G, 1/G) ≈ Poisson(1): the Poisson bootstrap over respondents.
import { type CompiledInstrument, SLOTS } from './compile.js';
import type { EstimateSettings } from './estimate.js';
import { computeIndices, type Indices } from './indices.js';
import { hashString, mulberry32 } from './random.js';
import { quantileSorted } from './stats.js';
import type { TallyStore } from './store.js';

type Interval = [number | null, number | null];

export interface BootstrapIntervals {
  /** 95% percentile interval by element index. */
  readonly elements: readonly Interval[];
  readonly overall: Interval;
  /** By companion index (only `mean` companions are filled). */
  readonly companions: readonly Interval[];
}

function percentile(values: number[], point: number): Interval {
  if (values.length === 0 || Number.isNaN(point)) return [null, null];
  values.sort((a, b) => a - b);
  const low = quantileSorted(values, 0.025);
  const high = quantileSorted(values, 0.975);
  // A percentile interval can miss the estimate when the replicates are skewed; keep it inside.
  return [Math.min(low, point), Math.max(high, point)];
}

interface BucketSums {
  readonly buckets: number[];
  readonly valid: Float64Array;
  readonly top: Float64Array;
}

/** Per non-empty bucket: Σw of valid and of satisfied (or score) answers per scale question. */
function bucketSums(store: TallyStore, g: number, useScore: boolean): BucketSums {
  const { compiled } = store;
  const K = compiled.scaleQuestions.length;
  const T = store.weights ?? store.counts;
  const buckets: number[] = [];
  const valid = new Float64Array(store.buckets * K);
  const top = new Float64Array(store.buckets * K);
  const weightOf = useScore ? compiled.score : compiled.satisfied;
  for (let b = 0; b < store.buckets; b++) {
    const v = store.view(T, g, b);
    if (store.view(store.counts, g, b)[compiled.extras]! === 0) continue;
    buckets.push(b);
    for (const k of compiled.counted) {
      let sv = 0;
      let st = 0;
      for (let s = 1; s <= 5; s++) {
        sv += v[k * SLOTS + s]!;
        st += v[k * SLOTS + s]! * weightOf[s]!;
      }
      valid[b * K + k] = sv;
      top[b * K + k] = st;
    }
  }
  return { buckets, valid, top };
}

/** Bootstrap intervals of the element, overall and companion-mean indices of store group g. */
export function bootstrapGroup(
  store: TallyStore,
  g: number,
  settings: EstimateSettings,
  point: Indices,
  companionPoint: readonly number[],
): BootstrapIntervals {
  const compiled: CompiledInstrument = store.compiled;
  const E = compiled.elements.length;
  const none: BootstrapIntervals = {
    elements: Array.from({ length: E }, (): Interval => [null, null]),
    overall: [null, null],
    companions: compiled.companions.map((): Interval => [null, null]),
  };
  const B = settings.bootstrap;
  if (B === 0) return none;
  const K = compiled.scaleQuestions.length;
  const G = store.buckets;
  const useScore = settings.method === 'mean-score';
  const sums = bucketSums(store, g, useScore);
  const T = store.weights ?? store.counts;
  const rng = mulberry32(hashString(JSON.stringify(store.keys[g]), settings.seed));
  const draws = new Int32Array(G);
  const valid = new Float64Array(K);
  const top = new Float64Array(K);
  const zeros = new Float64Array(K);
  const elementValues: number[][] = Array.from({ length: E }, () => []);
  const overallValues: number[] = [];
  const companionValues: number[][] = compiled.companions.map(() => []);
  for (let r = 0; r < B; r++) {
    draws.fill(0);
    for (let j = 0; j < G; j++) draws[Math.floor(rng() * G)]! += 1;
    valid.set(zeros);
    top.set(zeros);
    for (const b of sums.buckets) {
      const m = draws[b]!;
      if (m === 0) continue;
      for (const k of compiled.counted) {
        valid[k]! += m * sums.valid[b * K + k]!;
        top[k]! += m * sums.top[b * K + k]!;
      }
    }
    const indices = computeIndices(compiled, settings.method, valid, top, top);
    for (let e = 0; e < E; e++) {
      const v = indices.elements[e]!;
      if (!Number.isNaN(v)) elementValues[e]!.push(v);
    }
    if (!Number.isNaN(indices.overall)) overallValues.push(indices.overall);
    compiled.companions.forEach((c, ci) => {
      if (c.statistic !== 'mean') return;
      let sw = 0;
      let swx = 0;
      for (const b of sums.buckets) {
        const m = draws[b]!;
        if (m === 0) continue;
        const v = store.view(T, g, b);
        sw += m * v[compiled.extras + c.slot]!;
        swx += m * v[compiled.extras + c.slot + 1]!;
      }
      if (sw > 0) companionValues[ci]!.push(swx / sw);
    });
  }
  return {
    elements: elementValues.map((values, e) => percentile(values, point.elements[e]!)),
    overall: percentile(overallValues, point.overall),
    companions: companionValues.map((values, ci) =>
      compiled.companions[ci]!.statistic === 'mean'
        ? percentile(values, companionPoint[ci]!)
        : [null, null],
    ),
  };
}
