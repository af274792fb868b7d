import type { Dossier, Finding, Inspection, Report } from '@cchc/core';

/** What `cchc-change` carries: the re-evaluated findings and the working copy of the data they were computed on. */
export interface ChecklistChangeDetail {
  /** Every finding after re-evaluation (all rows, whatever the filter shows). */
  readonly findings: readonly Finding[];
  /** The working copy of the dossier, with the events the ticked manual items added (dossier mode). */
  readonly dossier: Dossier | undefined;
  /** The working copy of the inspection log (inspection mode). */
  readonly inspections: readonly Inspection[] | undefined;
  /** The working copy of the report list (reporting mode). */
  readonly reports: readonly Report[] | undefined;
  /** Ids of the manual items ticked, e.g. `'supplement-apology@3'`. */
  readonly manual: readonly string[];
}

/**
 * Fired by `<cchc-checklist>` after an inspector ticks or unticks a manual item and the element re-evaluated the
 * working copy (sự kiện thay đổi kết quả kiểm tra). Bubbles and crosses shadow roots.
 *
 * @example
 * checklist.addEventListener('cchc-change', (e) => console.log(e.detail.findings))
 */
export class CchcChecklistChangeEvent extends Event {
  readonly detail: ChecklistChangeDetail;
  constructor(detail: ChecklistChangeDetail) {
    super('cchc-change', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cchc-change': CchcChecklistChangeEvent;
  }
}
