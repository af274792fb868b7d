import type { Because, Finding, FindingStatus, FindingSubject } from '../findingSchema.js';
import type { CompiledRule, CompiledStage, Facts } from './compile.js';
import type { EvalContext } from './context.js';
import type { BecauseNode } from './intern.js';
import { renderMessage } from './messages.js';

/** Extends a `because` path with the compiled path's entries for a stage. */
export function pushStage(
  node: BecauseNode,
  stage: CompiledStage,
  facts: Facts,
  ctx: EvalContext,
): BecauseNode {
  const I = ctx.intern;
  const leaves = stage.leaves;
  let n = node;
  for (let i = 0; i < leaves.length; i++) {
    const leaf = leaves[i]!;
    n = I.stepCompiled(n, stage.stage, leaf, facts);
  }
  return n;
}

/**
 * Completes a finding: informational facts, the deadline (due date, date done, lateness in working days) and the
 * message. `asOfDay` measures the lateness of an obligation still not done.
 */
export function finishFinding(
  cr: CompiledRule,
  status: FindingStatus,
  path: BecauseNode,
  facts: Facts,
  subject: FindingSubject,
  ctx: EvalContext,
  asOfDay: number,
): Finding {
  const I = ctx.intern;
  let node = path;
  if (status !== 'not-applicable')
    for (const info of cr.infoFacts) node = I.stepInfo(node, info, facts[info.slot]);
  const because = I.list(node) as Because[];
  const dl = cr.deadline;
  if (status === 'not-applicable' || dl === undefined)
    return plain(cr, status, subject, because, cr.constantMessages[status]);
  let due: number | null = null;
  let late: number | undefined;
  const from = dl.from < 0 ? null : (facts[dl.from] as number | null);
  if (from !== null) {
    const n = dl.workingDays;
    due = n === undefined ? from : dl.before ? ctx.days.sub(from, n) : ctx.days.add(from, n);
  }
  const actual = dl.actual < 0 ? null : (facts[dl.actual] as number | null);
  if (status === 'missed' && due !== null) {
    const until = dl.until < 0 ? null : (facts[dl.until] as number | null);
    const by = ctx.days.lag(due, actual ?? (until !== null && until < asOfDay ? until : asOfDay));
    if (by > 0) late = by;
  }
  if (due === null && actual === null)
    return plain(cr, status, subject, because, cr.constantMessages[status]);
  const message = renderMessage(
    cr.messages,
    status,
    { due, actual, late },
    cr.lateMessages[status],
    I,
  );
  const dueDate = due === null ? undefined : I.iso(due);
  const actualDate = actual === null ? undefined : I.iso(actual);
  // One object literal per shape (fields in the documented order), rather than adding fields afterwards.
  if (dueDate !== undefined && actualDate !== undefined) {
    if (late === undefined)
      return {
        ruleId: cr.id,
        status,
        severity: cr.severity,
        subject,
        dueDate,
        actualDate,
        citations: cr.citations as Finding['citations'],
        message,
        because,
      };
    return {
      ruleId: cr.id,
      status,
      severity: cr.severity,
      subject,
      dueDate,
      actualDate,
      lateByWorkingDays: late,
      citations: cr.citations as Finding['citations'],
      message,
      because,
    };
  }
  if (dueDate !== undefined) {
    if (late === undefined)
      return {
        ruleId: cr.id,
        status,
        severity: cr.severity,
        subject,
        dueDate,
        citations: cr.citations as Finding['citations'],
        message,
        because,
      };
    return {
      ruleId: cr.id,
      status,
      severity: cr.severity,
      subject,
      dueDate,
      lateByWorkingDays: late,
      citations: cr.citations as Finding['citations'],
      message,
      because,
    };
  }
  return {
    ruleId: cr.id,
    status,
    severity: cr.severity,
    subject,
    actualDate,
    citations: cr.citations as Finding['citations'],
    message,
    because,
  };
}

function plain(
  cr: CompiledRule,
  status: FindingStatus,
  subject: FindingSubject,
  because: Because[],
  message: Finding['message'],
): Finding {
  return {
    ruleId: cr.id,
    status,
    severity: cr.severity,
    subject,
    citations: cr.citations as Finding['citations'],
    message,
    because,
  };
}
