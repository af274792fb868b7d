// Test fixtures of <cchc-checklist> (synthetic data, Khánh Sơn district, 2017). Dates worked by hand below.
import type { DossierInput, Inspection } from '@cchc/core';
import type { CchcChecklist } from '../checklist.js';
import '../define.js';

/**
 * A commune dossier (Sơn Bình, synthetic) under Khánh Sơn's 2017 rules. Calendar of May 2017 (no holiday after
 * 1/5): Mon 8, Tue 9, Wed 10, Thu 11, Fri 12, Sat 13, Sun 14, Mon 15.
 * - received and accepted Mon 8/5 08:30, 3 working days → due Thu 11/5 (9, 10, 11);
 * - supplement requested Tue 9/5 (1 working day after acceptance, within 3), with a reason and a new date 15/5,
 *   but WITHOUT an apology → `notice.supplement-apology` missed (letter 112/UBND-NV §4: "…hẹn lại, xin lỗi");
 * - resubmitted Wed 10/5, result ready Fri 12/5, citizen told by SMS the same day, returned Mon 15/5.
 */
export const supplementDossier: DossierInput = {
  id: 'SB-2017-0142',
  unitCode: 'KS-SB',
  procedure: { code: 'HT-05', name: 'Cấp Giấy xác nhận tình trạng hôn nhân', processingDays: 3 },
  channel: 'in-person',
  receivedAt: '2017-05-08T08:30',
  events: [
    { type: 'submitted', date: '2017-05-08T08:30' },
    { type: 'accepted', date: '2017-05-08T08:40', dueDate: '2017-05-11' },
    { type: 'transferred', date: '2017-05-08T10:00' },
    {
      type: 'supplement-requested',
      date: '2017-05-09T14:00',
      reason: 'Thiếu bản sao giấy chứng minh nhân dân',
      newDueDate: '2017-05-15',
    },
    { type: 'submitted', date: '2017-05-10T09:00' },
    { type: 'result-ready', date: '2017-05-12T10:00' },
    { type: 'citizen-notified', date: '2017-05-12T10:30', channel: 'sms' },
    { type: 'returned', date: '2017-05-15T08:00' },
  ],
};

/**
 * Two hand-ins turned back at reception, the first without a guidance slip (submitted 8/5, again 9/5 with no slip
 * in between → `notice.guidance-slip` missed), then refused on 10/5 without a legal basis
 * (`notice.refusal-legal-basis` missed).
 */
export const turnedBackDossier: DossierInput = {
  id: 'BCB-2017-0077',
  unitCode: 'KS-BCB',
  procedure: { code: 'CT-01', name: 'Chứng thực bản sao từ bản chính', processingDays: 1 },
  channel: 'in-person',
  receivedAt: '2017-05-08T09:00',
  events: [
    { type: 'submitted', date: '2017-05-08T09:00' },
    { type: 'submitted', date: '2017-05-09T09:00' },
    { type: 'refused', date: '2017-05-10T09:00', reason: 'Bản chính không hợp lệ' },
  ],
};

/**
 * Sơn Bình's inspection log for 8–21/5/2017 (ISO weeks 2017-W19 and 2017-W20): one inspection on Wed 10/5 that
 * recorded one violation, not marked handled; none in W20 → W19 met, W20 missed (at least 1 a week),
 * `inspection.violation-handled` missed.
 */
export const inspectionLog: Inspection[] = [
  { unitCode: 'KS-SB', date: '2017-05-10', inspectorRole: 'Chủ tịch UBND xã', violations: 1 },
];

/** Mounts a checklist with attributes and properties, waits for its first render (and its shipped pack's load). */
export async function mountChecklist(
  attrs: Record<string, string>,
  props: Partial<
    Pick<CchcChecklist, 'pack' | 'dossier' | 'inspections' | 'period' | 'reports' | 'year'>
  > = {},
): Promise<CchcChecklist> {
  const el = document.createElement('cchc-checklist');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  Object.assign(el, props);
  document.body.append(el);
  await el.updateComplete;
  return el;
}

/** The first element matching a selector in an element's shadow root (or inside a shadow-DOM node). */
export function $<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = (el.shadowRoot ?? el).querySelector<T>(selector);
  if (found === null) throw new Error(`no ${selector} in <${el.localName}>`);
  return found;
}

/** The row of a rule. */
export const row = (el: Element, ruleId: string) => $(el, `li[data-rule="${ruleId}"]`);
