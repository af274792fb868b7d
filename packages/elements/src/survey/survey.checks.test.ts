// Which of core's checks the survey runs, and when: a well-formed response is checked at once, without core's schema
// code (tryValidateResponses), so `cchc-submit` fires during the click; a malformed one (no unit-code) and an
// instrument the page supplies are checked with the schema, loaded on demand — `updateComplete` waits for it and
// the messages are core's, in both languages.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  $,
  answerRequired as answered,
  mixedInstrument,
  mountSurvey,
} from './internal/fixtures.js';
import type { CchcSurvey } from './survey.js';

beforeAll(() => document.documentElement.removeAttribute('lang'));
afterEach(() => document.body.replaceChildren());

const alertText = (el: CchcSurvey) =>
  [...el.shadowRoot!.querySelectorAll('p.alert')].map((p) => p.textContent).join('\n');

describe('<cchc-survey> checks', () => {
  it('checks a well-formed response at once: cchc-submit fires during the click', async () => {
    const el = await mountSurvey(
      { mode: 'all', 'unit-code': 'U1' },
      { instrument: mixedInstrument },
    );
    const events = await answered(el);
    $(el, 'button[part=submit]').click();
    expect(events).toHaveLength(1); // no await: nothing was loaded to check it
    expect(events[0]!.detail.response.unitCode).toBe('U1');
  });

  it('refuses a response without unit-code with core’s message, once the schema checks have loaded', async () => {
    const el = await mountSurvey({ mode: 'all', lang: 'en' }, { instrument: mixedInstrument });
    const events = await answered(el);
    const submit = $<HTMLButtonElement>(el, 'button[part=submit]');
    submit.click();
    submit.click(); // ignored while the check loads
    await el.updateComplete;
    expect(alertText(el)).toContain('row 1, unitCode: received "", expected at least 1 characters');
    expect(events).toHaveLength(0);
    expect($<HTMLButtonElement>(el, 'button[part=submit]').disabled).toBe(false);
    el.lang = 'vi';
    await el.updateComplete;
    expect(alertText(el)).toContain('dòng 1, unitCode: nhận được "", cần ít nhất 1 ký tự');
  });

  it('checks an instrument object with core’s schema (loaded on demand): a bilingual error naming the field', async () => {
    const broken = { ...mixedInstrument, elements: [] };
    const el = await mountSurvey({ 'unit-code': 'U1', lang: 'en' }, { instrument: broken });
    const summary = $(el, '[part=error-summary]').textContent!;
    expect(summary).toContain('instrument.elements: received [], expected at least 1 items');
    el.instrument = mixedInstrument;
    await el.updateComplete;
    expect($(el, '[part=title]').textContent).toContain('Test questionnaire');
  });
});
