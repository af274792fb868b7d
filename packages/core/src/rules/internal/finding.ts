import type { Because, Finding, FindingSubject } from '../findingSchema.js';
import type { CompiledRule, CompiledStage, Facts } from './compile.js';
import type { EvalContext } from './context.js';
import type { BecauseNode } from './intern.js';
import { renderMessage } from './messages.js';
import {
  FindingActual,
  FindingDue,
  FindingDueActual,
  FindingDueActualLate,
  FindingDueLate,
  FindingPlain,
} from './shapes.js';
import { MISSED, NOT_APPLICABLE, STATUS_NAMES, type StatusIndex } from './status.js';

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
  for (let i = 0; i < leaves.length; i++) n = I.stepCompiled(n, stage.stage, leaves[i]!, facts);
  return n;
}

/** Ends a rule's `because` path: after the stages, the informational facts (unless not applicable). */
export function closePath(
  cr: CompiledRule,
  s: StatusIndex,
  path: BecauseNode,
  facts: Facts,
  ctx: EvalContext,
): BecauseNode {
  let node = path;
  if (s !== NOT_APPLICABLE) {
    const I = ctx.intern;
    const infos = cr.infoFacts;
    for (let i = 0; i < infos.length; i++) {
      const info = infos[i]!;
      node = I.stepInfo(node, info, facts[info.slot]);
    }
  }
  return node;
}

/**
 * Completes a finding from the stages' path: informational facts, the deadline (due date, date done, lateness in
 * working days) and the message. `asOfDay` measures the lateness of an obligation still not done.
 */
export function finishFinding(
  cr: CompiledRule,
  s: StatusIndex,
  path: BecauseNode,
  facts: Facts,
  subject: FindingSubject,
  ctx: EvalContext,
  asOfDay: number,
): Finding {
  const node = closePath(cr, s, path, facts, ctx);
  return buildFinding(cr, s, node.list ?? ctx.intern.list(node), facts, subject, ctx, asOfDay);
}

/** Builds a finding from its status and `because` list: the deadline, the message, the right shape. */
export function buildFinding(
  cr: CompiledRule,
  s: StatusIndex,
  list: readonly Because[],
  facts: Facts,
  subject: FindingSubject,
  ctx: EvalContext,
  asOfDay: number,
): Finding {
  const I = ctx.intern;
  const because = list as Because[];
  const status = STATUS_NAMES[s]!;
  const citations = cr.citations as Finding['citations'];
  const dl = cr.deadline;
  if (s === NOT_APPLICABLE || dl === undefined)
    return new FindingPlain(
      cr.id,
      status,
      cr.severity,
      subject,
      citations,
      cr.constantMessages[s]!,
      because,
    );
  let due: number | null = null;
  let late = 0;
  const from = dl.from < 0 ? null : (facts[dl.from] as number | null);
  if (from !== null) {
    const n = dl.workingDays;
    due = n === undefined ? from : dl.before ? ctx.days.sub(from, n) : ctx.days.add(from, n);
  }
  const actual = dl.actual < 0 ? null : (facts[dl.actual] as number | null);
  if (s === MISSED && due !== null) {
    let until = asOfDay;
    if (actual !== null) until = actual;
    else if (dl.until >= 0) {
      const u = facts[dl.until] as number | null;
      if (u !== null && u < asOfDay) until = u;
    }
    const by = ctx.days.lag(due, until);
    if (by > 0) late = by;
  }
  if (due === null && actual === null)
    return new FindingPlain(
      cr.id,
      status,
      cr.severity,
      subject,
      citations,
      cr.constantMessages[s]!,
      because,
    );
  // A message without dates of its own is shared by the findings of its status and lateness.
  const tpl = cr.templates[s]!;
  const memo = cr.lateMessages[s]!;
  const message =
    (tpl.placesDates ? undefined : memo[late]) ??
    renderMessage(tpl, { due, actual, late: late === 0 ? undefined : late }, memo, I);
  // One constructor per shape: the optional fields are absent, not undefined, when there is no value.
  if (due === null)
    return new FindingActual(
      cr.id,
      status,
      cr.severity,
      subject,
      I.iso(actual!),
      citations,
      message,
      because,
    );
  const dueDate = I.iso(due);
  if (actual !== null) {
    const actualDate = I.iso(actual);
    return late === 0
      ? new FindingDueActual(
          cr.id,
          status,
          cr.severity,
          subject,
          dueDate,
          actualDate,
          citations,
          message,
          because,
        )
      : new FindingDueActualLate(
          cr.id,
          status,
          cr.severity,
          subject,
          dueDate,
          actualDate,
          late,
          citations,
          message,
          because,
        );
  }
  return late === 0
    ? new FindingDue(cr.id, status, cr.severity, subject, dueDate, citations, message, because)
    : new FindingDueLate(
        cr.id,
        status,
        cr.severity,
        subject,
        dueDate,
        late,
        citations,
        message,
        because,
      );
}
