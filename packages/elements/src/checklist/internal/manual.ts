// Manual items (bằng chứng kiểm tra trực tiếp): evidence an inspector sees on paper that the exported data lacks.
// Ticking one adds the matching event (or fact) to a working copy; the core then re-evaluates that copy. Nothing here
// decides a status: it only writes down what the inspector attests, dated as the law expects it to have been done.
import type { Bilingual, Dossier, DossierEvent, Finding, Inspection, Report } from '@cchc/core';
import { rowKeyOf } from './rows.js';

/** Written in the `note` of every event or fact a manual item adds, so the working copy shows where it came from. */
export const MANUAL_NOTE =
  'Ghi nhận thủ công khi kiểm tra trực tiếp / recorded manually by the inspector';

/** One tickable piece of evidence, attached to the checklist row of the rule it answers. */
export interface ManualItem {
  /** Stable id, e.g. `'supplement-apology@2'` (the event index it follows). */
  readonly id: string;
  /** Key of the row it belongs to (see {@link rowKeyOf}). */
  readonly rowKey: string;
  readonly label: Bilingual;
}

const day = (stamp: string) => stamp.slice(0, 10);
const vn = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const dossierRow = (d: Dossier, ruleId: string) =>
  rowKeyOf({ ruleId, subject: { kind: 'dossier', id: d.id, unitCode: d.unitCode } });

type Patch = (events: DossierEvent[], asOf: string) => void;
interface DossierManual extends ManualItem {
  readonly apply: Patch;
}

const closes = (e: DossierEvent) => e.type === 'returned' || e.type === 'withdrawn';

/** Inserts an event after the last event dated on or before it, but before a closing event (date order kept). */
function insertByDate(events: DossierEvent[], event: DossierEvent): void {
  let at = events.length;
  while (at > 0 && (day(events[at - 1]!.date) > day(event.date) || closes(events[at - 1]!))) at--;
  events.splice(at, 0, event);
}

