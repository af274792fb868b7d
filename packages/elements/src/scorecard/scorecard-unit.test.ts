/// <reference types="@vitest/browser-playwright" />
import {
  getCriteriaSet,
  type SelfAssessmentSeries,
  scorePar,
  trackSelfAssessment,
} from '@cchc/core';
import axe from 'axe-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import './define.js';
import { perfectValues } from './internal/fixtures.js';
import type { CchcScorecard } from './scorecard.js';

// Three communes; Sơn Bình loses points on several criteria (see the inputs), the others differ in the SIPAS index.
const set = getCriteriaSet('example-commune-2017');
const perfect = perfectValues;
const inputs = [
  { unitCode: 'KS-TH', unitName: 'Tô Hạp', values: perfect },
  {
    unitCode: 'KS-SB',
    unitName: 'Sơn Bình',
    // Loses 2 on 1.1 (not done), 4 on 3.1 (0.92 → 4 of 8), 2 on 3.5 (2 violations), 6 on 7.1 (75 → 9 of 15).
    values: { ...perfect, '1.1': false, '3.1': 0.92, '3.5': 2, '7.1': 75 },
  },
  { unitCode: 'KS-TS', unitName: 'Thành Sơn', values: { ...perfect, '7.1': 65, '6.3': false } },
];
const result = scorePar(set, inputs);
const series: SelfAssessmentSeries[] = [
  {
    unitCode: 'KS-SB',
    year: 2017,
    entries: [
      { period: '2017-01', index: 70 },
      { period: '2017-02', index: 72 },
      { period: '2017-Q1', index: 74 },
      { period: '2017-04', index: 77 },
    ],
  },
];
const data = { result, series, criteriaSet: set };

async function mount(props: object, attrs: Record<string, string> = {}): Promise<CchcScorecard> {
  const el = document.createElement('cchc-scorecard');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  Object.assign(el, props);
  document.body.append(el);
  await el.updateComplete;
  return el;
}
const root = (el: CchcScorecard) => el.shadowRoot!;
const text = (el: CchcScorecard) => root(el).textContent!.replace(/\s+/g, ' ');

const pageLang = document.documentElement.getAttribute('lang');
beforeAll(() => document.documentElement.removeAttribute('lang'));
afterAll(() => {
  if (pageLang !== null) document.documentElement.setAttribute('lang', pageLang);
});
afterEach(() => {
  for (const el of document.querySelectorAll('cchc-scorecard')) el.remove();
});

