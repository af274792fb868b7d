// The accumulator's state: flat Float64Array tallies per (group, resampling bucket, slot). Every tally is an integer
// (counts; weights in fixed point, units of 2⁻¹⁶), so sums are exact and merging in any order gives the same bits.
import { CchcError } from '../../schema/CchcError.js';
import {
  type CompiledInstrument,
  EXTRA_ANY,
  EXTRA_COMPREHENSIVE,
  EXTRA_ELEMENTS,
  EXTRA_ROWS,
  SLOTS,
} from './compile.js';

/** Fixed-point unit of weights: w is stored as round(w · 2¹⁶). */
export const WEIGHT_SCALE = 65536;

/** Tally slot of a stored code: 0–5 as is, 6 skipped, 7 and 255 (and anything else) no answer. */
export const SLOT_OF: Uint8Array = (() => {
  const t = new Uint8Array(256).fill(7);
  for (let i = 0; i <= 7; i++) t[i] = i;
  return t;
})();

/** Responses of one batch, ready for the tally loop (all validated; excluded rows are in group 0). */
export interface PreparedBatch {
  readonly n: number;
  /** Store group of each row; 0 = excluded (a scratch group never reported). */
  readonly group: Int32Array;
  readonly bucket: Uint8Array;
  /** Fixed-point weight and squared weight per row, or `null` when unweighted. */
  readonly wq: Float64Array | null;
  readonly wq2: Float64Array | null;
  /** Codes per scale question (by scale index), read through {@link SLOT_OF}. */
  readonly scale: readonly Uint8Array[];
  /** Values of each `mean` companion's question per row (NaN = none), by companion index. */
  readonly companion: readonly (Float64Array | null)[];
}

export class TallyStore {
  readonly compiled: CompiledInstrument;
  readonly buckets: number;
  readonly weighted: boolean;
  readonly stride: number;
  readonly groupStride: number;
  /** Grouping values of each store group (index 0 is the scratch group). */
  readonly keys: string[][] = [[]];
  readonly #index = new Map<string, number>();
  counts: Float64Array;
  weights: Float64Array | null;
  squares: Float64Array | null;

  constructor(compiled: CompiledInstrument, buckets: number, weighted: boolean) {
    this.compiled = compiled;
    this.buckets = buckets;
    this.weighted = weighted;
    this.stride = compiled.bucketStride;
    this.groupStride = buckets * this.stride;
    const size = 4 * this.groupStride;
    this.counts = new Float64Array(size);
    this.weights = weighted ? new Float64Array(size) : null;
    this.squares = weighted ? new Float64Array(size) : null;
  }

  /** Number of store groups, the scratch group included. */
  get size(): number {
    return this.keys.length;
  }

  /** The store group of a key (created on first use). */
  groupOf(values: readonly string[]): number {
    const key = JSON.stringify(values);
    let g = this.#index.get(key);
    if (g === undefined) {
      g = this.keys.length;
      this.keys.push([...values]);
      this.#index.set(key, g);
      this.#reserve(this.keys.length);
    }
    return g;
  }

