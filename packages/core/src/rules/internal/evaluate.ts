// The fast path: decides a rule with its compiled closures and builds the finding.
import type { Because, Finding, FindingSubject } from '../findingSchema.js';
import type { CompiledRule, CompiledStage, Facts } from './compile.js';
import type { EvalContext } from './context.js';
import { buildFinding, closePath, pushStage } from './finding.js';
import type { BecauseNode } from './intern.js';
import { MET, MISSED, NOT_APPLICABLE, PENDING, type StatusIndex } from './status.js';
import { ABSENT, type VerdictTable } from './verdicts.js';

/**
 * Evaluates one compiled rule on a subject's facts. The status follows the stages in order: `applies` false →
 * not-applicable; `met` → met; `pending` → pending; otherwise missed.
 */
export function evaluateRule(
  cr: CompiledRule,
  facts: Facts,
  subject: FindingSubject,
  ctx: EvalContext,
  asOfDay: number,
): Finding {
  const node = decide(cr, ctx.intern.root(cr), facts, ctx);
  return buildFinding(
    cr,
    node.status as StatusIndex,
    listOf(node, ctx),
    facts,
    subject,
    ctx,
    asOfDay,
  );
}

/**
 * {@link evaluateRule} with the rule's verdict table and trie root in the context's interner (fetched once per
 * batch by the caller): values already seen are decided by one table probe.
 */
export function evaluateWith(
  cr: CompiledRule,
  table: VerdictTable,
  root: BecauseNode,
  facts: Facts,
  subject: FindingSubject,
  ctx: EvalContext,
  asOfDay: number,
): Finding {
  const i = table.find(facts);
  if (i >= 0) return buildFinding(cr, table.status(i), table.list(i), facts, subject, ctx, asOfDay);
  const node = decide(cr, root, facts, ctx);
  const s = node.status as StatusIndex;
  const list = listOf(node, ctx);
  if (i === ABSENT) table.insert(s, list); // (UNKEYED: values the table cannot hold)
  return buildFinding(cr, s, list, facts, subject, ctx, asOfDay);
}

/**
 * Walks a rule's stages and informational facts on the `because` trie; returns the node ending the rule's list,
 * with the rule's status remembered on it (a function of the values on the path, like the list itself).
 */
function decide(cr: CompiledRule, root: BecauseNode, facts: Facts, ctx: EvalContext): BecauseNode {
  let node = root;
  let s: StatusIndex;
  const applies = cr.applies;
  if (applies !== undefined) node = pushStage(node, applies, facts, ctx);
  if (applies !== undefined && !held(node, applies, facts)) s = NOT_APPLICABLE;
  else {
    node = pushStage(node, cr.met, facts, ctx);
    if (held(node, cr.met, facts)) s = MET;
    else if (cr.pending !== undefined) {
      node = pushStage(node, cr.pending, facts, ctx);
      s = held(node, cr.pending, facts) ? PENDING : MISSED;
    } else s = MISSED;
  }
  node = closePath(cr, s, node, facts, ctx);
  node.status = s;
  return node;
}

function listOf(node: BecauseNode, ctx: EvalContext): readonly Because[] {
  return node.list ?? ctx.intern.list(node);
}

/**
 * Whether a stage held. The node reached after its leaves is determined by their values, and so is the result:
 * it is computed by the stage's compiled closure once and remembered on the node.
 */
function held(node: BecauseNode, stage: CompiledStage, facts: Facts): boolean {
  let r = node.result;
  if (r === undefined) {
    r = stage.test(facts);
    node.result = r;
  }
  return r;
}
