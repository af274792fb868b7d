import type { Engine } from 'json-rules-engine';
import { parseOrThrow } from '../schema/parse.js';
import { compileRulePack, type RulePackEvaluator } from './compileRulePack.js';
import { DossierSchema } from './dossierSchema.js';
import type { Finding } from './findingSchema.js';
import { type CheckOptions, contextOf } from './internal/context.js';
import { dossierFacts } from './internal/dossierFacts.js';
import { dossierAsOf, dossierSubject } from './internal/dossierRun.js';
import { buildEngine, evaluateWithEngine } from './internal/engine.js';
import { tryParseDossier } from './internal/tryParseDossier.js';
import { ParsedDossiers, parseDossiers } from './parseDossiers.js';

const engines = new WeakMap<RulePackEvaluator, Engine>();
function engineOf(ev: RulePackEvaluator): Engine {
  let engine = engines.get(ev);
  if (engine === undefined) {
    engine = buildEngine(ev.dossierRules);
    engines.set(ev, engine);
  }
  return engine;
}

/**
 * Evaluates many dossiers with json-rules-engine, the reference path: one engine run per dossier, sequentially.
 * Same findings as {@link RulePackEvaluator.checkDossiers}, far slower; for tests, audits and benchmarks.
 *
 * @param dossiers - A {@link ParsedDossiers} batch, or dossiers to validate.
 * @param pack - A rule pack or an evaluator from {@link compileRulePack}.
 * @param options - `calendar` and `asOf`, as for {@link checkDossier}.
 * @returns A promise of the findings, dossier by dossier.
 * @example
 * const ref = await checkDossiersWithEngine(batch, getRulePack('vn-one-stop-2018'), { asOf: '2019-12-31' });
 */
export async function checkDossiersWithEngine(
  dossiers: ParsedDossiers | readonly unknown[],
  pack: unknown,
  options?: CheckOptions,
): Promise<Finding[]> {
  const ev = isEvaluator(pack) ? pack : compileRulePack(pack);
  const batch = dossiers instanceof ParsedDossiers ? dossiers : parseDossiers(dossiers);
  const { ctx, asOfDay } = contextOf(ev.pack, options);
  const engine = engineOf(ev);
  const out: Finding[] = [];
  for (const d of batch.items) {
    const day = dossierAsOf(d, asOfDay);
    const facts = dossierFacts(d, day, ctx);
    out.push(
      ...(await evaluateWithEngine(engine, ev.dossierRules, facts, dossierSubject(d), ctx, day)),
    );
  }
  return out;
}

function isEvaluator(x: unknown): x is RulePackEvaluator {
  return typeof x === 'object' && x !== null && 'dossierRules' in x && 'checkDossiers' in x;
}

/**
 * Checks one dossier with json-rules-engine (kiểm tra bằng json-rules-engine) — the reference path.
 *
 * json-rules-engine is asynchronous, so this returns a promise; {@link checkDossier} gives the same findings
 * synchronously through compiled closures. The engine is configured with a plain path resolver (no JSONPath on
 * data) and receives the dossier's facts as plain values; each rule's `applies` / `met` / `pending` conditions are
 * engine rules, and `because` lists the engine's own condition results.
 *
 * @param dossier - A dossier (validated first).
 * @param pack - A rule pack.
 * @param options - `calendar` and `asOf`, as for {@link checkDossier}.
 * @returns A promise of the findings, in the pack's rule order.
 * @throws {@link CchcError} on invalid input (the promise rejects).
 * @example
 * const findings = await checkDossierWithEngine(dossier, getRulePack('vn-one-stop-2018'), { asOf: '2019-03-01' });
 */
export async function checkDossierWithEngine(
  dossier: unknown,
  pack: unknown,
  options?: CheckOptions,
): Promise<Finding[]> {
  const d = tryParseDossier(dossier) ?? parseOrThrow(DossierSchema, dossier, 'dossier');
  return checkDossiersWithEngine([d], pack, options);
}