describe('<cchc-scorecard unit-code>', () => {
  it('shows the unit’s index, band and rank', async () => {
    const el = await mount(data, { 'unit-code': 'KS-SB' });
    const sb = result.units.find((u) => u.unitCode === 'KS-SB')!;
    expect(sb.index).toBe(86); // 100 − (2 + 4 + 2 + 6)
    expect(root(el).querySelector('[role="heading"]')!.textContent).toBe('Sơn Bình');
    const summary = root(el).querySelector('[part="summary"]')!.textContent!.replace(/\s+/g, ' ');
    expect(summary).toContain('86%');
    expect(summary).toContain(`Hạng ${sb.rank}/3`);
    expect(summary).toContain('Tốt');
    expect(summary).toContain('86/100');
  });

  it('draws one bar per field, as long as its share of the field’s maximum', async () => {
    const el = await mount(data, { 'unit-code': 'KS-SB' });
    const bars = [...root(el).querySelectorAll('[part="bar"]')];
    expect(bars).toHaveLength(7);
    // Field 3 (max 25): 3.1 earned 4 of 8, 3.5 earned 2 of 4 → 19/25 → 500 · 19/25 = 380.
    expect(bars.map((b) => Number(b.getAttribute('width')))).toEqual(
      [(500 * 10) / 12, 500, 380, 500, 500, 500, (500 * 19) / 25].map(Math.round),
    );
    const values = [...root(el).querySelectorAll('.fields svg .value')].map((t) => t.textContent);
    expect(values[2]).toBe('19/25');
    const row = root(el).querySelectorAll('#fields-data tbody tr')[2]!;
    expect([...row.children].map((c) => c.textContent!.trim())).toEqual([
      '3. Cơ chế một cửa, một cửa liên thông',
      '19',
      '25',
      '76%',
    ]);
  });

  it('lists the criteria to fix first with the sentences from the result', async () => {
    const el = await mount(data, { 'unit-code': 'KS-SB', top: '3' });
    const items = [...root(el).querySelectorAll('[part="lost"] li')];
    expect(items.map((li) => li.getAttribute('data-criterion'))).toEqual(['7.1', '3.1', '1.1']);
    const sb = result.units.find((u) => u.unitCode === 'KS-SB')!;
    expect(items[0]!.textContent).toContain(sb.lost[0]!.message.vi);
    expect(items[0]!.textContent).toContain('+6 điểm chỉ số');
  });

  it('draws the self-assessment trend and the year’s projection', async () => {
    const el = await mount(data, { 'unit-code': 'KS-SB' });
    const track = trackSelfAssessment(series[0]!);
    const line = root(el).querySelector('.trend [part="line"]')!;
    // Months 1, 2, 4 and Q1 at month 3 (no monthly entry for March): four points.
    expect(line.getAttribute('points')!.split(' ')).toHaveLength(4);
    expect(root(el).querySelectorAll('.trend [part="chart"] .quarter')).toHaveLength(1);
    expect(root(el).querySelector('.trend [part="projection"]')).not.toBeNull();
    const projected = String(track.projection.index).replace('.', ',');
    expect(text(el)).toContain(`Dự báo cuối năm: ${projected}`);
    const rows = [...root(el).querySelectorAll('#trend-data tbody tr')].map((r) =>
      [...r.children].map((c) => c.textContent!.trim()).join(' '),
    );
    expect(rows).toEqual([
      'Tháng 1/2017 tháng 70',
      'Tháng 2/2017 tháng 72',
      'Tháng 4/2017 tháng 77',
      'Quý 1/2017 quý 74',
      `Tháng 12/2017 dự báo ${projected}`,
    ]);
  });

  it('says so when a unit has no self-assessments', async () => {
    const el = await mount(data, { 'unit-code': 'KS-TH' });
    expect(text(el)).toContain('Chưa có số liệu tự đánh giá');
    expect(text(el)).toContain('Đơn vị không mất điểm ở tiêu chí nào');
  });

  it('shows a chart’s data table with its toggle (mouse and keyboard)', async () => {
    const el = await mount(data, { 'unit-code': 'KS-SB' });
    const toggle = root(el).querySelector<HTMLButtonElement>('[aria-controls="fields-data"]')!;
    const table = root(el).querySelector('#fields-data')!;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(table.classList.contains('visually-hidden')).toBe(true);
    await userEvent.click(toggle);
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(table.classList.contains('visually-hidden')).toBe(false);
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('names an unknown unit code in both languages', async () => {
    const el = await mount(data, { 'unit-code': 'NOPE' });
    const alert = root(el).querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('Không có đơn vị mã "NOPE"');
    expect(alert.textContent).toContain('No unit with code "NOPE"');
  });
});

describe('<cchc-scorecard> rendering is stable', () => {
  it('gives identical screenshot bytes for the same data, different ones for other data', async () => {
    const shot = async (props: object, attrs: Record<string, string>) => {
      const el = await mount(props, attrs);
      const png = await page.screenshot({ element: el, save: false });
      el.remove();
      return png;
    };
    const fresh = () => structuredClone(data);
    const views: Record<string, string>[] = [{ 'unit-code': 'KS-SB' }, {}];
    for (const attrs of views) {
      const first = await shot(fresh(), attrs);
      const second = await shot(fresh(), attrs);
      expect(first.length).toBeGreaterThan(1000);
      expect(second).toBe(first);
    }
    const other = await shot(fresh(), { 'unit-code': 'KS-TS' });
    expect(other).not.toBe(await shot(fresh(), { 'unit-code': 'KS-SB' }));
  });
});

describe('<cchc-scorecard> in print and forced colours', () => {
  const emulate = (params: object) => cdp().send('Emulation.setEmulatedMedia', params);
  afterEach(() => emulate({ media: '', features: [] }));

  it('prints the charts in black and grey, without the table toggles', async () => {
    const el = await mount(data, { 'unit-code': 'KS-SB' });
    const bar = root(el).querySelector('[part="bar"]')!;
    const toggle = root(el).querySelector('[part="toggle"]')!;
    expect(getComputedStyle(bar).fill).toBe('rgb(164, 22, 26)'); // --cchc-color-primary
    await emulate({ media: 'print' });
    expect(getComputedStyle(bar).fill).toBe('rgb(68, 68, 68)');
    expect(getComputedStyle(root(el).querySelector('.fields .track')!).stroke).toBe('rgb(0, 0, 0)');
    expect(getComputedStyle(toggle).display).toBe('none');
  });

  it('draws with system colours in forced-colours mode, still axe-clean', async () => {
    const el = await mount(data, { 'unit-code': 'KS-SB' });
    await emulate({ features: [{ name: 'forced-colors', value: 'active' }] });
    expect(matchMedia('(forced-colors: active)').matches).toBe(true);
    const probe = document.createElement('span');
    probe.style.color = 'Highlight';
    document.body.append(probe);
    const highlight = getComputedStyle(probe).color;
    probe.remove();
    expect(getComputedStyle(root(el).querySelector('[part="bar"]')!).fill).toBe(highlight);
    expect((await axe.run(el)).violations).toEqual([]);
  });
});

describe('<cchc-scorecard> data is text, never markup', () => {
  it('renders unit names and titles containing <script> and <img onerror> inert', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const evilSet = structuredClone(set);
    evilSet.fields[0]!.title.vi = hostile;
    const evil = scorePar(
      evilSet,
      inputs.map((u) => ({ ...u, unitName: `${u.unitName} ${hostile}` })),
    );
    const ranking = await mount({ result: evil, criteriaSet: evilSet });
    const unit = await mount({ result: evil, criteriaSet: evilSet }, { 'unit-code': 'KS-SB' });
    await new Promise((r) => setTimeout(r, 50));
    for (const el of [ranking, unit]) {
      expect(root(el).querySelector('img, script')).toBeNull();
      expect(text(el)).toContain(hostile);
    }
    expect(root(ranking).querySelector('[part="unit-button"]')!.textContent).toBe(
      `Tô Hạp ${hostile}`,
    );
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
