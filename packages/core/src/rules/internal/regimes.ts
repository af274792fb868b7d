// The national one-stop regimes and the days each is in force, without their rules: regimeFor() answers from this
// table so that choosing a pack imports no pack data. regimeFor.test.ts checks it against the packs' own
// validFrom/validTo, so the two cannot drift apart.
import type { ShippedRulePackId } from '../shippedRulePacks.js';

/** A national regime: its pack id and first and last day in force (`validTo` absent: still in force). */
export interface Regime {
  readonly id: ShippedRulePackId;
  readonly validFrom: string;
  readonly validTo?: string;
}

/** In date order, each starting the day after the previous one ends. */
export const NATIONAL_REGIMES: readonly Regime[] = [
  // Quyết định 09/2015/QĐ-TTg, in force 15/5/2015; replaced by Nghị định 61/2018/NĐ-CP from 21/6/2018.
  { id: 'vn-one-stop-2015', validFrom: '2015-05-15', validTo: '2018-06-20' },
  // Nghị định 61/2018/NĐ-CP, in force 21/6/2018; replaced by Nghị định 118/2025/NĐ-CP from 1/7/2025.
  { id: 'vn-one-stop-2018', validFrom: '2018-06-21', validTo: '2025-06-30' },
  { id: 'vn-one-stop-2025', validFrom: '2025-07-01' },
];
