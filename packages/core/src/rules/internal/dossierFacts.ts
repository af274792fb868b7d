// The facts of one dossier, computed once from its events: counts, flags, working-day lags and day numbers.
// Every dossier rule reads these; nothing here depends on a rule's parameters, so both evaluation paths
// (json-rules-engine and compiled closures) see exactly the same facts.
import type { Dossier } from '../dossierSchema.js';
import type { FactValue } from '../factCatalog.js';
import type { EvalContext } from './context.js';
import { factSlots } from './slots.js';
import { dayOfStamp, minuteOfStamp, type Stamp } from './timestamp.js';

const S = factSlots('dossier');
const SLOT_COUNT = Object.keys(S).length;
/** A packed array with one slot per dossier fact. */
export function newFactArray(): FactValue[] {
  const a: FactValue[] = [];
  for (let i = 0; i < SLOT_COUNT; i++) a.push(null);
  return a;
}

/** Day from which a receipt counts, under the pack's reception convention (UNVERIFIED as law). */
export function receiptDay(stamp: Stamp, ctx: EvalContext): number {
  return receiptDayOf(stamp.day, stamp.minute, ctx);
}

/** {@link receiptDay} of a day number and a minute of the day (-1: not known). */
function receiptDayOf(day: number, minute: number, ctx: EvalContext): number {
  const { days, reception } = ctx;
  if (reception.nonWorkingDayCountsNextWorkingDay && !days.isWorking(day))
    return days.effective(day);
  if (
    reception.afterHoursCountsNextWorkingDay &&
    minute >= 0 &&
    minute >= reception.closesAtMinutes
  )
    return days.add(day, 1);
  return day;
}

/**
 * Computes the facts of a validated dossier as it stood at the end of `asOfDay` (later events are ignored), into
 * `into` when given (a batch reuses one array: the facts are read while its findings are built, never kept).
 */
