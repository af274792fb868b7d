// Per-call interning of what repeats across findings: `because` entries (a leaf's fact value and result), whole
// `because` lists, and formatted dates. Findings of a batch then share these frozen objects instead of allocating
// them again and again — most of the cost of producing full findings was garbage collection. The tables live in
// the evaluation context of one call and are dropped with it; they are capped so a huge batch cannot grow them
// without bound (past the cap, objects are simply allocated as before).
import { formatDayNumber } from '../../internal/days.js';
import type { FactValue } from '../factCatalog.js';
import type { Because } from '../findingSchema.js';
import type { CompiledLeaf, Stage } from './compile.js';
import { viDate } from './messages.js';

const CAP = 1 << 16;

/** A node of the trie of `because` lists, keyed by entry identity. */
export interface BecauseNode {
  readonly entry: Because | null;
  readonly parent: BecauseNode | null;
  children: Map<Because, BecauseNode> | null;
  list: readonly Because[] | null;
}

export class Interner {
  #entries = new Map<object, [Map<FactValue, Because>, Map<FactValue, Because>]>();
  #entryCount = 0;
  #nodeCount = 0;
  #roots = new Map<object, BecauseNode>();
  #iso = new Map<number, string>();
  #vi = new Map<number, string>();

  /** The `because` entry of a tested leaf with this value and result. */
  leaf(stage: Stage, leaf: CompiledLeaf, value: FactValue | undefined, holds: boolean): Because {
    const v = value === undefined ? null : value;
    let maps = this.#entries.get(leaf);
    if (maps === undefined) {
      maps = [new Map(), new Map()];
      this.#entries.set(leaf, maps);
    }
    const map = maps[holds ? 1 : 0];
    let e = map.get(v);
    if (e === undefined) {
      e = Object.freeze({
        fact: leaf.fact,
        value: leaf.isDate && typeof v === 'number' ? this.iso(v) : v,
        stage,
        operator: leaf.operator,
        expected: leaf.expected,
        holds,
      });
      if (this.#entryCount++ < CAP) map.set(v, e);
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
    let e = maps[0].get(v);
    if (e === undefined) {
      e = Object.freeze({
        fact: key.fact,
        value: key.isDate && typeof v === 'number' ? this.iso(v) : v,
      });
      if (this.#entryCount++ < CAP) maps[0].set(v, e);
    }
    return e;
  }

  /** The root of a rule's `because` lists. */
  root(rule: object): BecauseNode {
    let r = this.#roots.get(rule);
    if (r === undefined) {
      r = { entry: null, parent: null, children: null, list: null };
      this.#roots.set(rule, r);
    }
    return r;
  }

  /** The node after `node` for one more entry. */
  child(node: BecauseNode, entry: Because): BecauseNode {
    let next = node.children?.get(entry);
    if (next === undefined) {
      next = { entry, parent: node, children: null, list: null };
      if (this.#nodeCount++ < CAP) {
        node.children ??= new Map();
        node.children.set(entry, next);
      }
    }
    return next;
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
    let s = this.#iso.get(day);
    if (s === undefined) {
      s = formatDayNumber(day);
      if (this.#iso.size < CAP) this.#iso.set(day, s);
    }
    return s;
  }

  /** 'dd/mm/yyyy' of a day number. */
  vi(day: number): string {
    let s = this.#vi.get(day);
    if (s === undefined) {
      s = viDate(day);
      if (this.#vi.size < CAP) this.#vi.set(day, s);
    }
    return s;
  }
}
