import axe from 'axe-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { $, mixedInstrument, mountSurvey } from './internal/fixtures.js';

async function violations(el: Element) {
  const result = await axe.run(el);
  return result.violations.map((v) => ({
    id: v.id,
    nodes: v.nodes.map((n) => n.target.join(' ')),
  }));
}

// The test runner's page says lang="en"; the element's own default (no lang anywhere) is Vietnamese.
beforeAll(() => document.documentElement.removeAttribute('lang'));
afterEach(() => {
  document.body.replaceChildren();
});

describe('<cchc-survey> accessibility (axe-core)', () => {
  it('has no violations on the first page of sipas-2017 (Vietnamese)', async () => {
    const el = await mountSurvey({
      'instrument-id': 'sipas-2017',
      'unit-code': 'KS-SB',
      'unit-name': 'UBND xã Sơn Bình',
    });
    expect($(el, '[part=title]').textContent).toContain('hài lòng');
    expect(await violations(el)).toEqual([]);
  });

  it('has no violations in English, all at once, with every answer type', async () => {
    const el = await mountSurvey(
      { lang: 'en', mode: 'all', 'unit-code': 'U1' },
      { instrument: mixedInstrument },
    );
    expect($(el, 'button[part=submit]').textContent!.trim()).toBe('Submit');
    expect(el.shadowRoot!.querySelectorAll('[part=question]').length).toBe(8); // A3 hidden until F0 = yes
    expect(await violations(el)).toEqual([]);
  });

  it('has no violations while showing required-answer errors and the error summary', async () => {
    const el = await mountSurvey(
      { mode: 'all', 'unit-code': 'U1' },
      { instrument: mixedInstrument },
    );
    $(el, 'button[part=submit]').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part=error]').length).toBe(3);
    expect(await violations(el)).toEqual([]);
    el.lang = 'en';
    await el.updateComplete;
    expect($(el, '[part=error-summary]').textContent).toContain('3 required questions');
    expect(await violations(el)).toEqual([]);
  });

  it('has no violations on the health-station instrument (percentage and custom-label questions)', async () => {
    const el = await mountSurvey({
      'instrument-id': 'health-station-example',
      'unit-code': 'KS-SB-TYT',
      mode: 'all',
    });
    expect(await violations(el)).toEqual([]);
  });

  it('gives every control a touch target of at least 44 × 44 px', async () => {
    const el = await mountSurvey(
      { mode: 'all', 'unit-code': 'U1' },
      { instrument: mixedInstrument },
    );
    const targets = el.shadowRoot!.querySelectorAll<HTMLElement>(
      'label.choice, button, input:not([type=radio], [type=checkbox]), textarea',
    );
    expect(targets.length).toBeGreaterThan(10);
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      expect(Math.round(box.height), target.outerHTML.slice(0, 80)).toBeGreaterThanOrEqual(44);
      expect(Math.round(box.width), target.outerHTML.slice(0, 80)).toBeGreaterThanOrEqual(44);
    }
  });
});
