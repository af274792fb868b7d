// Facts of the subjects other than dossiers: a unit's week of inspections, one inspection, one report period,
// one feedback item. Keys match FACT_CATALOG.
import type { FactValue } from '../factCatalog.js';
import type { EvalContext } from './context.js';
import { receiptDay } from './dossierFacts.js';
import { toFactArray } from './slots.js';

/** Facts of one unit's ISO week (clipped to the period checked). */
export function inspectionWeekFacts(
  inspectionDays: readonly number[],
  start: number,
  end: number,
  asOfDay: number,
  ctx: EvalContext,
): FactValue[] {
  let count = 0;
  let last: number | null = null;
  for (const day of inspectionDays)
    if (day >= start && day <= end && day <= asOfDay) {
      count++;
      if (last === null || day > last) last = day;
    }
  let lastWorking = end;
  while (lastWorking > start && !ctx.days.isWorking(lastWorking)) lastWorking--;
  return toFactArray('inspection-week', {
    inspections: count,
    workingDays: ctx.days.between(start - 1, end),
    weekEnded: asOfDay >= end,
    weekStartDay: start,
    weekEndDay: lastWorking,
    lastInspectionDay: last,
  });
}

/** Facts of one inspection as it stood at `asOfDay`. */
export function inspectionFacts(
  day: number,
  violations: number,
  handledDay: number | null,
  asOfDay: number,
  ctx: EvalContext,
): FactValue[] {
  const handled = handledDay !== null && handledDay <= asOfDay;
  return toFactArray('inspection', {
    violations,
    handled,
    handleLag: handled ? ctx.days.lag(day, handledDay) : null,
    sinceInspection: ctx.days.lag(day, asOfDay),
    inspectionDay: day,
    handledDay: handled ? handledDay : null,
  });
}

/** Facts of one report period for one unit. */
export function reportFacts(
  start: number,
  cutoff: number,
  due: number,
  submittedDay: number | null,
  asOfDay: number,
  ctx: EvalContext,
): FactValue[] {
  const submitted = submittedDay !== null && submittedDay <= asOfDay;
  return toFactArray('report', {
    submitted,
    daysAfterDue: submitted ? ctx.days.lag(due, submittedDay) : null,
    asOfDaysAfterDue: ctx.days.lag(due, asOfDay),
    periodStartDay: start,
    cutoffDay: cutoff,
    submittedDay: submitted ? submittedDay : null,
  });
}

/** Facts of one feedback item as it stood at `asOfDay`. */
export function feedbackFacts(
  receivedOn: number,
  answeredOn: number | null,
  answerForm: string | null,
  asOfDay: number,
  ctx: EvalContext,
): FactValue[] {
  const from = receiptDay({ day: receivedOn, minute: -1 }, ctx);
  const answered = answeredOn !== null && answeredOn <= asOfDay;
  return toFactArray('feedback', {
    answered,
    answerLag: answered ? ctx.days.lag(from, answeredOn) : null,
    sinceReceived: ctx.days.lag(from, asOfDay),
    answerForm: answered ? answerForm : null,
    receivedDay: from,
    answeredDay: answered ? answeredOn : null,
  });
}
