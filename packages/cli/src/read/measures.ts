import type { ComplianceCount, ComplianceSummary, ParMeasures, SipasResult } from '@cchc/core';

/** Pools several rules' counts: met / (met + missed), `null` when none applied. */
function pooled(counts: readonly ComplianceCount[]): number | null {
  let met = 0;
  let applicable = 0;
  for (const c of counts) {
    met += c.met;
    applicable += c.applicable;
  }
  return applicable === 0 ? null : met / applicable;
}

/**
 * Turns a unit's compliance summary (`summarize` from the rules) into the PAR measures `example-commune-2017` reads
 * (see `parInputsFromMeasures`):
 * - `onTimeRate` ← `deadline.on-time`; `lateApologyRate` ← `notice.late-apology`;
 * - `noticeRate` ← every other `notice.*` rule pooled; `inspectionRate` ← `inspection.weekly`;
 * - `reportingRate` ← `report.*` except the self-assessments, pooled; `selfAssessmentRate` ← `report.self-assessment-*`;
 * - `feedbackAnsweredRate` ← `feedback.answered`; `unhandledViolations` ← missed `inspection.violation-handled`;
 * - `evaluationScore` ← the Circular 01/2018 mean processing-time score (0–2).
 * A rate with nothing to measure is `null` (the criterion is then not applicable).
 *
 * @example
 * complianceMeasures(summary, 'KS-SB') //=> { onTimeRate: 0.96, lateApologyRate: null, … }
 */
export function complianceMeasures(
  summary: ComplianceSummary,
  unitCode: string,
): ParMeasures['compliance'] {
  const unit = summary.units[unitCode];
  if (unit === undefined) return undefined;
  const rules = Object.entries(unit.byRule);
  const pick = (test: (id: string) => boolean) =>
    rules.filter(([id]) => test(id)).map(([, c]) => c);
  const one = (id: string) => (unit.byRule[id] === undefined ? undefined : unit.byRule[id]!.rate);
  const out: Record<string, number | null> = {};
  const set = (key: string, value: number | null | undefined) => {
    if (value !== undefined) out[key] = value;
  };
  set('onTimeRate', one('deadline.on-time'));
  set('lateApologyRate', one('notice.late-apology'));
  const notices = pick((id) => id.startsWith('notice.') && id !== 'notice.late-apology');
  if (notices.length > 0) set('noticeRate', pooled(notices));
  set('inspectionRate', one('inspection.weekly'));
  const reports = pick(
    (id) => id.startsWith('report.') && !id.startsWith('report.self-assessment'),
  );
  if (reports.length > 0) set('reportingRate', pooled(reports));
  const self = pick((id) => id.startsWith('report.self-assessment'));
  if (self.length > 0) set('selfAssessmentRate', pooled(self));
  set('feedbackAnsweredRate', one('feedback.answered'));
  const handled = unit.byRule['inspection.violation-handled'];
  if (handled !== undefined) set('unhandledViolations', handled.missed);
  else if (unit.byRule['inspection.weekly'] !== undefined) set('unhandledViolations', 0);
  if (unit.evaluation?.processingTime.mean !== undefined)
    set('evaluationScore', unit.evaluation.processingTime.mean);
  return out;
}

/** The overall SIPAS index of each unit in a result grouped by `unitCode`. */
export function sipasIndexByUnit(
  result: SipasResult,
): Map<string, { index: number | null; low: number | null; high: number | null }> {
  const map = new Map<string, { index: number | null; low: number | null; high: number | null }>();
  for (const g of result.groups) {
    const unit = g.key.unitCode;
    if (unit !== undefined)
      map.set(unit, { index: g.overall.index, low: g.overall.low, high: g.overall.high });
  }
  return map;
}
