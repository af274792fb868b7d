// Skip logic, required-answer validation and its accessible errors, inert instrument text, `src` loading,
// language switching and the "start over" button.
import type { InstrumentInput } from '@cchc/core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { memoryStorage } from '../shared/storage.js';
import { $, choice, mixedInstrument, mountSurvey } from './internal/fixtures.js';
import type { CchcSubmitEvent } from './submit-event.js';

beforeAll(() => document.documentElement.removeAttribute('lang'));
afterEach(() => {
  document.body.replaceChildren();
});

const ids = (root: ShadowRoot, selector: string) =>
  [...root.querySelectorAll(selector)].map((n) => n.id);

describe('<cchc-survey> skip logic (F0 → E5)', () => {
  it('hides E5.1–E5.4 when F0 = no, asks them when F0 = yes, and drops their answers from the response', async () => {
    const storage = memoryStorage();
    const el = await mountSurvey(
      { 'instrument-id': 'sipas-2017', 'unit-code': 'KS-SB', mode: 'all' },
      { storage },
    );
    const root = el.shadowRoot!;
    // Question positions in sipas-2017: E1 0–4, E2 5–10, E3 11–17, E4 18–21, E5: F0 22, E5.1–E5.4 23–26.
    expect(ids(root, '#q23, #q24, #q25, #q26')).toEqual([]);
    choice(el, 22, 'Có').click();
    await el.updateComplete;
    expect(ids(root, '#q23, #q24, #q25, #q26')).toEqual(['q23', 'q24', 'q25', 'q26']);
    choice(el, 23, '2.').click();
    await el.updateComplete;
    expect(JSON.parse(storage.getItem('cchc-survey:draft:sipas-2017:KS-SB')!).answers['E5.1']).toBe(
      2,
    );

    choice(el, 22, 'Không').click();
    await el.updateComplete;
    expect(ids(root, '#q23, #q24, #q25, #q26')).toEqual([]);
    // Everything else answered: the E5 items are not required any more, and E5.1's answer is not sent.
    for (let q = 0; q < 22; q++) {
      const level = root.querySelector<HTMLInputElement>(`#q${q} input[value="4"]`);
      level?.click();
    }
    await el.updateComplete;
    const events: CchcSubmitEvent[] = [];
    el.addEventListener('cchc-submit', (e) => events.push(e));
    $(el, 'button[part=submit]').click();
    await el.updateComplete;
    expect(events).toHaveLength(1);
    const answers = events[0]!.detail.response.answers;
    expect(answers.F0).toBe('no');
    expect(Object.keys(answers).filter((k) => k.startsWith('E5'))).toEqual([]);
    expect(Object.keys(answers)).toHaveLength(19);
  });

  it('requires the E5 items once F0 = yes', async () => {
    const el = await mountSurvey(
      { mode: 'all', 'unit-code': 'U1' },
      { instrument: mixedInstrument },
    );
    choice(el, 0, '5.').click();
    choice(el, 1, 'Có').click();
    choice(el, 3, 'Trực tuyến').click();
    await el.updateComplete;
    $(el, 'button[part=submit]').click();
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('[aria-invalid=true]')].map((n) => n.id)).toEqual([
      'q2',
    ]);
    // A3 has no "not applicable": five levels only.
    expect(el.shadowRoot!.querySelectorAll('#q2 input').length).toBe(5);
  });
});

