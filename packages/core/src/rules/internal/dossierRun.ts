// The per-dossier loop shared by the fast evaluator (and, with an engine, by the reference path).
import type { Dossier } from '../dossierSchema.js';
import type { FactValue } from '../factCatalog.js';
import type { Finding, FindingSubject } from '../findingSchema.js';
import type { CompiledRule } from './compile.js';
import type { EvalContext } from './context.js';
import { dossierFacts } from './dossierFacts.js';
import { evaluateRule } from './evaluate.js';
import { dayOfStamp } from './timestamp.js';

/** The evaluation date of a dossier: the given one, or the day of its last event (of its receipt if none). */
export function dossierAsOf(d: Dossier, asOfDay: number | undefined): number {
  if (asOfDay !== undefined) return asOfDay;
  const last = d.events[d.events.length - 1];
  return dayOfStamp(last === undefined ? d.receivedAt : last.date);
}

/** The subject of a dossier's findings. */
export function dossierSubject(d: Dossier): FindingSubject {
  return { kind: 'dossier', id: d.id, unitCode: d.unitCode };
}

/** Evaluates every dossier rule on one validated dossier with the compiled closures; appends to `out`. */
export function runDossier(
  d: Dossier,
  rules: readonly CompiledRule[],
  ctx: EvalContext,
  asOf: number | undefined,
  out: Finding[],
  scratch?: FactValue[],
): void {
  const asOfDay = dossierAsOf(d, asOf);
  const facts = dossierFacts(d, asOfDay, ctx, scratch);
  const subject = dossierSubject(d);
  for (let i = 0; i < rules.length; i++)
    out.push(evaluateRule(rules[i]!, facts, subject, ctx, asOfDay));
}
