// The accumulator's state: flat Float64Array tallies per (group, resampling bucket, answer slot). Every tally is an
// integer (counts; weights in fixed point, units of 2⁻¹⁶), so sums are exact and merging in any order gives the
// same bits. Histograms are laid out [question][group][bucket][slot]: the tally loop runs one question at a time,
// and one question's slab (groups × buckets × 8 doubles) stays in the CPU cache.
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

/** One kind of tally: histograms and per-respondent counters. */
export interface Tally {
  hist: Float64Array;
  extra: Float64Array;
}

/** Which sum a tally holds: counts, Σ weights, Σ squared weights. */
export type TallyKind = 'counts' | 'weights' | 'squares';

export class TallyStore {
  readonly compiled: CompiledInstrument;
  readonly buckets: number;
  readonly weighted: boolean;
  /** Logical length of one bucket's vector: K×8 histogram slots, then the counters. */
  readonly stride: number;
  /** Counters per bucket. */
  readonly extras: number;
  /** Grouping values of each store group (index 0 is the scratch group). */
  readonly keys: string[][] = [[]];
  readonly #index = new Map<string, number>();
  #capacity = 4;
  readonly tallies: Partial<Record<TallyKind, Tally>> & { counts: Tally };

  constructor(compiled: CompiledInstrument, buckets: number, weighted: boolean) {
    this.compiled = compiled;
    this.buckets = buckets;
    this.weighted = weighted;
    this.stride = compiled.bucketStride;
    this.extras = compiled.bucketStride - compiled.extras;
    const make = (): Tally => ({
      hist: new Float64Array(this.#histSize(this.#capacity)),
      extra: new Float64Array(this.#capacity * buckets * this.extras),
    });
    this.tallies = weighted
      ? { counts: make(), weights: make(), squares: make() }
      : { counts: make() };
  }

  #histSize(capacity: number): number {
    return this.compiled.scaleQuestions.length * capacity * this.buckets * SLOTS;
  }

  /** Number of store groups, the scratch group included. */
  get size(): number {
    return this.keys.length;
  }

  /** Offset of (question k, group g) in a histogram array: G buckets × 8 slots follow. */
  histOffset(k: number, g: number): number {
    return (k * this.#capacity + g) * this.buckets * SLOTS;
  }

  /** Makes room for `groups` store groups (the scratch group included) at once. */
  reserve(groups: number): void {
    if (groups > this.#capacity) this.#grow(Math.max(groups, this.#capacity * 2));
  }

  /** The store group of a key (created on first use). */
  groupOf(values: readonly string[]): number {
    const key = JSON.stringify(values);
    let g = this.#index.get(key);
    if (g === undefined) {
      g = this.keys.length;
      this.keys.push([...values]);
      this.#index.set(key, g);
      if (this.keys.length > this.#capacity) this.#grow(this.#capacity * 2);
    }
    return g;
  }

  #grow(capacity: number): void {
    const K = this.compiled.scaleQuestions.length;
    const block = this.buckets * SLOTS;
    for (const t of Object.values(this.tallies)) {
      const hist = new Float64Array(this.#histSize(capacity));
      for (let k = 0; k < K; k++)
        hist.set(
          t.hist.subarray(k * this.#capacity * block, (k + 1) * this.#capacity * block),
          k * capacity * block,
        );
      const extra = new Float64Array(capacity * this.buckets * this.extras);
      extra.set(t.extra);
      t.hist = hist;
      t.extra = extra;
    }
    this.#capacity = capacity;
  }

  /**
   * Adds a prepared batch. One fused pass per scale question over its Uint8Array: the histogram slot, and for
   * counted questions the respondent's "answered this element" and "all answers satisfied" flags; then the
   * per-respondent counters.
   */
  tally(batch: PreparedBatch): void {
    const { n, group, bucket, wq, wq2 } = batch;
    const { compiled } = this;
    const G = this.buckets;
    const gb = new Int32Array(n);
    for (let i = 0; i < n; i++) gb[i] = group[i]! * G + bucket[i]!;
    const { counts, weights, squares } = this.tallies;
    const weighted = weights !== undefined && squares !== undefined && wq !== null && wq2 !== null;
    // Per respondent, one 32-bit word: bit e = "a valid answer in scored element e", bit 31 = "a valid answer
    // below satisfied". One OR per answer keeps the pass as light as the histogram increment itself.
    const flags = new Uint32Array(n);
    const bitOf = new Uint32Array(SLOTS);
    for (const e of compiled.scoredElements) {
      const element = compiled.elements[e]!;
      for (let s = 0; s < SLOTS; s++) {
        const valid = compiled.valid[s]!;
        const unsatisfied = valid & (1 ^ compiled.satisfied[s]!);
        bitOf[s] = ((valid << element.scored) | (unsatisfied << 31)) >>> 0;
      }
      for (const k of element.counted)
        this.#tallyColumn(
          k,
          batch.scale[k]!,
          gb,
          n,
          weighted ? wq : null,
          weighted ? wq2 : null,
          flags,
          bitOf,
        );
    }
    for (let k = 0; k < compiled.scaleQuestions.length; k++) {
      // Scale questions outside the index (e.g. "would you return?"): histogram only.
      if (!compiled.questions[compiled.scaleQuestions[k]!]!.counts)
        this.#tallyColumn(
          k,
          batch.scale[k]!,
          gb,
          n,
          weighted ? wq : null,
          weighted ? wq2 : null,
          null,
          bitOf,
        );
    }
    const passes: [Float64Array, Float64Array | null][] = [[counts.extra, null]];
    if (weighted) passes.push([weights.extra, wq], [squares.extra, wq2]);
    const X = this.extras;
    const E = compiled.scoredElements.length;
    const elementsMask = E === 0 ? 0 : (2 ** E - 1) >>> 0;
    for (const [T, w] of passes) {
      for (let i = 0; i < n; i++) {
        const f = flags[i]!;
        const b = gb[i]! * X;
        const wi = w ? w[i]! : 1;
        const any = (f & elementsMask) !== 0 ? wi : 0;
        T[b + EXTRA_ROWS]! += wi;
        T[b + EXTRA_ANY]! += any;
        if (f >>> 31 === 0) T[b + EXTRA_COMPREHENSIVE]! += any;
        for (let e = 0; e < E; e++) if ((f >>> e) & 1) T[b + EXTRA_ELEMENTS + e]! += wi;
      }
      compiled.companions.forEach((c, ci) => {
        const values = batch.companion[ci];
        if (c.statistic !== 'mean' || !values) return;
        for (let i = 0; i < n; i++) {
          const v = values[i]!;
          if (Number.isNaN(v)) continue;
          const wi = w ? w[i]! : 1;
          T[gb[i]! * X + c.slot]! += wi;
          T[gb[i]! * X + c.slot + 1]! += wi * v;
        }
      });
    }
  }

  /** One scale question's histogram (and the respondent flags when it counts). */
  #tallyColumn(
    k: number,
    col: Uint8Array,
    gb: Int32Array,
    n: number,
    wq: Float64Array | null,
    wq2: Float64Array | null,
    flags: Uint32Array | null,
    bitOf: Uint32Array,
  ): void {
    const off = this.histOffset(k, 0);
    const C = this.tallies.counts.hist;
    if (wq && wq2) {
      const W = this.tallies.weights!.hist;
      const Q = this.tallies.squares!.hist;
      for (let i = 0; i < n; i++) {
        const s = SLOT_OF[col[i]!]!;
        const j = off + gb[i]! * SLOTS + s;
        C[j]! += 1;
        W[j]! += wq[i]!;
        Q[j]! += wq2[i]!;
        if (flags) flags[i]! |= bitOf[s]!;
      }
    } else if (flags) {
      for (let i = 0; i < n; i++) {
        const s = SLOT_OF[col[i]!]!;
        C[off + gb[i]! * SLOTS + s]! += 1;
        flags[i]! |= bitOf[s]!;
      }
    } else {
      for (let i = 0; i < n; i++) C[off + gb[i]! * SLOTS + SLOT_OF[col[i]!]!]! += 1;
    }
  }

  /** One bucket's tallies as a logical vector: K×8 histogram slots, then the counters. */
  bucketVector(
    kind: TallyKind,
    g: number,
    b: number,
    out = new Float64Array(this.stride),
  ): Float64Array {
    const t = this.tallies[kind] ?? this.tallies.counts;
    const K = this.compiled.scaleQuestions.length;
    const hist = t.hist;
    for (let k = 0; k < K; k++) {
      const from = this.histOffset(k, g) + b * SLOTS;
      for (let s = 0; s < SLOTS; s++) out[k * SLOTS + s] = hist[from + s]!;
    }
    const from = (g * this.buckets + b) * this.extras;
    for (let x = 0; x < this.extras; x++) out[K * SLOTS + x] = t.extra[from + x]!;
    return out;
  }

  /** Whether bucket b of group g holds any response. */
  bucketUsed(g: number, b: number): boolean {
    return this.tallies.counts.extra[(g * this.buckets + b) * this.extras + EXTRA_ROWS]! > 0;
  }

  /** Adds group og of another store (same instrument and settings) into group g of this one. */
  #addGroup(g: number, other: TallyStore, og: number): void {
    const K = this.compiled.scaleQuestions.length;
    const block = this.buckets * SLOTS;
    for (const kind of Object.keys(this.tallies) as TallyKind[]) {
      const a = this.tallies[kind]!;
      const b = other.tallies[kind]!;
      for (let k = 0; k < K; k++) {
        const to = this.histOffset(k, g);
        const from = other.histOffset(k, og);
        for (let j = 0; j < block; j++) a.hist[to + j]! += b.hist[from + j]!;
      }
      const size = this.buckets * this.extras;
      for (let j = 0; j < size; j++) a.extra[g * size + j]! += b.extra[og * size + j]!;
    }
  }

  /** Adds another store's tallies (same instrument and settings), matching groups by key. */
  mergeFrom(other: TallyStore): void {
    for (let og = 1; og < other.keys.length; og++)
      this.#addGroup(this.groupOf(other.keys[og]!), other, og);
  }

  /** All of group g's tallies of one kind, bucket after bucket (for serialisation). */
  groupVector(kind: TallyKind, g: number): Float64Array {
    const out = new Float64Array(this.buckets * this.stride);
    for (let b = 0; b < this.buckets; b++)
      this.bucketVector(kind, g, b, out.subarray(b * this.stride, (b + 1) * this.stride));
    return out;
  }

  /** Sets one entry of group g's vector (the inverse of {@link groupVector}). */
  setGroupEntry(kind: TallyKind, g: number, at: number, value: number): void {
    const t = this.tallies[kind]!;
    const b = Math.floor(at / this.stride);
    const j = at % this.stride;
    const K = this.compiled.scaleQuestions.length;
    if (j < K * SLOTS)
      t.hist[this.histOffset(Math.floor(j / SLOTS), g) + b * SLOTS + (j % SLOTS)] = value;
    else t.extra[(g * this.buckets + b) * this.extras + (j - K * SLOTS)] = value;
  }

  /** Throws when a sum has reached 2⁵³, past which floating-point sums stop being exact integers. */
  assertExact(): void {
    for (const t of Object.values(this.tallies)) {
      for (const T of [t.hist, t.extra]) {
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
  }
}