  #reserve(groups: number): void {
    const needed = groups * this.groupStride;
    if (needed <= this.counts.length) return;
    const grow = (a: Float64Array) => {
      const b = new Float64Array(Math.max(needed, a.length * 2));
      b.set(a);
      return b;
    };
    this.counts = grow(this.counts);
    if (this.weights) this.weights = grow(this.weights);
    if (this.squares) this.squares = grow(this.squares);
  }

  /** Adds a prepared batch: one pass per scale question over a Uint8Array, then the per-respondent counters. */
  tally(batch: PreparedBatch): void {
    const { n, group, bucket, wq, wq2 } = batch;
    const { compiled, stride, groupStride } = this;
    const C = this.counts;
    const W = this.weights;
    const Q = this.squares;
    const base = new Int32Array(n);
    for (let i = 0; i < n; i++) base[i] = group[i]! * groupStride + bucket[i]! * stride;
    const K = compiled.scaleQuestions.length;
    for (let k = 0; k < K; k++) {
      const col = batch.scale[k]!;
      const off = k * SLOTS;
      if (W && Q && wq && wq2) {
        for (let i = 0; i < n; i++) {
          const j = base[i]! + off + SLOT_OF[col[i]!]!;
          C[j]! += 1;
          W[j]! += wq[i]!;
          Q[j]! += wq2[i]!;
        }
      } else {
        for (let i = 0; i < n; i++) C[base[i]! + off + SLOT_OF[col[i]!]!]! += 1;
      }
    }
    this.#tallyRespondents(batch, base);
  }

  #tallyRespondents(batch: PreparedBatch, base: Int32Array): void {
    const { n, wq, wq2 } = batch;
    const { compiled } = this;
    const valid = compiled.valid;
    const unsatisfied = new Uint8Array(SLOTS);
    for (let s = 0; s < SLOTS; s++) unsatisfied[s] = valid[s]! & (1 ^ compiled.satisfied[s]!);
    const any = new Uint8Array(n);
    const all = new Uint8Array(n).fill(1);
    const E = compiled.scoredElements.length;
    const inElement = Array.from({ length: E }, () => new Uint8Array(n));
    for (const e of compiled.scoredElements) {
      const element = compiled.elements[e]!;
      const flags = inElement[element.scored]!;
      for (const k of element.counted) {
        const col = batch.scale[k]!;
        for (let i = 0; i < n; i++) {
          const s = SLOT_OF[col[i]!]!;
          flags[i]! |= valid[s]!;
          all[i]! &= 1 ^ unsatisfied[s]!;
        }
      }
      for (let i = 0; i < n; i++) any[i]! |= flags[i]!;
    }
    const x = compiled.extras;
    const arrays: [Float64Array, Float64Array | null, Float64Array | null][] = [
      [this.counts, null, null],
    ];
    if (this.weights && wq) arrays.push([this.weights, wq, null]);
    if (this.squares && wq2) arrays.push([this.squares, wq2, null]);
    for (const [T, w] of arrays) {
      for (let i = 0; i < n; i++) {
        const b = base[i]! + x;
        const wi = w ? w[i]! : 1;
        T[b + EXTRA_ROWS]! += wi;
        T[b + EXTRA_ANY]! += wi * any[i]!;
        T[b + EXTRA_COMPREHENSIVE]! += wi * (any[i]! & all[i]!);
      }
      for (let e = 0; e < E; e++) {
        const flags = inElement[e]!;
        for (let i = 0; i < n; i++)
          T[base[i]! + x + EXTRA_ELEMENTS + e]! += (w ? w[i]! : 1) * flags[i]!;
      }
      compiled.companions.forEach((c, ci) => {
        const values = batch.companion[ci];
        if (c.statistic !== 'mean' || !values) return;
        for (let i = 0; i < n; i++) {
          const v = values[i]!;
          if (Number.isNaN(v)) continue;
          const wi = w ? w[i]! : 1;
          T[base[i]! + x + c.slot]! += wi;
          T[base[i]! + x + c.slot + 1]! += wi * v;
        }
      });
    }
  }

  /** Adds another store's tallies (same instrument and settings), matching groups by key. */
  mergeFrom(other: TallyStore): void {
    for (let g = 1; g < other.keys.length; g++) {
      const target = this.groupOf(other.keys[g]!);
      const from = g * other.groupStride;
      const to = target * this.groupStride;
      const add = (a: Float64Array, b: Float64Array) => {
        for (let j = 0; j < this.groupStride; j++) a[to + j]! += b[from + j]!;
      };
      add(this.counts, other.counts);
      if (this.weights && other.weights) add(this.weights, other.weights);
      if (this.squares && other.squares) add(this.squares, other.squares);
    }
  }

  /** Throws when a sum has reached 2⁵³, past which floating-point sums stop being exact integers. */
  assertExact(): void {
    for (const T of [this.counts, this.weights, this.squares]) {
      if (!T) continue;
      for (let i = 0; i < T.length; i++) {
        if (T[i]! >= 2 ** 53) {
          throw new CchcError('too-large', [
            {
              path: 'weight',
              expected: {
                vi: 'tổng trọng số < 2⁵³ đơn vị 2⁻¹⁶',
                en: 'weight sums below 2⁵³ units of 2⁻¹⁶',
              },
              message: {
                vi: 'tổng trọng số quá lớn để cộng chính xác; hãy chuẩn hóa trọng số (ví dụ trung bình 1)',
                en: 'weight sums too large to add exactly; normalise the weights (e.g. to mean 1)',
              },
            },
          ]);
        }
      }
    }
  }

  /** The tallies of store group g, bucket b (a view; do not write). */
  view(T: Float64Array, g: number, b: number): Float64Array {
    const start = g * this.groupStride + b * this.stride;
    return T.subarray(start, start + this.stride);
  }
}
