import type { SortDirection, SortKey } from './internal/sortUnits.js';

export type { SortDirection, SortKey } from './internal/sortUnits.js';

/** Detail of {@link CchcSortEvent}. */
export interface CchcSortDetail {
  /** The column now sorted: `'rank' | 'name' | 'index' | 'band'`. */
  readonly key: SortKey;
  /** `'ascending' | 'descending'` (the `aria-sort` values). */
  readonly direction: SortDirection;
}

/**
 * `cchc-sort`: the user sorted the ranking table (sắp xếp bảng xếp hạng). Fired after the table re-sorted.
 *
 * @example
 * scorecard.addEventListener('cchc-sort', (e) => console.log(e.detail.key, e.detail.direction))
 */
export class CchcSortEvent extends CustomEvent<CchcSortDetail> {
  constructor(detail: CchcSortDetail) {
    super('cchc-sort', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cchc-sort': CchcSortEvent;
  }
}
