// Statuses as small integers on the hot path (array indexes), names only in the finding itself.
import type { FindingStatus } from '../findingSchema.js';

export const MET = 0;
export const MISSED = 1;
export const PENDING = 2;
export const NOT_APPLICABLE = 3;
/** A status as an index into {@link STATUS_NAMES}. */
export type StatusIndex = typeof MET | typeof MISSED | typeof PENDING | typeof NOT_APPLICABLE;
/** The finding's status for each index. */
export const STATUS_NAMES: readonly FindingStatus[] = Object.freeze([
  'met',
  'missed',
  'pending',
  'not-applicable',
]);
