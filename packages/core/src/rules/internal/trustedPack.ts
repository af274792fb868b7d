// Rule packs known to be valid: the shipped packs, whose files are stored in parsed form (loadRulePack.test.ts proves
// each equal to its schema's output) and frozen. Kept apart from the schema, so that code which only needs to know
// "already checked" (loadRulePack, compiling a shipped pack) carries no zod.
import type { RulePack } from '../rulePackSchema.js';

const trusted = new WeakSet<object>();

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** True for a pack returned by {@link trustPack}: frozen and valid, no need to check it again. */
export function isTrustedPack(input: unknown): input is RulePack {
  return input !== null && typeof input === 'object' && trusted.has(input);
}

/** Freezes a pack known to be valid (deeply) and remembers it as such. */
export function trustPack(pack: RulePack): RulePack {
  deepFreeze(pack);
  trusted.add(pack);
  return pack;
}
