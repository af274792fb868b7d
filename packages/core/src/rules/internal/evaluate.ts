// The fast path: decides a rule with its compiled closures and builds the finding.
import type { Finding, FindingStatus, FindingSubject } from '../findingSchema.js';
import type { CompiledRule, Facts } from './compile.js';
import type { EvalContext } from './context.js';
import { finishFinding, pushStage } from './finding.js';

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
    applies = cr.applies.test(facts);
  }
  if (!applies) status = 'not-applicable';
  else {
    node = pushStage(node, cr.met, facts, ctx);
    if (cr.met.test(facts)) status = 'met';
    else if (cr.pending !== undefined) {
      node = pushStage(node, cr.pending, facts, ctx);
      status = cr.pending.test(facts) ? 'pending' : 'missed';
    } else status = 'missed';
  }
  return finishFinding(cr, status, node, facts, subject, ctx, asOfDay);
}
