// Bootstrap over hashed respondent buckets. Each respondent sits in one of G buckets chosen by a seeded hash of
// its id; a replicate draws G buckets with replacement (mulberry32, seeded by the seed and the group key) and
// recomputes the indices from the drawn buckets' sums. Because buckets are sums, any sharding or merge order gives
// the same buckets and so the same interval. With G ≥ n most buckets hold one respondent or none, and each
// respondent's multiplicity is Binomial(G, 1/G) ≈ Poisson(1): the Poisson bootstrap over respondents.
import { SLOTS } from './compile.js';
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

/** Bootstrap intervals of the element, overall and companion-mean indices of store group g. */
export function bootstrapGroup(
  store: TallyStore,
  g: number,
  settings: EstimateSettings,
  point: Indices,
  companionPoint: readonly number[],
): BootstrapIntervals {
  const { compiled } = store;
  const E = compiled.elements.length;
  const M = compiled.companions.length;
  const B = settings.bootstrap;
  if (B === 0) {
    return {
      elements: Array.from({ length: E }, (): Interval => [null, null]),
      overall: [null, null],
      companions: compiled.companions.map((): Interval => [null, null]),
    };
  }
  const K = compiled.scaleQuestions.length;
  const counted = compiled.counted;
  const Kc = counted.length;
  const G = store.buckets;
  const useScore = settings.method === 'mean-score';
  const weightOf = useScore ? compiled.score : compiled.satisfied;
  const kind = store.weighted ? 'weights' : 'counts';

  // Dense per-bucket sums of the used buckets: valid and satisfied (or score) per counted question; companions.
  const used: number[] = [];
  for (let b = 0; b < G; b++) if (store.bucketUsed(g, b)) used.push(b);
  const U = used.length;
  const sv = new Float64Array(U * Kc);
  const st = new Float64Array(U * Kc);
  const cw = new Float64Array(U * M);
  const cx = new Float64Array(U * M);
  const vector = new Float64Array(store.stride);
  used.forEach((b, u) => {
    store.bucketVector(kind, g, b, vector);
    for (let j = 0; j < Kc; j++) {
      const k = counted[j]!;
      for (let s = 1; s <= 5; s++) {
        sv[u * Kc + j]! += vector[k * SLOTS + s]!;
        st[u * Kc + j]! += vector[k * SLOTS + s]! * weightOf[s]!;
      }
    }
    compiled.companions.forEach((c, ci) => {
      if (c.statistic !== 'mean') return;
      cw[u * M + ci] = vector[compiled.extras + c.slot]!;
      cx[u * M + ci] = vector[compiled.extras + c.slot + 1]!;
    });
  });

  const rng = mulberry32(hashString(JSON.stringify(store.keys[g]), settings.seed));
  const draws = new Int32Array(G);
  const v = new Float64Array(Kc);
  const t = new Float64Array(Kc);
  const valid = new Float64Array(K);
  const top = new Float64Array(K);
  const sw = new Float64Array(M);
  const swx = new Float64Array(M);
  const out = { criteria: new Float64Array(K), elements: new Float64Array(E) };
  const elementValues: number[][] = Array.from({ length: E }, () => []);
  const overallValues: number[] = [];
  const companionValues: number[][] = compiled.companions.map(() => []);
  for (let r = 0; r < B; r++) {
    draws.fill(0);
    for (let j = 0; j < G; j++) draws[Math.floor(rng() * G)]! += 1;
    v.fill(0);
    t.fill(0);
    sw.fill(0);
    swx.fill(0);
    for (let u = 0; u < U; u++) {
      const m = draws[used[u]!]!;
      if (m === 0) continue;
      const o = u * Kc;
      for (let j = 0; j < Kc; j++) {
        v[j]! += m * sv[o + j]!;
        t[j]! += m * st[o + j]!;
      }
      for (let ci = 0; ci < M; ci++) {
        sw[ci]! += m * cw[u * M + ci]!;
        swx[ci]! += m * cx[u * M + ci]!;
      }
    }
    for (let j = 0; j < Kc; j++) {
      valid[counted[j]!] = v[j]!;
      top[counted[j]!] = t[j]!;
    }
    const indices = computeIndices(compiled, settings.method, valid, top, top, out);
    for (let e = 0; e < E; e++) {
      const x = indices.elements[e]!;
      if (!Number.isNaN(x)) elementValues[e]!.push(x);
    }
    if (!Number.isNaN(indices.overall)) overallValues.push(indices.overall);
    for (let ci = 0; ci < M; ci++) if (sw[ci]! > 0) companionValues[ci]!.push(swx[ci]! / sw[ci]!);
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
