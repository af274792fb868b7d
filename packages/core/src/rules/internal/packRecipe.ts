// How each shipped rule pack is made from its JSON file: written once, used by getRulePack (static imports, every
// pack bundled) and loadRulePack (dynamic imports, one chunk per file). This module imports no pack data, so that
// either entry point can use it without pulling in the other's imports.
import { shippedIdOrThrow } from '../../schema/internal/shippedId.js';
import type { RulePack } from '../rulePackSchema.js';
import { SHIPPED_RULE_PACKS, type ShippedRulePackId } from '../shippedRulePacks.js';
import { mergeParsedPacks, type ParsedOverride } from './mergeParsed.js';
import { trustPack } from './trustedPack.js';

/** The JSON file of a pack (under `packages/core/data/rule-packs/`) and, for an override pack, the pack it extends. */
export interface PackRecipe {
  readonly file: string;
  readonly base?: ShippedRulePackId;
}

export const PACK_RECIPES: { readonly [K in ShippedRulePackId]: PackRecipe } = {
  'vn-one-stop-2015': { file: 'vn-one-stop-2015.json' },
  // Letter 112/UBND-NV adds Khánh Sơn's duties over the national 2015 regime.
  'khanhson-2017': { file: 'khanhson-2017.json', base: 'vn-one-stop-2015' },
  'vn-one-stop-2018': { file: 'vn-one-stop-2018.json' },
  // Decree 118/2025 keeps the 2018 duties it does not change: the file is an override of 2018.
  'vn-one-stop-2025': { file: 'vn-one-stop-2025.json', base: 'vn-one-stop-2018' },
};

/**
 * Checks a pack id: a text naming a shipped pack, or a bilingual CchcError (`invalid-input` for a non-text,
 * `unknown-pack` for an unknown id, listing the shipped ones).
 */
export const shippedPackId = (id: unknown): ShippedRulePackId =>
  shippedIdOrThrow(id, SHIPPED_RULE_PACKS, {
    code: 'unknown-pack',
    item: { vi: 'bộ quy tắc', en: 'rule pack' },
    listed: { vi: 'các bộ có sẵn', en: 'shipped packs' },
  });

/**
 * Builds a shipped pack from the contents of its file (stored in parsed form, trusted: no schema runs) and, for an
 * override pack, its built base; the result is deep-frozen and marked as valid.
 */
export function assemblePack(
  id: ShippedRulePackId,
  json: unknown,
  base: RulePack | undefined,
): RulePack {
  const recipe = PACK_RECIPES[id];
  // The files are stored in parsed form (RulePackSchema's or RulePackOverrideSchema's output), and the merge of an
  // override gives RulePackSchema's output: loadRulePack.test.ts proves both, so no schema runs here.
  if (recipe.base === undefined) return trustPack(json as RulePack);
  if (base?.id !== recipe.base) throw new Error(`${id}: base ${recipe.base} expected`); // a wiring bug, not input
  return trustPack(mergeParsedPacks(base, json as ParsedOverride) as RulePack);
}
