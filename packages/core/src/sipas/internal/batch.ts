// What both input paths (one response at a time, or a columnar batch) hand to the accumulator before anything is
// committed: validated codes, each row's local group, issues, new ids and comments.
import type { ScoringMethod } from '../instrumentSchema.js';
import type { SipasIssue } from '../types.js';
import { WEIGHT_SCALE } from './store.js';
import { MAX_WEIGHT, MIN_WEIGHT } from './weightBounds.js';

/** Parsed accumulator options. */
export interface AccumulatorSettings {
  readonly by: readonly string[];
  readonly method: ScoringMethod;
  readonly weighted: boolean;
  readonly seed: number;
  readonly onInvalid: 'throw' | 'exclude';
  readonly population: number | Readonly<Record<string, number>> | undefined;
  readonly bootstrap: number;
  readonly bootstrapGroups: number;
  readonly comments: boolean;
}

/** A free-text comment waiting to be committed. */
export interface PendingComment {
  /** Local group index of the row. */
  readonly group: number;
  readonly element: number;
  readonly respondentId: string;
  readonly question: string;
  readonly text: string;
}

/** A validated batch, not yet committed. */
export interface PendingBatch {
  readonly n: number;
  /** Local group of each row (index into `groupKeys`), −1 for an excluded row. */
  readonly localGroup: Int32Array;
  readonly groupKeys: readonly (readonly string[])[];
  readonly bucket: Uint8Array;
  readonly wq: Float64Array | null;
  readonly wq2: Float64Array | null;
  readonly scale: readonly Uint8Array[];
  readonly companion: readonly (Float64Array | null)[];
  readonly issues: readonly SipasIssue[];
  readonly excludedRows: number;
  readonly excludedAnswers: number;
  readonly comments: readonly PendingComment[];
}

/** Fixed-point weight and squared weight (see the guide: weights are rounded to multiples of 2⁻¹⁶). */
export function quantizeWeight(w: number): [number, number] {
  const wq = Math.round(w * WEIGHT_SCALE);
  return [wq, Math.round((wq * wq) / WEIGHT_SCALE)];
}

/** True for a usable weight. */
export function isWeight(w: unknown): w is number {
  return typeof w === 'number' && w >= MIN_WEIGHT && w <= MAX_WEIGHT;
}
