// The per-dossier loop shared by the fast evaluator (and, with an engine, by the reference path).
import type { Dossier } from '../dossierSchema.js';
import type { FactValue } from '../factCatalog.js';
import type { Finding, FindingSubject } from '../findingSchema.js';
import type { CompiledRule } from './compile.js';
import type { EvalContext } from './context.js';
import { dossierFacts } from './dossierFacts.js';
import { evaluateWith } from './evaluate.js';
import type { BecauseNode } from './intern.js';
import { DossierSubject } from './shapes.js';
import { dayOfStamp } from './timestamp.js';
import type { VerdictTable } from './verdicts.js';

/** The evaluation date of a dossier: the given one, or the day of its last event (of its receipt if none). */
export function dossierAsOf(d: Dossier, asOfDay: number | undefined): number {
  if (asOfDay !== undefined) return asOfDay;
  const last = d.events[d.events.length - 1];
  return dayOfStamp(last === undefined ? d.receivedAt : last.date);
}

/** The subject of a dossier's findings. */
export function dossierSubject(d: Dossier): FindingSubject {
  return new DossierSubject(d.id, d.unitCode);
}

/** The per-batch lookups of the fast path: each rule's verdict table and trie root, in the rules' order. */
export interface RuleHandles {
  readonly tables: readonly VerdictTable[];
  readonly roots: readonly BecauseNode[];
}

/** Fetches the {@link RuleHandles} of the rules from the context's interner. */
export function handlesOf(rules: readonly CompiledRule[], ctx: EvalContext): RuleHandles {
  return {
    tables: rules.map((r) => ctx.intern.verdicts(r)),
    roots: rules.map((r) => ctx.intern.root(r)),
  };
}

/** Evaluates every dossier rule on one validated dossier with the compiled closures; appends to `out`. */
export function runDossier(
  d: Dossier,
  rules: readonly CompiledRule[],
  handles: RuleHandles,
  ctx: EvalContext,
  asOf: number | undefined,
  out: Finding[],
  scratch?: FactValue[],
): void {
  const asOfDay = dossierAsOf(d, asOf);
  const facts = dossierFacts(d, asOfDay, ctx, scratch);
  const subject = dossierSubject(d);
  const { tables, roots } = handles;
  for (let i = 0; i < rules.length; i++)
    out.push(evaluateWith(rules[i]!, tables[i]!, roots[i]!, facts, subject, ctx, asOfDay));
}