describe('<cchc-survey> required answers', () => {
  it('marks each unanswered required question, describes it, lists it in a summary and focuses the first', async () => {
    const el = await mountSurvey(
      { mode: 'all', 'unit-code': 'U1' },
      { instrument: mixedInstrument },
    );
    const root = el.shadowRoot!;
    choice(el, 1, 'Không').click();
    await el.updateComplete;
    $(el, 'button[part=submit]').click();
    await el.updateComplete;

    const invalid = [...root.querySelectorAll('[aria-invalid=true]')];
    expect(invalid.map((n) => n.id)).toEqual(['q0', 'q3']);
    const names = invalid.map(
      (g) => root.getElementById(g.getAttribute('aria-labelledby')!)!.textContent,
    );
    expect(names).toEqual(['Chỗ ngồi (bắt buộc)', 'Hình thức (bắt buộc)']);
    for (const group of invalid) {
      expect(group.getAttribute('role')).toBe('radiogroup');
      expect(group.getAttribute('aria-required')).toBe('true');
      const error = root.getElementById(group.getAttribute('aria-describedby')!)!;
      expect(error.textContent).toBe('Vui lòng trả lời câu này.');
    }
    const summary = $(el, '[part=error-summary]');
    expect(summary.getAttribute('role')).toBe('alert');
    expect(summary.textContent).toContain('Còn 2 câu bắt buộc chưa trả lời');
    expect(root.activeElement).toBe($(el, '#q0 input'));

    summary.querySelectorAll('button')[1]!.click();
    await el.updateComplete;
    expect(root.activeElement).toBe($(el, '#q3 input'));

    choice(el, 0, '3.').click();
    await el.updateComplete;
    expect(root.querySelectorAll('[aria-invalid=true]').length).toBe(1); // fixed errors go away
    expect(summary.isConnected && summary.textContent).toContain('Còn 1 câu');
  });

  it('in paged mode, Next stays on the page until its required questions are answered', async () => {
    const el = await mountSurvey({ 'unit-code': 'U1' }, { instrument: mixedInstrument });
    $(el, 'button[part=next]').click();
    await el.updateComplete;
    expect($(el, '.page-title').textContent!.trim()).toBe('Phần A');
    expect(ids(el.shadowRoot!, '[aria-invalid=true]')).toEqual(['q0', 'q1']);
    choice(el, 0, '1.').click();
    choice(el, 1, 'Không').click();
    await el.updateComplete;
    $(el, 'button[part=next]').click();
    await el.updateComplete;
    expect($(el, '.page-title').textContent!.trim()).toBe('Phần B');
    expect($(el, '#progress-text').textContent!.trim()).toBe('Trang 2/2 · Đã trả lời: câu 2/7');
  });

  it('checks that a percentage is a whole number from 0 to 100', async () => {
    const el = await mountSurvey(
      { mode: 'all', 'unit-code': 'U1', lang: 'en' },
      { instrument: mixedInstrument },
    );
    const input = $<HTMLInputElement>(el, '#q7-input');
    input.value = '150';
    input.dispatchEvent(new Event('input'));
    $(el, 'button[part=submit]').click();
    await el.updateComplete;
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect($(el, '#q7-error').textContent).toBe('Enter a whole number from 0 to 100.');
    expect(input.getAttribute('aria-describedby')).toBe('q7-error');
  });
});