function dossierItems(d: Dossier, findings: readonly Finding[]): DossierManual[] {
  const items: DossierManual[] = [];
  const events = d.events;
  const acceptedAt = events.findIndex((e) => e.type === 'accepted');
  const closedAt = events.findIndex(closes);
  const before = (i: number) => acceptedAt < 0 || i < acceptedAt;

  // Guidance slip: a hand-in turned back (a later hand-in follows) with no slip in between.
  let openHandIn: { index: number; date: string } | null = { index: -1, date: d.receivedAt };
  let receptionEvents = 0;
  events.forEach((e, i) => {
    if (!before(i) || events.slice(0, i).some((x) => x.type === 'refused')) return;
    if (e.type === 'submitted') {
      const isReceipt = receptionEvents === 0 && day(e.date) === day(d.receivedAt);
      if (!isReceipt && openHandIn !== null) {
        const from = openHandIn;
        items.push({
          id: `guidance-slip@${i}`,
          rowKey: dossierRow(d, 'notice.guidance-slip'),
          label: {
            vi: `Đã phát phiếu hướng dẫn khi trả lại hồ sơ nộp ngày ${vn(day(from.date))}`,
            en: `A guidance slip was given when the hand-in of ${day(from.date)} was turned back`,
          },
          apply: (evs) => {
            const slip: DossierEvent = {
              type: 'guidance-issued',
              date: from.date,
              note: MANUAL_NOTE,
            };
            evs.splice(evs.indexOf(events[from.index + 1]!), 0, slip);
          },
        });
      }
      openHandIn = { index: i, date: e.date };
      receptionEvents++;
    } else if (e.type === 'guidance-issued' || e.type === 'supplement-requested') {
      openHandIn = null;
      receptionEvents++;
    }
  });

  const accepted = acceptedAt < 0 ? undefined : events[acceptedAt];
  if (accepted?.type === 'accepted' && accepted.receiptIssued === false)
    items.push({
      id: `receipt@${acceptedAt}`,
      rowKey: dossierRow(d, 'notice.receipt'),
      label: {
        vi: 'Đã cấp giấy tiếp nhận hồ sơ và hẹn trả kết quả',
        en: 'A receipt with the appointment date was issued',
      },
      apply: (evs) => {
        evs[evs.indexOf(accepted)] = { ...accepted, receiptIssued: true };
      },
    });

  events.forEach((e, i) => {
    if (e.type !== 'supplement-requested' || before(i)) return;
    const apologised = events.some(
      (x) => x.type === 'apology-issued' && day(x.date) === day(e.date) && x.about !== 'delay',
    );
    if (apologised) return;
    items.push({
      id: `supplement-apology@${i}`,
      rowKey: dossierRow(d, 'notice.supplement-apology'),
      label: {
        vi: `Đã xin lỗi công dân kèm yêu cầu bổ sung ngày ${vn(day(e.date))}`,
        en: `An apology accompanied the supplement request of ${day(e.date)}`,
      },
      apply: (evs) => {
        const apology: DossierEvent = {
          type: 'apology-issued',
          date: e.date,
          about: 'supplement',
          note: MANUAL_NOTE,
        };
        evs.splice(evs.indexOf(e) + 1, 0, apology);
      },
    });
  });

  const refusedAt = events.findIndex((e) => e.type === 'refused');
  const refusal = refusedAt < 0 ? undefined : events[refusedAt];
  if (
    refusal?.type === 'refused' &&
    (refusal.legalBasis === undefined || refusal.reason === undefined)
  )
    items.push({
      id: `refusal-legal-basis@${refusedAt}`,
      rowKey: dossierRow(d, 'notice.refusal-legal-basis'),
      label: {
        vi: 'Văn bản từ chối có nêu lý do và căn cứ pháp lý',
        en: 'The written refusal states its reasons and legal basis',
      },
      apply: (evs) => {
        evs[evs.indexOf(refusal)] = {
          ...refusal,
          reason: refusal.reason ?? MANUAL_NOTE,
          legalBasis: refusal.legalBasis ?? MANUAL_NOTE,
        };
      },
    });

  const readyAt = events.findIndex((e) => e.type === 'result-ready');
  const ready = readyAt < 0 ? undefined : events[readyAt];
  const notified = events.some((e, i) => e.type === 'citizen-notified' && i > readyAt);
  if (ready !== undefined && !notified)
    items.push({
      id: `early-notice@${readyAt}`,
      rowKey: dossierRow(d, 'notice.early-result'),
      label: {
        vi: `Đã báo công dân đến nhận kết quả ngày ${vn(day(ready.date))}`,
        en: `The citizen was told on ${day(ready.date)} that the result was ready`,
      },
      apply: (evs) => {
        const notice: DossierEvent = {
          type: 'citizen-notified',
          date: ready.date,
          channel: 'other',
          note: MANUAL_NOTE,
        };
        evs.splice(evs.indexOf(ready) + 1, 0, notice);
      },
    });

  // Late apology: dated on the last day it was due (the finding's due date, worked out by the core).
  const late = findings.find((f) => f.ruleId === 'notice.late-apology' && f.status === 'missed');
  const hasDelayApology = events.some(
    (e) => e.type === 'apology-issued' && (e.about === 'delay' || e.about === undefined),
  );
  const resultOn = events.find((e) => e.type === 'result-ready' || e.type === 'returned');
  const closedOn = closedAt < 0 ? undefined : day(events[closedAt]!.date);
  if (
    late?.dueDate !== undefined &&
    !hasDelayApology &&
    (accepted === undefined || day(accepted.date) <= late.dueDate) &&
    (closedOn === undefined || late.dueDate <= closedOn)
  ) {
    const on = late.dueDate;
    items.push({
      id: 'late-apology',
      rowKey: dossierRow(d, 'notice.late-apology'),
      label: {
        vi: `Đã gửi phiếu xin lỗi và hẹn lại ngày trả kết quả (ngày ${vn(on)})`,
        en: `An apology with a new date was sent (on ${on})`,
      },
      apply: (evs, asOf) => {
        // The new date proposed: when the result came, or (still open) the evaluation date.
        const newDue = resultOn === undefined ? asOf : day(resultOn.date);
        const apology: DossierEvent = {
          type: 'apology-issued',
          date: on,
          about: 'delay',
          note: MANUAL_NOTE,
          ...(newDue !== undefined && newDue >= on ? { newDueDate: newDue } : {}),
        };
        insertByDate(evs, apology);
      },
    });
  }
  return items;
}

