// Done-when: a respondent completes sipas-2017 with the keyboard only, reloads half-way (a new element on the
// same storage) and finds the draft, then finishes and submits.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { memoryStorage } from '../shared/storage.js';
import { $, mountSurvey } from './internal/fixtures.js';
import type { CchcSubmitEvent } from './submit-event.js';
import type { CchcSurvey } from './survey.js';

beforeAll(() => document.documentElement.removeAttribute('lang'));
afterEach(() => {
  document.body.replaceChildren();
});

const focused = (el: CchcSurvey) => el.shadowRoot!.activeElement as HTMLElement | null;
const pageTitle = (el: CchcSurvey) => $(el, '.page-title').textContent!.trim();

/**
 * Answers the current page by keyboard: Tab to each control; on a radio group Space then ArrowRight ×3
 * (level 4, "Hài lòng"), or for the yes/no filter F0 Space then ArrowRight ("Không"); checkboxes: Space on the
 * first; text boxes are left blank. Stops after pressing Enter on Next (or Submit).
 */
async function answerPageByKeyboard(el: CchcSurvey): Promise<void> {
  const groupsDone = new Set<string>();
  for (let step = 0; step < 60; step++) {
    await userEvent.keyboard('{Tab}');
    const active = focused(el);
    if (!active) throw new Error('focus left the survey');
    if (
      active instanceof HTMLInputElement &&
      active.type === 'radio' &&
      !groupsDone.has(active.name)
    ) {
      groupsDone.add(active.name);
      const isFilter = active
        .closest('[part=question]')!
        .textContent!.includes('phản ánh, kiến nghị');
      await userEvent.keyboard(' ');
      await userEvent.keyboard(isFilter ? '{ArrowRight}' : '{ArrowRight}{ArrowRight}{ArrowRight}');
    } else if (active instanceof HTMLInputElement && active.type === 'checkbox') {
      if (!groupsDone.has(active.name)) await userEvent.keyboard(' ');
      groupsDone.add(active.name);
    } else if (active.matches('button[part=next], button[part=submit]')) {
      await userEvent.keyboard('{Enter}');
      await el.updateComplete;
      return;
    }
    await el.updateComplete;
  }
  throw new Error('no Next/Submit button reached');
}

describe('<cchc-survey> keyboard-only completion with a draft across a reload', () => {
  it('fills sipas-2017 page by page, restores the draft after a reload, and submits one response', async () => {
    const storage = memoryStorage();
    const attrs = { 'instrument-id': 'sipas-2017', 'unit-code': 'KS-SB' };
    let el = await mountSurvey(attrs, { storage });
    expect(pageTitle(el)).toBe('Tiếp cận dịch vụ hành chính công của cơ quan hành chính nhà nước');

    await answerPageByKeyboard(el); // E1
    expect(pageTitle(el)).toBe('Thủ tục hành chính');
    expect(focused(el)).toBe($(el, '.page-title')); // focus moved to the new page's heading
    await answerPageByKeyboard(el); // E2
    expect($(el, '#progress-text').textContent).toContain('Trang 3/6');
    expect($(el, '#progress-text').textContent).toContain('câu 9/20'); // 18 criteria + F0 + X1 while F0 is blank
    const key = el.idempotencyKey;

    // "Reload": the element goes away and a new one starts on the same storage.
    el.remove();
    el = await mountSurvey(attrs, { storage });
    expect($(el, '[part=draft]').textContent).toContain('Đã khôi phục bản nháp');
    expect(pageTitle(el)).toBe('Công chức trực tiếp giải quyết công việc');
    expect(el.idempotencyKey).toBe(key);

    const submitted: CchcSubmitEvent[] = [];
    el.addEventListener('cchc-submit', (e) => submitted.push(e));
    await answerPageByKeyboard(el); // E3
    await answerPageByKeyboard(el); // E4
    await answerPageByKeyboard(el); // E5: F0 = no, so E5.1–E5.4 are not asked
    expect(pageTitle(el)).toBe('Sự mong đợi');
    await answerPageByKeyboard(el); // expectations, then Submit

    expect(submitted).toHaveLength(1);
    const { response, idempotencyKey } = submitted[0]!.detail;
    expect(idempotencyKey).toBe(key);
    expect(response.unitCode).toBe('KS-SB');
    const criteria = ['E1.1', 'E1.2', 'E1.3', 'E1.4', 'E2.1', 'E2.2', 'E2.3', 'E2.4', 'E2.5'];
    criteria.push('E3.1', 'E3.2', 'E3.3', 'E3.4', 'E3.5', 'E3.6', 'E4.1', 'E4.2', 'E4.3');
    expect(response.answers).toEqual({
      ...Object.fromEntries(criteria.map((id) => [id, 4])),
      F0: 'no',
      X1: 'access',
    });
    expect($(el, '[part=done]').textContent).toContain('Cảm ơn');
    expect(storage.getItem('cchc-survey:draft:sipas-2017:KS-SB')).toBeNull();
  });
});
