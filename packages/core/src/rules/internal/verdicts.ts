// Verdicts of the fast path, remembered by the exact values a rule reads. A rule's status and its `because` list
// are a function of the facts its conditions and informational facts read, and of nothing else; so once a rule has
// been decided for some values, the same values give the same verdict. Looking a verdict up is one probe of a
// compact hash table (the values coded as 32-bit integers), where walking the `because` trie costs a dependent,
// often cache-missing, load per condition. Keys are exact (no hashing collisions are trusted: every code is
// compared), so results never change; values that cannot be coded (fractions, -0, huge numbers, too many distinct
// strings) simply take the trie path. The table belongs to one compiled pack's interner and is capped.
import type { FactValue } from '../factCatalog.js';
import type { Because } from '../findingSchema.js';
import type { CompiledRule } from './compile.js';
import type { StatusIndex } from './status.js';

/** {@link VerdictTable.find}: no verdict yet for these values (they are kept for {@link VerdictTable.insert}). */
export const ABSENT = -1;
/** {@link VerdictTable.find}: the values cannot be coded; decide without the table. */
export const UNKEYED = -2;

const INITIAL = 64;
const MAX_CAPACITY = 1 << 14; // at most 8 192 verdicts per rule (half full)
const MAX_STRINGS = 16;
const LIMIT = 1 << 29;

/** The fact slots a compiled rule reads: every condition's and every informational fact's, each once. */
function slotsOf(cr: CompiledRule): number[] {
  const slots: number[] = [];
  for (const stage of cr.stages)
    for (const leaf of stage.leaves) if (!slots.includes(leaf.slot)) slots.push(leaf.slot);
  for (const info of cr.infoFacts) if (!slots.includes(info.slot)) slots.push(info.slot);
  return slots;
}

export class VerdictTable {
  readonly #slots: Int32Array;
  readonly #width: number;
  /** Strings seen at each key position; a string's code is its index. */
  readonly #strings: string[][];
  /** The key being looked up (codes, hash), for insert. */
  readonly #key: Int32Array;
  #hash = 0;
  #capacity = INITIAL;
  #count = 0;
  /**
   * One row of `width + 1` integers per entry: the status index + 1 (0: empty), then the key's codes — together,
   * so that a probe usually reads one cache line.
   */
  #rows: Int32Array;
  #lists: (readonly Because[] | undefined)[];

  constructor(cr: CompiledRule) {
    const slots = slotsOf(cr);
    this.#slots = Int32Array.from(slots);
    this.#width = slots.length;
    this.#strings = slots.map(() => []);
    this.#key = new Int32Array(slots.length);
    this.#rows = new Int32Array(INITIAL * (slots.length + 1));
    this.#lists = new Array(INITIAL).fill(undefined);
  }

  /**
   * Codes one value: an integer n (|n| < 2^29) as 4n, null / false / true as 1 / 5 / 9, the k-th string seen at
   * this position as 4k + 2; -1 when the value cannot be coded.
   */
  #code(position: number, v: FactValue | undefined): number {
    if (typeof v === 'number') {
      if ((v | 0) !== v || v >= LIMIT || v <= -LIMIT || (v === 0 && 1 / v < 0)) return -1;
      return v * 4;
    }
    if (v === null) return 1;
    if (v === false) return 5;
    if (v === true) return 9;
    if (typeof v !== 'string') return -1;
    const seen = this.#strings[position]!;
    let k = seen.indexOf(v);
    if (k < 0) {
      if (seen.length >= MAX_STRINGS) return -1;
      k = seen.push(v) - 1;
    }
    return k * 4 + 2;
  }

  /** The index of the verdict for these facts, {@link ABSENT} or {@link UNKEYED}. */
  find(facts: readonly FactValue[]): number {
    const w = this.#width;
    const key = this.#key;
    let h = 0x811c9dc5;
    for (let j = 0; j < w; j++) {
      const c = this.#code(j, facts[this.#slots[j]!]);
      if (c === -1) return UNKEYED;
      key[j] = c;
      h = Math.imul(h ^ c, 0x01000193);
    }
    h ^= h >>> 15;
    this.#hash = h;
    const mask = this.#capacity - 1;
    const rows = this.#rows;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const at = i * (w + 1);
      if (rows[at] === 0) return ABSENT;
      let j = 0;
      while (j < w && rows[at + 1 + j] === key[j]) j++;
      if (j === w) return i;
    }
  }

  /** The status of the verdict at index `i`. */
  status(i: number): StatusIndex {
    return (this.#rows[i * (this.#width + 1)]! - 1) as StatusIndex;
  }

  /** The `because` list of the verdict at index `i`. */
  list(i: number): readonly Because[] {
    return this.#lists[i]!;
  }

  /** Remembers the verdict for the values of the last {@link VerdictTable.find} that returned {@link ABSENT}. */
  insert(s: StatusIndex, list: readonly Because[]): void {
    if ((this.#count + 1) * 2 > this.#capacity) {
      if (this.#capacity >= MAX_CAPACITY) return;
      this.#grow();
    }
    const w = this.#width;
    const row = new Int32Array(w + 1);
    row[0] = s + 1;
    row.set(this.#key, 1);
    this.#place(row, this.#hash, list);
    this.#count++;
  }

  /** Writes a row (status + 1, codes) with its list at the first free place from its hash. */
  #place(row: Int32Array, hash: number, list: readonly Because[] | undefined): void {
    const size = this.#width + 1;
    const mask = this.#capacity - 1;
    let i = hash & mask;
    while (this.#rows[i * size] !== 0) i = (i + 1) & mask;
    this.#rows.set(row, i * size);
    this.#lists[i] = list;
  }

  #grow(): void {
    const size = this.#width + 1;
    const old = this.#rows;
    const oldLists = this.#lists;
    const oldCapacity = this.#capacity;
    this.#capacity = oldCapacity * 2;
    this.#rows = new Int32Array(this.#capacity * size);
    this.#lists = new Array(this.#capacity).fill(undefined);
    for (let i = 0; i < oldCapacity; i++) {
      const at = i * size;
      if (old[at] === 0) continue;
      let h = 0x811c9dc5;
      for (let j = 1; j < size; j++) h = Math.imul(h ^ old[at + j]!, 0x01000193);
      h ^= h >>> 15;
      this.#place(old.subarray(at, at + size), h, oldLists[i]);
    }
  }
}
