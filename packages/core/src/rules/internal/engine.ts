// The reference path: json-rules-engine decides each stage of each rule; the findings are then assembled by the
// same code as the fast path. The engine is configured with a plain dotted path resolver (never JSONPath on data),
// and facts are handed to it as plain runtime values.
import { Engine, type RuleResult, type TopLevelCondition } from 'json-rules-engine';
import { FACT_CATALOG, type FactDefinition, type FactValue } from '../factCatalog.js';
import type { Because, Finding, FindingStatus, FindingSubject } from '../findingSchema.js';
import type { CompiledRule, CompiledStage, Facts, Stage } from './compile.js';
import type { Condition, Operator } from './conditionCheck.js';
import type { EvalContext } from './context.js';
import { finishFinding, leafBecause } from './finding.js';

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

function stageFromEngine(
  results: ReadonlyMap<string, RuleResult>,
  cr: CompiledRule,
  st: CompiledStage,
  catalog: Record<string, FactDefinition>,
  out: Because[],
): boolean {
  const r = results.get(stageName(cr.id, st.stage));
  if (r === undefined)
    throw new Error(`json-rules-engine returned no result for ${cr.id}#${st.stage}`);
  for (const leaf of leavesOf(r.conditions as unknown as Record<string, unknown>, [])) {
    const isDate = catalog[leaf.fact]?.type === 'date';
    out.push(
      leafBecause(
        st.stage,
        { fact: leaf.fact, operator: leaf.operator, expected: leaf.value, isDate },
        leaf.factResult,
        leaf.result === true,
      ),
    );
  }
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
  const { results, failureResults } = await engine.run({ ...facts });
  const byName = new Map<string, RuleResult>();
  for (const r of results) byName.set(r.name, r);
  for (const r of failureResults) byName.set(r.name, r);
  return rules.map((cr) => {
    const catalog: Record<string, FactDefinition> = FACT_CATALOG[cr.rule.subject];
    const because: Because[] = [];
    let status: FindingStatus;
    if (cr.applies !== undefined && !stageFromEngine(byName, cr, cr.applies, catalog, because))
      status = 'not-applicable';
    else if (stageFromEngine(byName, cr, cr.met, catalog, because)) status = 'met';
    else if (cr.pending !== undefined)
      status = stageFromEngine(byName, cr, cr.pending, catalog, because) ? 'pending' : 'missed';
    else status = 'missed';
    return finishFinding(cr, status, because, facts, subject, ctx, asOfDay);
  });
}