/**
 * The manual items a dossier offers, computed on the dossier as given (so a ticked item stays on screen).
 *
 * @param dossier - The validated dossier.
 * @param findings - Its findings before any tick (the late apology is dated on its finding's due date).
 */
export function dossierManualItems(dossier: Dossier, findings: readonly Finding[]): ManualItem[] {
  return dossierItems(dossier, findings).map(({ id, rowKey, label }) => ({ id, rowKey, label }));
}

/**
 * The working copy of a dossier with the ticked items' events added; the input is not changed. A late apology
 * proposes as its new date the day the result came, or `asOf` while the dossier is still open.
 */
export function applyDossierManual(
  dossier: Dossier,
  findings: readonly Finding[],
  ticked: ReadonlySet<string>,
  asOf: string,
): Dossier {
  const events = [...dossier.events];
  for (const item of dossierItems(dossier, findings))
    if (ticked.has(item.id)) item.apply(events, asOf);
  return { ...dossier, events };
}

/** Manual items of an inspection log: a recorded violation was handled on the day (xử lý ngay). */
export function inspectionManualItems(log: readonly Inspection[]): ManualItem[] {
  const items: ManualItem[] = [];
  log.forEach((x, index) => {
    if (x.violations === 0 || x.handledOn !== undefined) return;
    items.push({
      id: `handled@${index}`,
      rowKey: rowKeyOf({
        ruleId: 'inspection.violation-handled',
        subject: { kind: 'inspection', unitCode: x.unitCode, date: x.date, index },
      }),
      label: {
        vi: `Vi phạm phát hiện ngày ${vn(x.date)} đã được xử lý ngay trong ngày`,
        en: `The violations found on ${x.date} were handled the same day`,
      },
    });
  });
  return items;
}

/** The working copy of an inspection log with the ticked `handledOn` facts. */
export function applyInspectionManual(
  log: readonly Inspection[],
  ticked: ReadonlySet<string>,
): Inspection[] {
  return log.map((x, index) =>
    ticked.has(`handled@${index}`) ? { ...x, handledOn: x.date, note: x.note ?? MANUAL_NOTE } : x,
  );
}

/** Manual items of the reporting findings: a report filed on paper by its deadline but missing from the list. */
export function reportManualItems(findings: readonly Finding[]): ManualItem[] {
  return findings.flatMap((f) =>
    f.subject.kind === 'report' &&
    f.dueDate !== undefined &&
    f.status !== 'met' &&
    f.status !== 'not-applicable'
      ? [
          {
            id: `report@${f.ruleId}@${f.subject.unitCode}@${f.subject.period}`,
            rowKey: rowKeyOf(f),
            label: {
              vi: `Đã nộp báo cáo kỳ ${f.subject.period} đúng hạn (${vn(f.dueDate)}), có bản lưu`,
              en: `The ${f.subject.period} report was filed by ${f.dueDate} (a copy is on file)`,
            },
          },
        ]
      : [],
  );
}

/** The working copy of a report list with the ticked reports filed on their deadline. */
export function applyReportManual(
  reports: readonly Report[],
  items: readonly Finding[],
  ticked: ReadonlySet<string>,
): Report[] {
  const out = [...reports];
  for (const f of items) {
    if (f.subject.kind !== 'report' || f.dueDate === undefined) continue;
    const { unitCode, period } = f.subject;
    if (!ticked.has(`report@${f.ruleId}@${unitCode}@${period}`)) continue;
    const at = out.findIndex(
      (r) => r.unitCode === unitCode && r.period === period && r.obligation === f.ruleId,
    );
    const filed: Report = { unitCode, obligation: f.ruleId, period, submittedOn: f.dueDate };
    if (at < 0) out.push(filed);
    else out[at] = filed;
  }
  return out;
}
