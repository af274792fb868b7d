// Rule packs known to be valid: the shipped packs, whose files are stored in parsed form (loadRulePack.test.ts proves
// each equal to its schema's output) and frozen. Kept apart from the schema, so that code which only needs to know
// "already checked" (loadRulePack, compiling a shipped pack) carries no zod.
import { trustRegistry } from '../../internal/trust.js';
import type { RulePack } from '../rulePackSchema.js';

const packs = trustRegistry<RulePack>();

/** True for a pack returned by {@link trustPack}: frozen and valid, no need to check it again. */
export const isTrustedPack = packs.is;

/** Freezes a pack known to be valid (deeply) and remembers it as such. */
export const trustPack = packs.trust;
