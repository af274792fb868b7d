// The fast path: decides a rule with its compiled closures and builds the finding.
import type { Finding, FindingStatus, FindingSubject } from '../findingSchema.js';
import type { CompiledRule, CompiledStage, Facts } from './compile.js';
import type { EvalContext } from './context.js';
import { finishFinding, pushStage } from './finding.js';
import type { BecauseNode } from './intern.js';

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
  let node = ctx.intern.root(cr);
  let status: FindingStatus;
  let applies = true;
  if (cr.applies !== undefined) {
    node = pushStage(node, cr.applies, facts, ctx);
    applies = held(node, cr.applies, facts);
  }
  if (!applies) status = 'not-applicable';
  else {
    node = pushStage(node, cr.met, facts, ctx);
    if (held(node, cr.met, facts)) status = 'met';
    else if (cr.pending !== undefined) {
      node = pushStage(node, cr.pending, facts, ctx);
      status = held(node, cr.pending, facts) ? 'pending' : 'missed';
    } else status = 'missed';
  }
  return finishFinding(cr, status, node, facts, subject, ctx, asOfDay);
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
