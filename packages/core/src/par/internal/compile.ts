import type { Bilingual } from '../../schema/CchcError.js';
import type { CriteriaSet, Criterion, CriterionMethod, RatingBand } from '../criteriaSetSchema.js';

/** Method codes in the typed arrays. */
export const KIND = { manual: 0, boolean: 1, rate: 2, survey: 3, deduction: 4 } as const;
export type Kind = (typeof KIND)[keyof typeof KIND];

/** One node of the tree in pre-order. */
export interface CompiledNode {
  readonly id: string;
  readonly title: Bilingual;
  readonly max: number;
  readonly method: CriterionMethod | undefined;
  /** Index of the parent node, −1 for a field. */
  readonly parent: number;
  /** Position of the field (0-based) this node belongs to. */
  readonly field: number;
  /** Position among the leaves, −1 for a node with children. */
  readonly leaf: number;
  /** Pre-order index one past the node's last descendant: descendants are (self, end). */
  readonly end: number;
}

/**
 * A criteria set flattened once for scoring: pre-order nodes, leaves in typed arrays (method code, maximum,
 * field, threshold scales as flat arrays), so scoring thousands of units × draws touches no objects.
 */
export interface CompiledSet {
  readonly set: CriteriaSet;
  readonly nodes: readonly CompiledNode[];
  readonly nodeIndex: ReadonlyMap<string, number>;
  /** Node index of each leaf, in tree order. */
  readonly leafNode: Int32Array;
  readonly leafIndex: ReadonlyMap<string, number>;
  readonly leafKind: Uint8Array;
  readonly leafMax: Float64Array;
  readonly leafField: Int32Array;
  /** Deduction: points per item; other kinds: unused. */
  readonly leafPerItem: Float64Array;
  /** Threshold steps of leaf l are [stepStart[l], stepStart[l + 1]); none → proportional. */
  readonly stepStart: Int32Array;
  readonly stepMin: Float64Array;
  readonly stepPoints: Float64Array;
  /** Node index of each field. */
  readonly fieldNode: Int32Array;
  readonly bands: readonly RatingBand[];
}

/** Flattens a validated criteria set. */
export function compile(set: CriteriaSet): CompiledSet {
  const nodes: CompiledNode[] = [];
  const leaves: number[] = [];
  const fieldNode: number[] = [];
  const visit = (c: Criterion, parent: number, field: number): void => {
    const index = nodes.length;
    const draft = {
      id: c.id,
      title: c.title,
      max: c.max,
      method: c.method,
      parent,
      field,
      leaf: c.children === undefined ? leaves.length : -1,
      end: index + 1,
    };
    nodes.push(draft);
    if (c.children === undefined) leaves.push(index);
    else for (const child of c.children) visit(child, index, field);
    draft.end = nodes.length;
  };
  set.fields.forEach((f, i) => {
    fieldNode.push(nodes.length);
    visit(f, -1, i);
  });
  const L = leaves.length;
  const leafKind = new Uint8Array(L);
  const leafMax = new Float64Array(L);
  const leafField = new Int32Array(L);
  const leafPerItem = new Float64Array(L);
  const stepStart = new Int32Array(L + 1);
  const mins: number[] = [];
  const points: number[] = [];
  leaves.forEach((n, l) => {
    const node = nodes[n]!;
    const method = node.method!;
    leafKind[l] = KIND[method.type];
    leafMax[l] = node.max;
    leafField[l] = node.field;
    stepStart[l] = mins.length;
    if (method.type === 'deduction') leafPerItem[l] = method.perItem;
    if ((method.type === 'rate' || method.type === 'survey') && method.thresholds) {
      for (const step of method.thresholds) {
        mins.push(step.min);
        points.push(step.points);
      }
    }
  });
  stepStart[L] = mins.length;
  return {
    set,
    nodes,
    nodeIndex: new Map(nodes.map((n, i) => [n.id, i])),
    leafNode: Int32Array.from(leaves),
    leafIndex: new Map(leaves.map((n, l) => [nodes[n]!.id, l])),
    leafKind,
    leafMax,
    leafField,
    leafPerItem,
    stepStart,
    stepMin: Float64Array.from(mins),
    stepPoints: Float64Array.from(points),
    fieldNode: Int32Array.from(fieldNode),
    bands: set.bands,
  };
}

/**
 * Points of leaf `l` for a value (points, 1/0, rate, index or count, as the method reads it).
 * Threshold scales are read top-down: the first step whose `min` the value reaches gives the points, none → 0.
 */
export function leafPoints(c: CompiledSet, l: number, value: number): number {
  const max = c.leafMax[l]!;
  switch (c.leafKind[l]) {
    case KIND.manual:
      return value;
    case KIND.boolean:
      return value > 0 ? max : 0;
    case KIND.deduction:
      return Math.max(0, max - c.leafPerItem[l]! * value);
    default: {
      const from = c.stepStart[l]!;
      const to = c.stepStart[l + 1]!;
      if (from === to) {
        const share = c.leafKind[l] === KIND.rate ? value : value / 100;
        return max * Math.min(1, Math.max(0, share));
      }
      for (let s = from; s < to; s++) if (value >= c.stepMin[s]! - 1e-12) return c.stepPoints[s]!;
      return 0;
    }
  }
}
