// Outbox (hộp thư đi) for submitted responses: each POST carries the response's Idempotency-Key, waits in storage
// while offline or while the server fails, and is retried on the `online` event and with exponential backoff.
// A response leaves the outbox only when the server accepted it (2xx) or refused it for good (4xx).
import type { CchcStorage } from '../../shared/storage.js';

/** One response waiting to be delivered. */
export interface OutboxItem {
  readonly key: string;
  readonly url: string;
  readonly body: string;
  readonly attempts: number;
}

/** What happened to one delivery attempt. */
export type Delivery =
  | { readonly key: string; readonly state: 'sent' }
  | { readonly key: string; readonly state: 'queued' }
  | { readonly key: string; readonly state: 'rejected'; readonly status: number };

const STORAGE_KEY = 'cchc-survey:outbox';
const FIRST_RETRY_MS = 2_000;
const MAX_RETRY_MS = 5 * 60_000;
/** Keys being POSTed right now on this page, shared by every survey element: one request per key at a time. */
const inFlight = new Set<string>();

/** Retry later: timeouts, rate limits, conflicts (same key still being processed) and server errors. */
const isTransient = (status: number) =>
  status === 408 || status === 409 || status === 425 || status === 429 || status >= 500;

/** Responses queued for POSTing, persisted in `storage` under one key. */
export class Outbox {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #started = false;
  readonly #storage: CchcStorage;
  readonly #report: (delivery: Delivery) => void;
  readonly #online = () => void this.flush();

  constructor(storage: CchcStorage, report: (delivery: Delivery) => void) {
    this.#storage = storage;
    this.#report = report;
  }

  /** The waiting items (malformed storage reads as empty). */
  items(): OutboxItem[] {
    try {
      const parsed: unknown = JSON.parse(this.#storage.getItem(STORAGE_KEY) ?? '[]');
      return Array.isArray(parsed)
        ? parsed.filter(
            (i): i is OutboxItem =>
              typeof i?.key === 'string' && typeof i.url === 'string' && typeof i.body === 'string',
          )
        : [];
    } catch {
      return [];
    }
  }

  #save(items: OutboxItem[]): void {
    try {
      if (items.length === 0) this.#storage.removeItem(STORAGE_KEY);
      else this.#storage.setItem(STORAGE_KEY, JSON.stringify(items));
    } catch {
      // Storage full or blocked: the in-flight attempt still runs; only the offline retry is lost.
    }
  }

  #update(key: string, change: (item: OutboxItem) => OutboxItem | null): void {
    const items: OutboxItem[] = [];
    for (const item of this.items()) {
      const next = item.key === key ? change(item) : item;
      if (next) items.push(next);
    }
    this.#save(items);
  }

  /** Queues a response (a key already queued is kept once) and tries to send it now. */
  send(key: string, url: string, body: string): Promise<void> {
    const items = this.items();
    if (!items.some((i) => i.key === key)) this.#save([...items, { key, url, body, attempts: 0 }]);
    return this.flush();
  }

  /** Tries every waiting item once (skipped while the browser says it is offline). */
  async flush(): Promise<void> {
    if (globalThis.navigator?.onLine === false) {
      for (const item of this.items()) this.#report({ key: item.key, state: 'queued' });
      return;
    }
    await Promise.all(this.items().map((item) => this.#post(item)));
    this.#schedule();
  }

  async #post(item: OutboxItem): Promise<void> {
    if (inFlight.has(item.key)) return;
    inFlight.add(item.key);
    let status = 0;
    try {
      const response = await fetch(item.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'Idempotency-Key': item.key },
        body: item.body,
        credentials: 'same-origin',
      });
      status = response.status;
    } catch {
      status = 0; // network error: offline, DNS, CORS, aborted
    } finally {
      inFlight.delete(item.key);
    }
    if (status >= 200 && status < 300) {
      this.#update(item.key, () => null);
      this.#report({ key: item.key, state: 'sent' });
    } else if (status === 0 || isTransient(status)) {
      this.#update(item.key, (i) => ({ ...i, attempts: i.attempts + 1 }));
      this.#report({ key: item.key, state: 'queued' });
    } else {
      this.#update(item.key, () => null);
      this.#report({ key: item.key, state: 'rejected', status });
    }
  }

  /** One timer for the earliest retry: 2 s, 4 s, 8 s … capped at 5 minutes. */
  #schedule(): void {
    clearTimeout(this.#timer);
    const items = this.items();
    if (!this.#started || items.length === 0) return;
    const attempts = Math.min(...items.map((i) => i.attempts));
    const delay = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1));
    this.#timer = setTimeout(() => void this.flush(), delay);
  }

  /** Starts retrying: on the `online` event, on a backoff timer, and now for anything left from a previous visit. */
  start(): void {
    if (this.#started) return;
    this.#started = true;
    globalThis.addEventListener('online', this.#online);
    if (this.items().length > 0) void this.flush();
  }

  /** Stops retrying (the queue stays in storage for the next visit). */
  stop(): void {
    this.#started = false;
    clearTimeout(this.#timer);
    globalThis.removeEventListener('online', this.#online);
  }
}
