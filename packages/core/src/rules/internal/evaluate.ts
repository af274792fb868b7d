// The fast path: decides a rule with its compiled closures and builds the finding.
import type { Because, Finding, FindingStatus, FindingSubject } from '../findingSchema.js';
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
  const because: Because[] = [];
  let status: FindingStatus;
  let applies = true;
  if (cr.applies !== undefined) {
    pushStage(because, cr.applies, facts);
    applies = cr.applies.test(facts);
  }
  if (!applies) status = 'not-applicable';
  else {
    pushStage(because, cr.met, facts);
    if (cr.met.test(facts)) status = 'met';
    else if (cr.pending !== undefined) {
      pushStage(because, cr.pending, facts);
      status = cr.pending.test(facts) ? 'pending' : 'missed';
    } else status = 'missed';
  }
  return finishFinding(cr, status, because, facts, subject, ctx, asOfDay);
}
