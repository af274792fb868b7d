// Respondent ids: a canonical integer ("42") and the number 42 are the same respondent; everything else is compared
// as text. The ids also pick each respondent's resampling bucket by a seeded hash, so the bucket does not depend on
// the order, the shard or the batch a response arrives in. Integer ids below 2²⁷ live in a growable bitset (a
// million sequential ids cost 125 KB and a few milliseconds); other ids in Maps.
import { hashInteger, hashString } from './random.js';

/** A respondent id in normal form. */
export type NormalId = number | string;

const CANONICAL = /^(0|[1-9][0-9]{0,14})$/;
const BITSET_LIMIT = 2 ** 27;

/** Normal form of an id: canonical non-negative integers become numbers. */
export function normalizeId(id: string | number): NormalId {
  if (typeof id === 'number') return Number.isSafeInteger(id) && id >= 0 ? id : String(id);
  return CANONICAL.test(id) ? Number(id) : id;
}

/** The resampling bucket (0 … groups−1) of an id. */
export function bucketOf(id: NormalId, seed: number, groups: number): number {
  const h = typeof id === 'number' ? hashInteger(id, seed) : hashString(id, seed);
  return h % groups;
}

/**
 * Ids seen so far. The row an id was first seen in is kept for ids outside the bitset and for ids added one
 * response at a time; for the rest `firstRow` answers 0 ("seen before, row unknown").
 */
export class IdRegistry {
  #bits = new Uint32Array(1024);
  #bitCount = 0;
  readonly #others = new Map<NormalId, number>();
  readonly #rows = new Map<number, number>();
  #journal = new Int32Array(1024);
  #journalLength = 0;
  #journalOthers: NormalId[] = [];

  get size(): number {
    return this.#bitCount + this.#others.size;
  }

  /** The row an id was first seen in (0 when unknown), or `undefined` when new. */
  firstRow(id: NormalId): number | undefined {
    if (typeof id === 'number' && id < BITSET_LIMIT) {
      const word = id >>> 5;
      if (word >= this.#bits.length || (this.#bits[word]! & (1 << (id & 31))) === 0)
        return undefined;
      return this.#rows.get(id) ?? 0;
    }
    return this.#others.get(id);
  }

  /**
   * Adds an id unless present; returns the row it was first seen in (0 when unknown) when it was already there.
   * @param keepRow - remember the row of a bitset id too (the one-response path).
   */
  checkAndAdd(id: NormalId, row: number, keepRow = false): number | undefined {
    if (typeof id === 'number' && id < BITSET_LIMIT) {
      const word = id >>> 5;
      const bit = 1 << (id & 31);
      if (word >= this.#bits.length) this.#grow(word);
      const bits = this.#bits;
      if ((bits[word]! & bit) !== 0) return this.#rows.get(id) ?? 0;
      bits[word] = bits[word]! | bit;
      this.#bitCount++;
      if (this.#journalLength === this.#journal.length) {
        const journal = new Int32Array(this.#journalLength * 2);
        journal.set(this.#journal);
        this.#journal = journal;
      }
      this.#journal[this.#journalLength++] = id;
      if (keepRow) this.#rows.set(id, row);
      return undefined;
    }
    const first = this.#others.get(id);
    if (first !== undefined) return first;
    this.#others.set(id, row);
    this.#journalOthers.push(id);
    return undefined;
  }

  #grow(word: number): void {
    let size = this.#bits.length;
    while (size <= word) size *= 2;
    const bits = new Uint32Array(size);
    bits.set(this.#bits);
    this.#bits = bits;
  }

  /** Starts a batch that {@link rollback} can undo. */
  mark(): void {
    this.#journalLength = 0;
    this.#journalOthers = [];
  }

  /** Forgets every id added since the last {@link mark} (a batch that was rejected). */
  rollback(): void {
    for (let j = 0; j < this.#journalLength; j++) {
      const id = this.#journal[j]!;
      this.#bits[id >>> 5] = this.#bits[id >>> 5]! & ~(1 << (id & 31));
      this.#rows.delete(id);
    }
    this.#bitCount -= this.#journalLength;
    for (const id of this.#journalOthers) this.#others.delete(id);
    this.mark();
  }

  /** Ids present in both registries (word-wise AND of the bitsets, then the maps). */
  shared(other: IdRegistry): NormalId[] {
    const out: NormalId[] = [];
    const a = this.#bits;
    const b = other.#bits;
    for (let w = 0; w < Math.min(a.length, b.length); w++) {
      const both = a[w]! & b[w]!;
      if (both === 0) continue;
      for (let bit = 0; bit < 32; bit++) if ((both & (1 << bit)) !== 0) out.push(w * 32 + bit);
    }
    for (const id of other.#others.keys()) if (this.#others.has(id)) out.push(id);
    return out;
  }

  /** Adds every id of another registry (rows unknown: 0); call after checking {@link shared} is empty. */
  addAll(other: IdRegistry): void {
    const b = other.#bits;
    if (b.length > this.#bits.length) this.#grow(b.length - 1);
    const a = this.#bits;
    let added = 0;
    for (let w = 0; w < b.length; w++) {
      const fresh = b[w]! & ~a[w]!;
      if (fresh === 0) continue;
      a[w] = a[w]! | fresh;
      let x = fresh;
      while (x !== 0) {
        x &= x - 1;
        added++;
      }
    }
    this.#bitCount += added;
    for (const id of other.#others.keys()) if (!this.#others.has(id)) this.#others.set(id, 0);
  }

  /** Every id: bitset ids ascending, then the others in insertion order. */
  *ids(): IterableIterator<NormalId> {
    const bits = this.#bits;
    for (let w = 0; w < bits.length; w++) {
      const word = bits[w]!;
      if (word === 0) continue;
      for (let b = 0; b < 32; b++) if ((word & (1 << b)) !== 0) yield w * 32 + b;
    }
    yield* this.#others.keys();
  }
}
