// Interning of what repeats across findings: `because` entries (a leaf's fact value and result), whole `because`
// lists, the rules' verdicts (verdicts.ts) and formatted dates. Findings then share these frozen objects instead of
// allocating them again and again. The fast path keeps one interner per compiled pack (compiledPack.ts), so the
// tables outlive a call; the reference path makes one per call. Everything is capped so a huge batch cannot grow
// them without bound (past a cap, objects are simply allocated as before), and nothing here changes a result.
import { formatDayNumber } from '../../internal/days.js';
import type { FactValue } from '../factCatalog.js';
import type { Because } from '../findingSchema.js';
import type { CompiledLeaf, CompiledRule, Stage } from './compile.js';
import { viDate } from './messages.js';
import { VerdictTable } from './verdicts.js';

const CAP = 1 << 16;
/** Children kept per trie node: past it (a fact with many values, e.g. a time of day), paths are not kept. */
const FANOUT = 24;

/**
 * A node of the trie of one rule's `because` lists. The entries along a path follow the rule's leaves in a fixed
 * order (applies, met, pending, then informational facts), and which leaf comes next depends only on the values
 * before it, so an edge is keyed by the next fact's value alone.
 */
export interface BecauseNode {
  readonly entry: Because | null;
  readonly parent: BecauseNode | null;
  /** Children for the commonest values, without hashing: true, false, null, and small integers (-8 … 55). */
  onTrue: BecauseNode | null;
  onFalse: BecauseNode | null;
  onNull: BecauseNode | null;
  small: (BecauseNode | undefined)[] | null;
  /** Children for other values. */
  next: Map<Key, BecauseNode> | null;
  children: number;
  list: readonly Because[] | null;
  /** When this node ends a stage's leaves: whether the stage held (a function of the values on the path). */
  result: boolean | undefined;
  /** When this node ends a rule's `because` list: the rule's status (index; -1 when not known). */
  status: number;
}

const SMALL_MIN = -8;
const SMALL_SIZE = 64;
const newNode = (entry: Because | null, parent: BecauseNode | null): BecauseNode => ({
  entry,
  parent,
  onTrue: null,
  onFalse: null,
  onNull: null,
  small: null,
  next: null,
  children: 0,
  list: null,
  result: undefined,
  status: -1,
});
const isSmall = (v: FactValue): v is number =>
  typeof v === 'number' &&
  Number.isInteger(v) &&
  v >= SMALL_MIN &&
  v < SMALL_MIN + SMALL_SIZE &&
  (v !== 0 || 1 / v > 0);
/** -0 as a map key: maps compare keys with SameValueZero, but a reason shows -0 and 0 differently. */
const NEGATIVE_ZERO = Symbol('-0');
type Key = FactValue | typeof NEGATIVE_ZERO;
const keyOf = (v: FactValue): Key => (v === 0 && 1 / v < 0 ? NEGATIVE_ZERO : v);

/** The child of `node` for value `v`, if kept. */
function childOf(node: BecauseNode, v: FactValue): BecauseNode | null | undefined {
  if (v === true) return node.onTrue;
  if (v === false) return node.onFalse;
  if (v === null) return node.onNull;
  if (isSmall(v)) return node.small?.[v - SMALL_MIN];
  return node.next?.get(keyOf(v));
}

export class Interner {
  #entries = new Map<object, [Map<Key, Because>, Map<Key, Because>]>();
  #entryCount = 0;
  #nodeCount = 0;
  #roots = new Map<object, BecauseNode>();
  #verdicts = new Map<CompiledRule, VerdictTable>();
  #iso = new DayStrings(formatDayNumber);
  #vi = new DayStrings(viDate);

