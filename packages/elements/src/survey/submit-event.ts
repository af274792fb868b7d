import type { SipasResponse } from '@cchc/core';

/** What a `cchc-submit` event carries. */
export interface CchcSubmitDetail {
  /** The response, already checked against its instrument with core's `validateResponses`. */
  readonly response: SipasResponse;
  /** Stable for this response: the same key on every retry (send it as the `Idempotency-Key` header). */
  readonly idempotencyKey: string;
  /** The instrument the response answers. */
  readonly instrument: { readonly id: string; readonly version: string };
}

/**
 * Fired by `<cchc-survey>` once per response when the respondent submits a complete, valid form (gửi phiếu).
 * Cancelable: `event.preventDefault()` keeps the form open (nothing is POSTed, the draft is kept, and a later
 * submit carries the same idempotency key).
 *
 * @example
 * survey.addEventListener('cchc-submit', (e) => save(e.detail.response, e.detail.idempotencyKey))
 */
export class CchcSubmitEvent extends Event {
  readonly detail: CchcSubmitDetail;
  constructor(detail: CchcSubmitDetail) {
    super('cchc-submit', { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cchc-submit': CchcSubmitEvent;
  }
}
