// Turns a decided status into a Finding: the same code for both evaluation paths, so they can only differ in how
// the status and the tested conditions were decided. `because` lists and their entries are interned (shared,
// frozen) through the call's Interner.
import type { FactValue } from '../factCatalog.js';
import type { Because, Finding, FindingStatus, FindingSubject } from '../findingSchema.js';
import type { CompiledRule, CompiledStage, Facts } from './compile.js';
import type { EvalContext } from './context.js';
import type { BecauseNode } from './intern.js';
import { constantMessage, renderMessage } from './messages.js';

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
    n = I.child(n, I.leaf(stage.stage, leaf, facts[leaf.slot], leaf.test(facts)));
  }
  return n;
}

const constantCache = new WeakMap<CompiledRule, Map<FindingStatus, Finding['message']>>();
function constant(cr: CompiledRule, status: FindingStatus): Finding['message'] {
  let byStatus = constantCache.get(cr);
  if (byStatus === undefined) {
    byStatus = new Map();
    constantCache.set(cr, byStatus);
  }
  let m = byStatus.get(status);
  if (m === undefined) {
    m = Object.freeze(constantMessage(cr.messages, status));
    byStatus.set(status, m);
  }
  return m;
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
    for (const info of cr.infoFacts)
      node = I.child(node, I.info(info, facts[info.slot] as FactValue));
  const finding: Finding = {
    ruleId: cr.id,
    status,
    severity: cr.severity,
    subject,
    citations: cr.citations as Finding['citations'],
    message: undefined as unknown as Finding['message'],
    because: I.list(node) as Because[],
  };
  const dl = cr.deadline;
  if (status === 'not-applicable' || dl === undefined) {
    finding.message = constant(cr, status);
    return finding;
  }
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
  if (due === null && actual === null) {
    finding.message = constant(cr, status);
    return finding;
  }
  if (due !== null) finding.dueDate = I.iso(due);
  if (actual !== null) finding.actualDate = I.iso(actual);
  if (late !== undefined) finding.lateByWorkingDays = late;
  finding.message = renderMessage(cr.messages, status, { due, actual, late }, I);
  return finding;
}
