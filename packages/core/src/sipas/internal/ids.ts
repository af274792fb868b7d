// Respondent ids: a canonical integer ("42") and the number 42 are the same respondent; everything else is compared
// as text. The ids also pick each respondent's resampling bucket by a seeded hash, so the bucket does not depend on
// the order, the shard or the batch a response arrives in.
import { hashInteger, hashString } from './random.js';

/** A respondent id in normal form. */
export type NormalId = number | string;

const CANONICAL = /^(0|[1-9][0-9]{0,14})$/;

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

/** Ids seen so far, with the row each was first seen in (when known). */
export class IdRegistry {
  readonly #rows = new Map<NormalId, number>();

  get size(): number {
    return this.#rows.size;
  }

  /** The row an id was first seen in (`0` when it came from a merged or restored accumulator), or `undefined`. */
  firstRow(id: NormalId): number | undefined {
    return this.#rows.get(id);
  }

  add(id: NormalId, row: number): void {
    this.#rows.set(id, row);
  }

  ids(): IterableIterator<NormalId> {
    return this.#rows.keys();
  }
}
