/** Detail of {@link CchcSelectEvent}. */
export interface CchcSelectDetail {
  /** Code of the unit chosen. */
  readonly unitCode: string;
  /** Its name, when the result has one. */
  readonly unitName?: string;
}

/**
 * `cchc-select`: the user activated a unit's row in the ranking (click, or Enter/Space on its name). The host may then
 * set `unit-code` to show that unit's scorecard (chọn đơn vị để xem chi tiết).
 *
 * @example
 * scorecard.addEventListener('cchc-select', (e) => { scorecard.unitCode = e.detail.unitCode })
 */
export class CchcSelectEvent extends CustomEvent<CchcSelectDetail> {
  constructor(detail: CchcSelectDetail) {
    super('cchc-select', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cchc-select': CchcSelectEvent;
  }
}
