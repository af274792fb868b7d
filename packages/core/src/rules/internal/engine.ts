// The reference path: json-rules-engine decides each stage of each rule; the findings are then assembled by the
// same code as the fast path. The engine is configured with a plain dotted path resolver (never JSONPath on data),
// and facts are handed to it as plain runtime values.
import { Engine, type RuleResult, type TopLevelCondition } from 'json-rules-engine';
import type { FactValue } from '../factCatalog.js';
import type { Finding, FindingSubject } from '../findingSchema.js';
import type { CompiledRule, CompiledStage, Facts, Stage } from './compile.js';
import type { Condition, Operator } from './conditionCheck.js';
import type { EvalContext } from './context.js';
import { finishFinding } from './finding.js';
import type { BecauseNode } from './intern.js';
import { toFactRecord } from './slots.js';
import { MET, MISSED, NOT_APPLICABLE, PENDING, type StatusIndex } from './status.js';

/** A plain path resolver: `a.b.c` walks own properties; no JSONPath expressions are ever evaluated. */
export function plainPathResolver(value: object, path: string): unknown {
  let current: unknown = value;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, key))
      return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

const top = (c: Condition): TopLevelCondition =>
  ('all' in c || 'any' in c || 'not' in c ? c : { all: [c] }) as unknown as TopLevelCondition;

const stageName = (id: string, stage: Stage) => `${id}#${stage}`;

/** Builds one engine holding every stage of the given rules as an engine rule named `<ruleId>#<stage>`. */
export function buildEngine(rules: readonly CompiledRule[]): Engine {
  const engine = new Engine([], { allowUndefinedFacts: false, pathResolver: plainPathResolver });
  for (const cr of rules)
    for (const st of cr.stages)
      engine.addRule({
        name: stageName(cr.id, st.stage),
        conditions: top(st.condition),
        event: { type: cr.id, params: { stage: st.stage } },
      });
  return engine;
}

interface EngineLeaf {
  fact: string;
  operator: Operator;
  value: unknown;
  factResult?: FactValue;
  result?: boolean;
}

function leavesOf(node: Record<string, unknown>, out: EngineLeaf[]): EngineLeaf[] {
  if (Array.isArray(node.all)) for (const c of node.all) leavesOf(c, out);
  else if (Array.isArray(node.any)) for (const c of node.any) leavesOf(c, out);
  else if (node.not !== undefined && typeof node.not === 'object')
    leavesOf(node.not as Record<string, unknown>, out);
  else out.push(node as unknown as EngineLeaf);
  return out;
}

/** Decides one stage from the engine's result; extends the `because` path with the engine's own leaf results. */
function stageFromEngine(
  results: ReadonlyMap<string, RuleResult>,
  cr: CompiledRule,
  st: CompiledStage,
  ctx: EvalContext,
  path: { node: BecauseNode },
): boolean {
  const r = results.get(stageName(cr.id, st.stage));
  if (r === undefined)
    throw new Error(`json-rules-engine returned no result for ${cr.id}#${st.stage}`);
  const leaves = leavesOf(r.conditions as unknown as Record<string, unknown>, []);
  if (leaves.length !== st.leaves.length)
    throw new Error(`condition tree mismatch in ${cr.id}#${st.stage}`);
  leaves.forEach((leaf, i) => {
    const compiled = st.leaves[i]!;
    if (leaf.fact !== compiled.fact || leaf.operator !== compiled.operator)
      throw new Error(`condition mismatch in ${cr.id}#${st.stage} at leaf ${i}`);
    path.node = ctx.intern.stepEngine(
      path.node,
      st.stage,
      compiled,
      leaf.factResult,
      leaf.result === true,
    );
  });
  return r.result === true;
}

/** Runs the engine once on a subject's facts and returns one finding per rule, in the rules' order. */
export async function evaluateWithEngine(
  engine: Engine,
  rules: readonly CompiledRule[],
  facts: Facts,
  subject: FindingSubject,
  ctx: EvalContext,
  asOfDay: number,
): Promise<Finding[]> {
  const kind = rules[0]?.rule.subject ?? 'dossier';
  const { results, failureResults } = await engine.run(toFactRecord(kind, facts));
  const byName = new Map<string, RuleResult>();
  for (const r of results) byName.set(r.name, r);
  for (const r of failureResults) byName.set(r.name, r);
  return rules.map((cr) => {
    const path = { node: ctx.intern.root(cr) };
    let status: StatusIndex;
    if (cr.applies !== undefined && !stageFromEngine(byName, cr, cr.applies, ctx, path))
      status = NOT_APPLICABLE;
    else if (stageFromEngine(byName, cr, cr.met, ctx, path)) status = MET;
    else if (cr.pending !== undefined)
      status = stageFromEngine(byName, cr, cr.pending, ctx, path) ? PENDING : MISSED;
    else status = MISSED;
    return finishFinding(cr, status, path.node, facts, subject, ctx, asOfDay);
  });
}
