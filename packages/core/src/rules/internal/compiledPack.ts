// Validation and compilation of a pack, shared by every check function. Frozen packs (the shipped ones, or any
// pack the caller froze) are compiled once and remembered; other packs are validated and compiled on each call,
// since they could change between calls.
import { parseOrThrow } from '../../schema/parse.js';
import type { RuleSubjectKind } from '../factCatalog.js';
import { type RulePack, RulePackSchema } from '../rulePackSchema.js';
import { type CompiledRule, compileRules } from './compile.js';
import { Interner } from './intern.js';
import { isTrustedPack } from './trustedPack.js';

export interface CompiledPack {
  readonly pack: RulePack;
  readonly rules: readonly CompiledRule[];
  readonly bySubject: Readonly<Record<RuleSubjectKind, readonly CompiledRule[]>>;
  /** Shared frozen `because` entries and lists of the fast path (memoisation only). */
  readonly intern: Interner;
}

const memo = new WeakMap<object, CompiledPack>();

/** Compiles an already validated pack. */
export function compileValidPack(pack: RulePack): CompiledPack {
  const rules = compileRules(pack);
  const of = (k: RuleSubjectKind) => rules.filter((r) => r.rule.subject === k);
  return {
    pack,
    rules,
    intern: new Interner(),
    bySubject: {
      dossier: of('dossier'),
      'inspection-week': of('inspection-week'),
      inspection: of('inspection'),
      report: of('report'),
      feedback: of('feedback'),
    },
  };
}

/** The compiled pack of a pack known to be valid (a shipped one), without zod; `undefined` for any other pack. */
export function compiledTrustedPack(pack: unknown): CompiledPack | undefined {
  if (!isTrustedPack(pack)) return undefined;
  let compiled = memo.get(pack);
  if (compiled === undefined) {
    compiled = compileValidPack(pack);
    memo.set(pack, compiled);
  }
  return compiled;
}

/** Validates (throwing a bilingual CchcError) and compiles a pack. */
export function compiledPackOf(pack: unknown): CompiledPack {
  const frozen = typeof pack === 'object' && pack !== null && Object.isFrozen(pack);
  if (frozen) {
    const hit = memo.get(pack);
    if (hit !== undefined) return hit;
  }
  const valid = isTrustedPack(pack) ? pack : parseOrThrow(RulePackSchema, pack, 'pack');
  const compiled = compileValidPack(valid);
  if (frozen) memo.set(pack as object, compiled);
  return compiled;
}
