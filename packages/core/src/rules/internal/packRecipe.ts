// How each shipped rule pack is made from its JSON file: written once, used by getRulePack (static imports, every
// pack bundled) and loadRulePack (dynamic imports, one chunk per file). This module imports no pack data, so that
// either entry point can use it without pulling in the other's imports.
import { shippedIdOrThrow } from '../../schema/internal/shippedId.js';
import { parseOrThrow } from '../../schema/parse.js';
import { mergeRulePacks } from '../mergeRulePacks.js';
import { type RulePack, RulePackSchema } from '../rulePackSchema.js';
import { SHIPPED_RULE_PACKS, type ShippedRulePackId } from '../shippedRulePacks.js';

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

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * Builds a shipped pack from the contents of its file (validated here) and, for an override pack, its built base;
 * the result is deep-frozen.
 */
export function assemblePack(
  id: ShippedRulePackId,
  json: unknown,
  base: RulePack | undefined,
): RulePack {
  const recipe = PACK_RECIPES[id];
  if (recipe.base === undefined) return deepFreeze(parseOrThrow(RulePackSchema, json, recipe.file));
  if (base?.id !== recipe.base) throw new Error(`${id}: base ${recipe.base} expected`); // a wiring bug, not input
  return deepFreeze(mergeRulePacks(base, json));
}
