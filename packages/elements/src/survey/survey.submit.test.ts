// Done-when: submitting twice quickly yields one `cchc-submit` and one POST; the POST carries the idempotency key,
// waits in the outbox while offline and is retried with the same key.
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { type CchcStorage, memoryStorage } from '../shared/storage.js';
import { $, answerRequired, choice, mixedInstrument, mountSurvey } from './internal/fixtures.js';
import type { CchcSurvey } from './survey.js';

const realFetch = globalThis.fetch;
beforeAll(() => document.documentElement.removeAttribute('lang'));
afterEach(() => {
  document.body.replaceChildren();
  globalThis.fetch = realFetch;
});

/** Intercepts POSTs to /api/responses; other requests go through. */
function interceptPosts(reply: () => Promise<Response>) {
  const posts: { key: string | null; body: unknown }[] = [];
  globalThis.fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    if (!String(input).endsWith('/api/responses')) return realFetch(input, init);
    const headers = new Headers(init?.headers);
    posts.push({ key: headers.get('Idempotency-Key'), body: JSON.parse(String(init?.body)) });
    return reply();
  }) as typeof fetch;
  return posts;
}

/** A complete survey: A1 = 4, F0 = no, B1 = in person (the required questions). */
async function completeSurvey(attrs: Record<string, string> = {}, storage?: CchcStorage) {
  const el = await mountSurvey(
    { mode: 'all', 'unit-code': 'KS-SB', service: 'ho-tich', ...attrs },
    { instrument: mixedInstrument, ...(storage ? { storage } : {}) },
  );
  return { el, events: await answerRequired(el) };
}

const status = (el: CchcSurvey) => $(el, '[part=status]').textContent!.trim();

describe('<cchc-survey> submit', () => {
  it('fires one cchc-submit for a double click, with a validated response and its key', async () => {
    const { el, events } = await completeSurvey();
    const submit = $(el, 'button[part=submit]');
    await userEvent.dblClick(submit);
    submit.click(); // a third click on the same (now detached) button
    await el.updateComplete;
    expect(events).toHaveLength(1);
    const { response, idempotencyKey, instrument } = events[0]!.detail;
    expect(instrument).toEqual({ id: 'test-mixed', version: '1' });
    expect(idempotencyKey).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(response).toEqual({
      respondentId: idempotencyKey,
      unitCode: 'KS-SB',
      service: 'ho-tich',
      answers: { A1: 4, F0: 'no', B1: 'direct' },
    });
    expect(events[0]!.bubbles && events[0]!.composed && events[0]!.cancelable).toBe(true);
  });

  it('POSTs once to action with the Idempotency-Key header, and announces it was sent', async () => {
    const posts = interceptPosts(async () => new Response(null, { status: 201 }));
    const { el, events } = await completeSurvey({ action: '/api/responses' });
    const submit = $(el, 'button[part=submit]');
    submit.click();
    submit.click();
    await expect.poll(() => status(el)).toBe('Đã gửi phiếu. Xin cảm ơn!');
    expect(events).toHaveLength(1);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.key).toBe(events[0]!.detail.idempotencyKey);
    expect(posts[0]!.body).toEqual(JSON.parse(JSON.stringify(events[0]!.detail)));
  });

  it('queues while offline and retries with the same key on the online event', async () => {
    let online = false;
    const posts = interceptPosts(async () => {
      if (!online) throw new TypeError('Failed to fetch');
      return new Response(null, { status: 200 });
    });
    const storage = memoryStorage();
    const { el, events } = await completeSurvey({ action: '/api/responses' }, storage);
    $(el, 'button[part=submit]').click();
    await expect.poll(() => status(el)).toContain('mất kết nối');
    expect(JSON.parse(storage.getItem('cchc-survey:outbox')!)).toHaveLength(1);
    online = true;
    window.dispatchEvent(new Event('online'));
    await expect.poll(() => status(el)).toBe('Đã gửi phiếu. Xin cảm ơn!');
    expect(posts.map((p) => p.key)).toEqual([
      events[0]!.detail.idempotencyKey,
      events[0]!.detail.idempotencyKey,
    ]);
    expect(storage.getItem('cchc-survey:outbox')).toBeNull();
    expect(events).toHaveLength(1);
  });

  it('sends a response left in the outbox by an earlier visit when the page loads again', async () => {
    let up = false;
    const posts = interceptPosts(async () => new Response(null, { status: up ? 200 : 503 }));
    const storage = memoryStorage();
    const first = await completeSurvey({ action: '/api/responses' }, storage);
    $(first.el, 'button[part=submit]').click();
    await expect.poll(() => status(first.el)).toContain('mất kết nối');
    first.el.remove();
    up = true;
    await mountSurvey({ 'instrument-id': 'sipas-2017', 'unit-code': 'KS-SB' }, { storage });
    await expect.poll(() => posts.length).toBe(2);
    expect(posts[1]!.key).toBe(first.events[0]!.detail.idempotencyKey);
    await expect.poll(() => storage.getItem('cchc-survey:outbox')).toBeNull();
  });

  it('drops a response the server refuses (4xx) and says so', async () => {
    const posts = interceptPosts(async () => new Response(null, { status: 422 }));
    const storage = memoryStorage();
    const { el } = await completeSurvey({ action: '/api/responses', lang: 'en' }, storage);
    $(el, 'button[part=submit]').click();
    await expect
      .poll(() => status(el))
      .toBe('The server refused the response (HTTP 422). Please contact the office.');
    expect(posts).toHaveLength(1);
    expect(storage.getItem('cchc-survey:outbox')).toBeNull();
  });

  it('keeps the form, the draft and the key when the host cancels cchc-submit', async () => {
    const posts = interceptPosts(async () => new Response(null, { status: 201 }));
    const storage = memoryStorage();
    const { el, events } = await completeSurvey({ action: '/api/responses' }, storage);
    el.addEventListener('cchc-submit', (e) => e.preventDefault(), { once: true });
    $(el, 'button[part=submit]').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=done]')).toBeNull();
    expect(posts).toHaveLength(0);
    expect(storage.getItem('cchc-survey:draft:test-mixed:KS-SB:ho-tich')).not.toBeNull();
    $(el, 'button[part=submit]').click();
    await el.updateComplete;
    expect(events.map((e) => e.detail.idempotencyKey)).toEqual([
      el.idempotencyKey,
      el.idempotencyKey,
    ]);
    await expect.poll(() => posts.length).toBe(1);
  });

  it('starts a new response with a new key after "new response"', async () => {
    const { el, events } = await completeSurvey();
    $(el, 'button[part=submit]').click();
    await el.updateComplete;
    const firstKey = events[0]!.detail.idempotencyKey;
    $(el, 'button[part=new-response]').click();
    await el.updateComplete;
    expect(el.idempotencyKey).not.toBe(firstKey);
    expect(choice(el, 0, '4.').checked).toBe(false);
  });
});