  /** The `because` entry of a tested leaf with this value and result. */
  leaf(stage: Stage, leaf: CompiledLeaf, value: FactValue | undefined, holds: boolean): Because {
    const v = value === undefined ? null : value;
    let maps = this.#entries.get(leaf);
    if (maps === undefined) {
      maps = [new Map(), new Map()];
      this.#entries.set(leaf, maps);
    }
    const map = maps[holds ? 1 : 0];
    let e = map.get(keyOf(v));
    if (e === undefined) {
      e = Object.freeze({
        fact: leaf.fact,
        value: leaf.isDate && typeof v === 'number' ? this.iso(v) : v,
        stage,
        operator: leaf.operator,
        expected: leaf.expected,
        holds,
      });
      if (this.#entryCount++ < CAP) map.set(keyOf(v), e);
    }
    return e;
  }

  /** The `because` entry of an informational fact. */
  info(
    key: { readonly fact: string; readonly isDate: boolean },
    value: FactValue | undefined,
  ): Because {
    const v = value === undefined ? null : value;
    let maps = this.#entries.get(key);
    if (maps === undefined) {
      maps = [new Map(), new Map()];
      this.#entries.set(key, maps);
    }
    let e = maps[0].get(keyOf(v));
    if (e === undefined) {
      e = Object.freeze({
        fact: key.fact,
        value: key.isDate && typeof v === 'number' ? this.iso(v) : v,
      });
      if (this.#entryCount++ < CAP) maps[0].set(keyOf(v), e);
    }
    return e;
  }

  /** The root of a rule's `because` lists. */
  root(rule: object): BecauseNode {
    let r = this.#roots.get(rule);
    if (r === undefined) {
      r = newNode(null, null);
      this.#roots.set(rule, r);
    }
    return r;
  }

  /** The table of a rule's verdicts (fast path only). */
  verdicts(rule: CompiledRule): VerdictTable {
    let t = this.#verdicts.get(rule);
    if (t === undefined) {
      t = new VerdictTable(rule);
      this.#verdicts.set(rule, t);
    }
    return t;
  }

  /** The node after `node` for the next tested leaf (compiled path: the result is the leaf's own test). */
  stepCompiled(
    node: BecauseNode,
    stage: Stage,
    leaf: CompiledLeaf,
    facts: readonly FactValue[],
  ): BecauseNode {
    const v = facts[leaf.slot] ?? null;
    const next = childOf(node, v);
    if (next != null) return next;
    return this.#attach(node, v, this.leaf(stage, leaf, v, leaf.test(facts)));
  }

  /** The node after `node` for the next tested leaf, with the value and result json-rules-engine reported. */
  stepEngine(
    node: BecauseNode,
    stage: Stage,
    leaf: CompiledLeaf,
    value: FactValue | undefined,
    holds: boolean,
  ): BecauseNode {
    const v = value === undefined ? null : value;
    const next = childOf(node, v);
    if (next != null) return next;
    return this.#attach(node, v, this.leaf(stage, leaf, v, holds));
  }

  /** The node after `node` for the next informational fact. */
  stepInfo(
    node: BecauseNode,
    key: { readonly fact: string; readonly isDate: boolean },
    value: FactValue | undefined,
  ): BecauseNode {
    const v = value === undefined ? null : value;
    const next = childOf(node, v);
    if (next != null) return next;
    return this.#attach(node, v, this.info(key, v));
  }

  #attach(node: BecauseNode, v: FactValue, entry: Because): BecauseNode {
    const created = newNode(entry, node);
    if (this.#nodeCount >= CAP || node.children >= FANOUT) return created;
    this.#nodeCount++;
    node.children++;
    if (v === true) node.onTrue = created;
    else if (v === false) node.onFalse = created;
    else if (v === null) node.onNull = created;
    else if (isSmall(v)) {
      node.small ??= [];
      node.small[v - SMALL_MIN] = created;
    } else {
      node.next ??= new Map();
      node.next.set(keyOf(v), created);
    }
    return created;
  }

  /** The (frozen, shared) list of entries from the root to `node`. */
  list(node: BecauseNode): readonly Because[] {
    if (node.list !== null) return node.list;
    const out: Because[] = [];
    for (let n: BecauseNode | null = node; n !== null && n.entry !== null; n = n.parent)
      out.push(n.entry);
    out.reverse();
    node.list = Object.freeze(out);
    return node.list;
  }

  /** 'YYYY-MM-DD' of a day number. */
  iso(day: number): string {
    return this.#iso.get(day);
  }

  /** 'dd/mm/yyyy' of a day number. */
  vi(day: number): string {
    return this.#vi.get(day);
  }
}

const SHIFT = 9; // blocks of 512 days
const BLOCK = 1 << SHIFT;
const BLOCKS = 256; // days 0 … 131 071: 1970 to 2328
/** Formatted day numbers, kept in blocks of 512 days (array reads, no hashing); other days are not kept. */
class DayStrings {
  readonly #format: (day: number) => string;
  readonly #blocks: ((string | undefined)[] | undefined)[] = new Array(BLOCKS);
  constructor(format: (day: number) => string) {
    this.#format = format;
  }
  get(day: number): string {
    if (!(day >= 0 && day < BLOCK * BLOCKS)) return this.#format(day);
    const b = day >> SHIFT;
    let block = this.#blocks[b];
    if (block === undefined) {
      block = new Array(BLOCK);
      this.#blocks[b] = block;
    }
    const i = day - b * BLOCK;
    let s = block[i];
    if (s === undefined) {
      s = this.#format(day);
      block[i] = s;
    }
    return s;
  }
}
