import { getCriteriaSet, parSensitivity, scorePar } from '@cchc/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import './define.js';
import { perfectValues } from './internal/fixtures.js';
import type { CchcScorecard } from './scorecard.js';

const set = getCriteriaSet('example-commune-2017');
const values = perfectValues;
const inputs = [
  { unitCode: 'A', unitName: 'Sơn Lâm', values },
  { unitCode: 'B', unitName: 'Sơn Trung', values: { ...values, '7.1': 72 } },
  { unitCode: 'C', unitName: 'Ba Cụm Nam', values: { ...values, '2.4': false } },
];
const result = scorePar(set, inputs);
const sensitivity = parSensitivity(set, inputs, { draws: 100, seed: 1, weightJitter: 0.2 });

async function mount(props: object, attrs: Record<string, string> = {}): Promise<CchcScorecard> {
  const el = document.createElement('cchc-scorecard');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  Object.assign(el, props);
  document.body.append(el);
  await el.updateComplete;
  return el;
}
const root = (el: CchcScorecard) => el.shadowRoot!;
const alertText = (el: CchcScorecard) =>
  root(el).querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ') ?? '';
const jsonUrl = (doc: unknown) =>
  URL.createObjectURL(new Blob([JSON.stringify(doc)], { type: 'application/json' }));

const pageLang = document.documentElement.getAttribute('lang');
beforeAll(() => document.documentElement.removeAttribute('lang'));
afterAll(() => {
  if (pageLang !== null) document.documentElement.setAttribute('lang', pageLang);
});
afterEach(() => {
  for (const el of document.querySelectorAll('cchc-scorecard')) el.remove();
});

describe('<cchc-scorecard src>', () => {
  it('loads a document bundling the result, sensitivity and criteria set', async () => {
    const el = await mount({}, { src: jsonUrl({ result, sensitivity, criteriaSet: set }) });
    await expect.poll(() => root(el).querySelectorAll('[part="unit-button"]').length).toBe(3);
    expect(root(el).querySelectorAll('.intervals [part="chart"] [part="interval"]')).toHaveLength(
      3,
    );
    expect(el.result?.units).toHaveLength(3);
  });

  it('rejects a document of the wrong shape with a bilingual error naming the field', async () => {
    const bad = structuredClone(result) as unknown as { units: Record<string, unknown>[] };
    bad.units[1]!.index = 120;
    delete bad.units[2]!.bandLabel;
    const el = await mount({}, { src: jsonUrl({ result: bad }) });
    await expect.poll(() => alertText(el)).toContain('src.result.units[1].index');
    const text = alertText(el);
    expect(text).toContain('nhận được 120, cần số từ 0 đến 100');
    expect(text).toContain('received 120, expected a number from 0 to 100');
    expect(text).toContain('src.result.units[2].bandLabel');
    expect(root(el).querySelector('table')).toBeNull();
  });

  it('reports a document without a result, a file that is not JSON, and a missing file', async () => {
    const noResult = await mount({}, { src: jsonUrl({ units: [] }) });
    await expect.poll(() => alertText(noResult)).toContain('src.result');
    const notJson = URL.createObjectURL(new Blob(['{oops'], { type: 'application/json' }));
    const broken = await mount({}, { src: notJson });
    await expect.poll(() => alertText(broken)).toContain('không phải JSON hợp lệ');
    expect(alertText(broken)).toContain('is not valid JSON');
    const missing = await mount({}, { src: '/no-such-scorecard.json' });
    await expect.poll(() => alertText(missing)).toContain('HTTP 404');
  });
});

describe('<cchc-scorecard> property validation', () => {
  it('names a bad result, an unknown unit in the sensitivity result and a bad series period', async () => {
    const empty = await mount({ result: { units: [] } });
    expect(alertText(empty)).toContain(
      'result.units: nhận được [], cần danh sách ít nhất 1 phần tử',
    );
    const stray = {
      ...sensitivity,
      units: [...sensitivity.units, { ...sensitivity.units[0]!, unitCode: 'Z' }],
    };
    const el = await mount({
      result,
      sensitivity: stray,
      series: [{ unitCode: 'A', year: 2017, entries: [{ period: '2018-01', index: 50 }] }],
    });
    const text = alertText(el);
    expect(text).toContain('sensitivity.units[3].unitCode: nhận được "Z"');
    expect(text).toContain('series[0].entries[0].period');
    expect(text).toContain('một kỳ trong năm 2017');
  });

  it('rejects a criteria set other than the one scored, and an invalid one', async () => {
    const other = { ...structuredClone(set), id: 'another-set' };
    const el = await mount({ result, criteriaSet: other });
    expect(alertText(el)).toContain('criteriaSet.id');
    const invalid = structuredClone(set) as unknown as { fields: { max: number }[] };
    invalid.fields[0]!.max = 13; // children add up to 12
    const el2 = await mount({ result, criteriaSet: invalid });
    expect(alertText(el2)).toMatch(/criteriaSet\.fields\[0\]/);
  });

  it('recovers when valid data replaces invalid data', async () => {
    const el = await mount({ result: { units: 'none' } });
    expect(alertText(el)).not.toBe('');
    el.result = result;
    await el.updateComplete;
    expect(root(el).querySelector('[role="alert"]')).toBeNull();
    expect(root(el).querySelectorAll('[part="unit-button"]')).toHaveLength(3);
  });

  it('shows an empty state without data', async () => {
    const el = await mount({});
    expect(root(el).querySelector('[role="status"]')!.textContent).toContain('Chưa có kết quả');
  });
});