export function dossierFacts(
  d: Dossier,
  asOfDay: number,
  ctx: EvalContext,
  into?: FactValue[],
): FactValue[] {
  const { days } = ctx;
  const recvDay = dayOfStamp(d.receivedAt);
  const recvMinute = minuteOfStamp(d.receivedAt);
  let accepted = false;
  let acceptDay = recvDay;
  let acceptMinute = recvMinute;
  let acceptDue: number | null = null;
  let receiptIssued = false;
  let refused = false;
  let refusedAtReception = false;
  let refusedDay: number | null = null;
  let refusalHasReason = false;
  let refusalHasLegalBasis = false;
  let withdrawnDay: number | null = null;
  let returnedDay: number | null = null;
  let turnBacks = 0;
  let withoutGuidance = 0;
  let handInOpen = true;
  let receptionEvents = 0;
  let supplements = 0;
  let firstSupplementDay: number | null = null;
  let supplementsWithoutReason = 0;
  let supplementsWithoutNewDueDate = 0;
  let lastSupplementNewDue: number | null = null;
  let resubmittedDay: number | null = null;
  let supplementDays: number[] | null = null;
  let transferredDay: number | null = null;
  let readyDay: number | null = null;
  let notifiedDay: number | null = null;
  let firstApology = -1;
  const events = d.events;
  let end = events.length; // events after the evaluation date are ignored
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    const day = dayOfStamp(e.date);
    if (day > asOfDay) {
      end = i;
      break;
    }
    switch (e.type) {
      case 'submitted':
        if (!accepted && !refused) {
          // The first hand-in on the day of receipt is the receipt itself; any later one means the
          // previous hand-in was turned back — with a slip if one was issued since.
          if (!(receptionEvents === 0 && day === recvDay)) {
            if (handInOpen) {
              turnBacks++;
              withoutGuidance++;
            }
            handInOpen = true;
          }
          receptionEvents++;
        } else if (accepted && supplements > 0) resubmittedDay = day;
        break;
      case 'guidance-issued':
        if (!accepted) {
          if (handInOpen) turnBacks++;
          handInOpen = false;
          receptionEvents++;
        }
        break;
      case 'accepted':
        accepted = true;
        acceptDay = day;
        acceptMinute = minuteOfStamp(e.date);
        // A date-only acceptance on the day of receipt takes the receipt's time (the 15:00 and closing cut-offs).
        if (acceptMinute < 0 && acceptDay === recvDay) acceptMinute = recvMinute;
        acceptDue = e.dueDate === undefined ? null : dayOfStamp(e.dueDate);
        receiptIssued = e.receiptIssued !== false;
        break;
      case 'supplement-requested':
        if (!accepted) {
          // Before acceptance a request to complete the dossier is the guidance slip itself (Mẫu 02).
          if (handInOpen) turnBacks++;
          handInOpen = false;
          receptionEvents++;
          break;
        }
        supplements++;
        firstSupplementDay ??= day;
        if (e.reason === undefined) supplementsWithoutReason++;
        if (e.newDueDate === undefined) supplementsWithoutNewDueDate++;
        lastSupplementNewDue = e.newDueDate === undefined ? null : dayOfStamp(e.newDueDate);
        resubmittedDay = null;
        supplementDays ??= [];
        supplementDays.push(day);
        break;
      case 'refused':
        refused = true;
        refusedAtReception = !accepted;
        refusedDay = day;
        refusalHasReason = e.reason !== undefined;
        refusalHasLegalBasis = e.legalBasis !== undefined;
        break;
      case 'transferred':
        transferredDay ??= day;
        break;
      case 'result-ready':
        readyDay ??= day;
        break;
      case 'citizen-notified':
        if (readyDay !== null) notifiedDay ??= day;
        break;
      case 'returned':
        returnedDay = day;
        break;
      case 'withdrawn':
        withdrawnDay = day;
        break;
      case 'apology-issued':
        if (firstApology < 0) firstApology = i; // read below, once the supplement requests are known
        break;
      default:
        break;
    }
  }
  // Apologies: one on the day of a supplement request accompanies it, unless `about` says otherwise.
  let supplementsWithoutApology = supplements;
  let delayApologies = 0;
  let lateApologyDay: number | null = null;
  let lateApologyHasNewDueDate = false;
  let rescheduledDueDay: number | null = null;
  {
    let covered: number[] | null = null;
    for (let i = firstApology < 0 ? end : firstApology; i < end; i++) {
      const e = events[i]!;
      if (e.type !== 'apology-issued') continue;
      const day = dayOfStamp(e.date);
      const about = e.about ?? (supplementDays?.includes(day) ? 'supplement' : 'delay');
      if (about === 'supplement') {
        covered ??= [];
        covered.push(day);
      } else {
        delayApologies++;
        if (lateApologyDay === null) {
          lateApologyDay = day;
          lateApologyHasNewDueDate = e.newDueDate !== undefined;
        }
        if (e.newDueDate !== undefined) rescheduledDueDay = dayOfStamp(e.newDueDate);
      }
    }
    if (covered !== null && supplementDays !== null) {
      const c = covered;
      supplementsWithoutApology = supplementDays.filter((x) => !c.includes(x)).length;
    }
  }

  const acceptedDay = accepted ? receiptDayOf(acceptDay, acceptMinute, ctx) : null;
  const receptionDay = accepted ? days.effective(acceptDay) : null;
  const appointment =
    acceptDue ??
    (d.dueDate === undefined ? null : dayOfStamp(d.dueDate)) ??
    (acceptedDay === null ? null : days.add(acceptedDay, d.procedure.processingDays));
  const closed = refused || withdrawnDay !== null || returnedDay !== null;
  let dueDay = appointment;
  let awaitingSupplement = false;
  if (supplements > 0) {
    if (lastSupplementNewDue !== null) dueDay = lastSupplementNewDue;
    else if (resubmittedDay !== null)
      dueDay = days.add(receiptDayOf(resubmittedDay, -1, ctx), d.procedure.processingDays);
    else {
      dueDay = null;
      awaitingSupplement = !closed;
    }
  }
  const live = accepted && !refused;
  const resultDay = live ? (readyDay ?? returnedDay) : null;
  const hasResult = resultDay !== null;
  const resultLateBy = hasResult && dueDay !== null ? days.lag(dueDay, resultDay) : null;
  const openUntil = withdrawnDay ?? asOfDay;
  const asOfLateBy = dueDay !== null ? days.lag(dueDay, openUntil) : null;
  const runsLate = live && dueDay !== null && (hasResult ? resultLateBy! > 0 : asOfLateBy! > 0);
  const f: FactValue[] = into ?? newFactArray();
  f[S.channel] = d.channel as string;
  f[S.accepted] = accepted;
  f[S.refused] = refused;
  f[S.refusedAtReception] = refusedAtReception;
  f[S.withdrawn] = withdrawnDay !== null;
  f[S.returned] = returnedDay !== null;
  f[S.receptionTurnBacks] = turnBacks;
  f[S.turnBacksWithoutGuidance] = withoutGuidance;
  f[S.receiptIssued] = receiptIssued;
  f[S.hasAppointment] = acceptDue !== null || d.dueDate !== undefined;
  f[S.returnedOnSpot] = accepted && returnedDay === acceptDay;
  f[S.supplementRequests] = supplements;
  f[S.supplementNoticeLag] =
    firstSupplementDay === null || acceptedDay === null
      ? null
      : days.lag(acceptedDay, firstSupplementDay);
  f[S.supplementsWithoutReason] = supplementsWithoutReason;
  f[S.supplementsWithoutNewDueDate] = supplementsWithoutNewDueDate;
  f[S.supplementsWithoutApology] = supplementsWithoutApology;
  f[S.awaitingSupplement] = awaitingSupplement;
  f[S.refusalHasReason] = refusalHasReason;
  f[S.refusalHasLegalBasis] = refusalHasLegalBasis;
  f[S.transferred] = transferredDay !== null;
  f[S.transferLag] =
    transferredDay === null || receptionDay === null
      ? null
      : days.lag(receptionDay, transferredDay);
  f[S.acceptedAtMinutes] = accepted && acceptMinute >= 0 ? acceptMinute : null;
  f[S.sinceAccepted] = receptionDay === null ? null : days.lag(receptionDay, asOfDay);
  f[S.hasResult] = hasResult;
  f[S.resultLateBy] = resultLateBy;
  f[S.asOfLateBy] = asOfLateBy;
  f[S.resultLateByRescheduled] =
    hasResult && rescheduledDueDay !== null ? days.lag(rescheduledDueDay, resultDay) : null;
  f[S.runsLate] = runsLate;
  f[S.delayApologies] = delayApologies;
  f[S.lateApologyLead] =
    lateApologyDay === null || dueDay === null ? null : days.between(lateApologyDay, dueDay);
  f[S.lateApologyHasNewDueDate] = lateApologyHasNewDueDate;
  f[S.readyEarlyBy] =
    live && readyDay !== null && dueDay !== null ? days.between(readyDay, dueDay) : null;
  f[S.notified] = notifiedDay !== null;
  f[S.earlyNoticeLag] =
    readyDay === null || notifiedDay === null ? null : days.lag(readyDay, notifiedDay);
  f[S.sinceReady] = readyDay === null ? null : days.lag(readyDay, asOfDay);
  f[S.returnedOnReadyDay] = readyDay !== null && returnedDay === readyDay;
  f[S.receivedDay] = receiptDayOf(recvDay, recvMinute, ctx);
  f[S.acceptedDay] = acceptedDay;
  f[S.receptionDay] = receptionDay;
  f[S.firstSupplementDay] = firstSupplementDay;
  f[S.dueDay] = dueDay;
  f[S.rescheduledDueDay] = rescheduledDueDay;
  f[S.resultDay] = resultDay;
  f[S.readyDay] = readyDay;
  f[S.notifiedDay] = notifiedDay;
  f[S.lateApologyDay] = lateApologyDay;
  f[S.refusedDay] = refusedDay;
  f[S.transferredDay] = transferredDay;
  f[S.returnedDay] = returnedDay;
  f[S.asOfDay] = asOfDay;
  return f;
}
