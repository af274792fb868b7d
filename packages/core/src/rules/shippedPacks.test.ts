// The shipped rule packs are trusted, not parsed (no zod on the loaders' path): each file must be stored exactly as
// its schema returns it (every default written out, keys in the schema's order), and each built pack must equal what
// the zod path — RulePackSchema for a base pack, mergeRulePacks for an override — makes of the same file.
import { describe, expect, it } from 'vitest';
import khanhson2017 from '../../data/rule-packs/khanhson-2017.json';
import oneStop2015 from '../../data/rule-packs/vn-one-stop-2015.json';
import oneStop2018 from '../../data/rule-packs/vn-one-stop-2018.json';
import oneStop2025 from '../../data/rule-packs/vn-one-stop-2025.json';
import { getRulePack } from './getRulePack.js';
import { PACK_RECIPES } from './internal/packRecipe.js';
import { keyOrder } from './internal/testing.js';
import { isTrustedPack } from './internal/trustedPack.js';
import { loadRulePack } from './loadRulePack.js';
import { mergeRulePacks } from './mergeRulePacks.js';
import { type RulePack, RulePackOverrideSchema, RulePackSchema } from './rulePackSchema.js';
import { SHIPPED_RULE_PACKS, type ShippedRulePackId } from './shippedRulePacks.js';

const FILES: Record<ShippedRulePackId, unknown> = {
  'vn-one-stop-2015': oneStop2015,
  'khanhson-2017': khanhson2017,
  'vn-one-stop-2018': oneStop2018,
  'vn-one-stop-2025': oneStop2025,
};

const expectSame = (actual: unknown, expected: unknown) => {
  expect(actual).toStrictEqual(expected);
  expect(keyOrder(actual)).toEqual(keyOrder(expected));
};

/** The pack the zod path makes of a shipped file: parsed, or merged over the zod path's base. */
function zodPath(id: ShippedRulePackId): RulePack {
  const base = PACK_RECIPES[id].base;
  // A copy: the loaders freeze the imported file itself.
  const file = structuredClone(FILES[id]);
  return base === undefined ? RulePackSchema.parse(file) : mergeRulePacks(zodPath(base), file);
}

describe('shipped rule packs are stored in parsed form', () => {
  it.each(SHIPPED_RULE_PACKS)('%s: the file is its schema output', (id) => {
    const schema = PACK_RECIPES[id].base === undefined ? RulePackSchema : RulePackOverrideSchema;
    const file = structuredClone(FILES[id]);
    expectSame(file, schema.parse(file));
  });

  it.each(SHIPPED_RULE_PACKS)(
    '%s: getRulePack and loadRulePack give the zod path’s pack',
    async (id) => {
      const expected = zodPath(id);
      expectSame(structuredClone(getRulePack(id)), expected);
      expectSame(structuredClone(await loadRulePack(id)), expected);
      expect(isTrustedPack(getRulePack(id))).toBe(true);
      expect(isTrustedPack(await loadRulePack(id))).toBe(true);
    },
  );

  it('control: a pack is not trusted because it is frozen or valid', () => {
    const copy = Object.freeze(structuredClone(getRulePack('vn-one-stop-2018')));
    expect(isTrustedPack(copy)).toBe(false);
    expect(isTrustedPack(RulePackSchema.parse(copy))).toBe(false);
  });
});
