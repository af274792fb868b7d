/**
 * Ids of the shipped rule packs (bộ quy tắc có sẵn), in order of their first day in force.
 *
 * Get one with {@link getRulePack} (synchronous; every pack is bundled) or {@link loadRulePack} (a promise; each
 * pack is fetched on first use, so a bundler splits it into its own chunk).
 *
 * @example
 * SHIPPED_RULE_PACKS.includes('khanhson-2017') //=> true
 */
export const SHIPPED_RULE_PACKS = [
  'vn-one-stop-2015',
  'khanhson-2017',
  'vn-one-stop-2018',
  'vn-one-stop-2025',
] as const;

/** Id of a shipped rule pack (mã bộ quy tắc có sẵn). */
export type ShippedRulePackId = (typeof SHIPPED_RULE_PACKS)[number];
