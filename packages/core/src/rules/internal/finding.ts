// Turns a decided status into a Finding: the same code for both evaluation paths, so they can only differ in how
// the status and the tested conditions were decided.
import { formatDayNumber } from '../../internal/days.js';
import type { FactValue } from '../factCatalog.js';
import type { Because, Finding, FindingStatus, FindingSubject } from '../findingSchema.js';
import type { CompiledLeaf, CompiledRule, CompiledStage, Facts, Stage } from './compile.js';
import type { EvalContext } from './context.js';
import { constantMessage, renderMessage } from './messages.js';

/** Shows a fact value: date facts (day numbers) as 'YYYY-MM-DD'. */
export function shown(value: FactValue | undefined, isDate: boolean): FactValue {
  if (value === undefined) return null;
  return isDate && typeof value === 'number' ? formatDayNumber(value) : value;
}

/** One `because` entry for a tested leaf condition. */
export function leafBecause(
  stage: Stage,
  leaf: Pick<CompiledLeaf, 'fact' | 'operator' | 'expected' | 'isDate'>,
  value: FactValue | undefined,
  holds: boolean,
): Because {
  return {
    fact: leaf.fact,
    value: shown(value, leaf.isDate),
    stage,
    operator: leaf.operator,
    expected: leaf.expected,
    holds,
  };
}

/** Appends the compiled path's `because` entries for a stage. */
export function pushStage(out: Because[], stage: CompiledStage, facts: Facts): void {
  const leaves = stage.leaves;
  for (let i = 0; i < leaves.length; i++) {
    const leaf = leaves[i]!;
    out.push(leafBecause(stage.stage, leaf, facts[leaf.fact], leaf.test(facts)));
  }
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
  because: Because[],
  facts: Facts,
  subject: FindingSubject,
  ctx: EvalContext,
  asOfDay: number,
): Finding {
  const finding: Finding = {
    ruleId: cr.id,
    status,
    severity: cr.severity,
    subject,
    citations: cr.citations as Finding['citations'],
    message: undefined as unknown as Finding['message'],
    because,
  };
  if (status === 'not-applicable') {
    finding.message = constant(cr, status);
    return finding;
  }
  for (const info of cr.infoFacts)
    because.push({ fact: info.fact, value: shown(facts[info.fact], info.isDate) });
  const dl = cr.deadline;
  let due: number | null = null;
  let actual: number | null = null;
  let late: number | undefined;
  if (dl !== undefined) {
    const from = dl.from === undefined ? null : (facts[dl.from] as number | null);
    if (from !== null) {
      const n = dl.workingDays;
      due = n === undefined ? from : dl.before ? ctx.days.sub(from, n) : ctx.days.add(from, n);
    }
    actual = dl.actual === undefined ? null : (facts[dl.actual] as number | null);
    if (status === 'missed' && due !== null) {
      const until = dl.until === undefined ? null : (facts[dl.until] as number | null);
      const by = ctx.days.lag(due, actual ?? (until !== null && until < asOfDay ? until : asOfDay));
      if (by > 0) late = by;
    }
  }
  if (due === null && actual === null) {
    finding.message = constant(cr, status);
    return finding;
  }
  const dueIso = due === null ? undefined : formatDayNumber(due);
  const actualIso = actual === null ? undefined : formatDayNumber(actual);
  if (dueIso !== undefined) finding.dueDate = dueIso;
  if (actualIso !== undefined) finding.actualDate = actualIso;
  if (late !== undefined) finding.lateByWorkingDays = late;
  finding.message = renderMessage(cr.messages, status, { due, dueIso, actual, actualIso, late });
  return finding;
}