describe('<cchc-survey> instrument text is inert', () => {
  it('shows <script> and "><img onerror=…> as text and runs nothing', async () => {
    const hostile = '<script>window.__pwned = 1</script>"><img src=x onerror="window.__pwned = 2">';
    const instrument: InstrumentInput = structuredClone(mixedInstrument);
    instrument.title = { vi: hostile, en: hostile };
    const a = instrument.elements[0]!;
    a.title = { vi: hostile, en: hostile };
    a.questions[0]!.text = { vi: hostile, en: hostile };
    a.questions[0]!.help = { vi: hostile, en: hostile };
    instrument.elements[1]!.questions[0]!.options![0]!.label = { vi: hostile, en: hostile };
    const el = await mountSurvey({ mode: 'all', 'unit-code': 'U1' }, { instrument });
    await new Promise((r) => setTimeout(r, 50)); // an injected image would have errored by now
    const root = el.shadowRoot!;
    expect(root.querySelector('script, img')).toBeNull();
    expect($(el, '[part=title]').textContent).toBe(hostile);
    expect($(el, '#q0-label').textContent).toContain(hostile);
    expect($(el, '#q0-help').textContent).toBe(hostile);
    expect(choice(el, 3, hostile)).toBeTruthy();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('<cchc-survey> loading', () => {
  it('loads an instrument from src and validates it', async () => {
    const url = URL.createObjectURL(
      new Blob([JSON.stringify(mixedInstrument)], { type: 'application/json' }),
    );
    const el = await mountSurvey({ src: url, 'unit-code': 'U1' });
    await expect
      .poll(() => el.shadowRoot!.querySelector('[part=title]')?.textContent)
      .toBe('Phiếu thử nghiệm');
  });

  it('shows a bilingual error when src is not a valid instrument', async () => {
    const bad = { ...mixedInstrument, elements: [] };
    const url = URL.createObjectURL(new Blob([JSON.stringify(bad)], { type: 'application/json' }));
    const el = await mountSurvey({ src: url, 'unit-code': 'U1' });
    await expect
      .poll(() => el.shadowRoot!.querySelector('[role=alert]')?.textContent)
      .toContain('không hợp lệ');
    expect($(el, '[role=alert]').textContent).toContain('elements');
    el.lang = 'en';
    await el.updateComplete;
    expect($(el, '[role=alert]').textContent).toContain('The questionnaire is not valid');
  });

  it('shows a bilingual error for an unknown instrument-id and a failed download', async () => {
    const el = await mountSurvey({ 'instrument-id': 'sipas-1999', 'unit-code': 'U1' });
    expect($(el, '[role=alert]').textContent).toContain('không có bộ phiếu "sipas-1999"');
    const missing = await mountSurvey({
      src: '/no-such-instrument.json',
      'unit-code': 'U1',
      lang: 'en',
    });
    await expect
      .poll(() => missing.shadowRoot!.querySelector('[role=alert]')?.textContent)
      .toContain('HTTP 404');
    // A download that failed is not an invalid questionnaire: the heading says so, in both languages.
    expect($(missing, '[role=alert]').textContent).toContain('Could not load the questionnaire');
    expect($(missing, '[role=alert]').textContent).not.toContain('not valid');
    missing.lang = 'vi';
    await missing.updateComplete;
    expect($(missing, '[role=alert]').textContent).toContain('Không tải được phiếu khảo sát');
  });
});

describe('<cchc-survey> draft', () => {
  it('offers "Xoá bản nháp" after a restore, which clears the answers and issues a new key', async () => {
    const storage = memoryStorage();
    const attrs = { 'unit-code': 'U1', mode: 'all' };
    const first = await mountSurvey(attrs, { instrument: mixedInstrument, storage });
    choice(first, 0, '2.').click();
    await first.updateComplete;
    const key = first.idempotencyKey;
    first.remove();
    const el = await mountSurvey(attrs, { instrument: mixedInstrument, storage });
    expect(choice(el, 0, '2.').checked).toBe(true);
    expect(el.idempotencyKey).toBe(key);
    $(el, 'button[part=start-over]').click();
    await el.updateComplete;
    expect(choice(el, 0, '2.').checked).toBe(false);
    expect(el.idempotencyKey).not.toBe(key);
    expect(storage.getItem('cchc-survey:draft:test-mixed:U1')).toBeNull();
    expect(el.shadowRoot!.querySelector('[part=draft]')).toBeNull();
  });

  it('keeps separate drafts per unit and per service', async () => {
    const storage = memoryStorage();
    const a = await mountSurvey(
      { 'unit-code': 'U1', mode: 'all' },
      { instrument: mixedInstrument, storage },
    );
    choice(a, 0, '5.').click();
    await a.updateComplete;
    a.setAttribute('service', 'ho-tich');
    await a.updateComplete;
    expect(choice(a, 0, '5.').checked).toBe(false);
    a.setAttribute('unit-code', 'U2');
    a.removeAttribute('service');
    await a.updateComplete;
    expect(choice(a, 0, '5.').checked).toBe(false);
    a.setAttribute('unit-code', 'U1');
    await a.updateComplete;
    expect(choice(a, 0, '5.').checked).toBe(true);
  });
});
