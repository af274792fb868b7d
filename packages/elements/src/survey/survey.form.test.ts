// Form association: inside a normal <form>, the survey submits its response JSON under its name, blocks an
// incomplete submission, clears on reset and restores on back/forward navigation.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { memoryStorage } from '../shared/storage.js';
import { choice, mixedInstrument, mountSurvey } from './internal/fixtures.js';

beforeAll(() => document.documentElement.removeAttribute('lang'));
afterEach(() => {
  document.body.replaceChildren();
});

async function inForm() {
  const form = document.createElement('form');
  document.body.append(form);
  const storage = memoryStorage();
  const el = await mountSurvey(
    { name: 'survey', mode: 'all', 'unit-code': 'KS-SB' },
    { instrument: mixedInstrument, storage },
    form,
  );
  let submitted = 0;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    submitted++;
  });
  return { form, el, storage, submitted: () => submitted };
}

describe('<cchc-survey> in a <form>', () => {
  it('is invalid (valueMissing) until the required questions are answered, and blocks the form', async () => {
    const { form, el, submitted } = await inForm();
    expect(el.form).toBe(form);
    expect(form.checkValidity()).toBe(false);
    expect(el.internals!.validity.valueMissing).toBe(true);
    expect(el.internals!.validationMessage).toBe('Phiếu khảo sát còn câu bắt buộc chưa trả lời.');
    expect(el.matches(':state(invalid)')).toBe(true);
    form.requestSubmit();
    expect(submitted()).toBe(0);

    choice(el, 0, '4.').click();
    choice(el, 1, 'Không').click();
    choice(el, 3, 'Trực tiếp').click();
    await el.updateComplete;
    expect(form.checkValidity()).toBe(true);
    expect(el.matches(':state(invalid)')).toBe(false);
    form.requestSubmit();
    expect(submitted()).toBe(1);
    const value = JSON.parse(String(new FormData(form).get('survey')));
    expect(value).toEqual({
      respondentId: el.idempotencyKey,
      unitCode: 'KS-SB',
      answers: { A1: 4, F0: 'no', B1: 'direct' },
    });
  });

  it('clears the answers and the draft on form reset', async () => {
    const { form, el, storage } = await inForm();
    choice(el, 0, '4.').click();
    await el.updateComplete;
    const key = el.idempotencyKey;
    expect(storage.getItem('cchc-survey:draft:test-mixed:KS-SB')).not.toBeNull();
    form.reset();
    await el.updateComplete;
    expect(choice(el, 0, '4.').checked).toBe(false);
    expect(storage.getItem('cchc-survey:draft:test-mixed:KS-SB')).toBeNull();
    expect(el.idempotencyKey).not.toBe(key);
    expect(JSON.parse(String(new FormData(form).get('survey'))).answers).toEqual({});
  });

  it('restores the state the browser saved (formStateRestoreCallback)', async () => {
    const { el } = await inForm();
    el.formStateRestoreCallback(
      JSON.stringify({ key: 'k-restored', answers: { A1: 2, F0: 'yes' }, page: 0 }),
    );
    await el.updateComplete;
    expect(el.idempotencyKey).toBe('k-restored');
    expect(choice(el, 0, '2.').checked).toBe(true);
    expect(el.shadowRoot!.querySelector('#q2')).not.toBeNull(); // F0 = yes asks A3
  });
});
