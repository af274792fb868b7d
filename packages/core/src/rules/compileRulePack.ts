import type { Finding } from './findingSchema.js';
import { checkOne } from './internal/checkOne.js';
import type { CompiledRule } from './internal/compile.js';
import { compiledPackOf } from './internal/compiledPack.js';
import { type CheckOptions, contextOf } from './internal/context.js';
import { newFactArray } from './internal/dossierFacts.js';
import { handlesOf, runDossier } from './internal/dossierRun.js';
import { ParsedDossiers, parseDossiers } from './parseDossiers.js';
import type { RulePack } from './rulePackSchema.js';

/** A rule pack compiled for fast, synchronous evaluation (see {@link compileRulePack}). */
export interface RulePackEvaluator {
  /** The validated pack. */
  readonly pack: RulePack;
  /** Evaluates one dossier (validated first): one finding per dossier rule, in the pack's order. */
  checkDossier(dossier: unknown, options?: CheckOptions): Finding[];
  /**
   * Evaluates many dossiers: findings of the first dossier, then the second, … A {@link ParsedDossiers} batch
   * is not validated again; a plain array is validated as a whole first (nothing is evaluated if any row is bad).
   */
  checkDossiers(dossiers: ParsedDossiers | readonly unknown[], options?: CheckOptions): Finding[];
  /** @internal The compiled dossier rules (for the reference path). */
  readonly dossierRules: readonly CompiledRule[];
}

/**
 * Compiles a rule pack once into closures over each dossier's facts (biên dịch bộ quy tắc) — the fast path.
 *
 * Conditions are turned into JavaScript closures (no `eval`, no `new Function`); each dossier's facts (dates as
 * day numbers, working-day lags from the calendar's per-year tables) are computed once and shared by every rule.
 * The findings are identical to those of json-rules-engine ({@link checkDossierWithEngine}), which a property test
 * checks on generated dossiers.
 *
 * @param pack - A rule pack, e.g. from {@link getRulePack} or {@link mergeRulePacks} (validated here).
 * @returns An evaluator with `checkDossier` and `checkDossiers`.
 * @throws {@link CchcError} when the pack is invalid.
 * @example
 * const ev = compileRulePack(getRulePack('khanhson-2017'));
 * const findings = ev.checkDossiers(parseDossiers(rows), { asOf: '2017-12-31' });
 */
export function compileRulePack(pack: unknown): RulePackEvaluator {
  const compiled = compiledPackOf(pack);
  const rules = compiled.bySubject.dossier;
  return {
    pack: compiled.pack,
    dossierRules: rules,
    checkDossier(dossier, options) {
      return checkOne(compiled, dossier, options);
    },
    checkDossiers(dossiers, options) {
      const batch = dossiers instanceof ParsedDossiers ? dossiers : parseDossiers(dossiers);
      const { ctx, asOfDay } = contextOf(compiled.pack, options, compiled.intern);
      const items = batch.items;
      const out: Finding[] = [];
      const scratch = newFactArray();
      const handles = handlesOf(rules, ctx);
      for (let i = 0; i < items.length; i++)
        runDossier(items[i]!, rules, handles, ctx, asOfDay, out, scratch);
      return out;
    },
  };
}
