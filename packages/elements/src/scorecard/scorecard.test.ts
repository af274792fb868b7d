import {
  getCriteriaSet,
  type ParUnitInput,
  parSensitivity,
  type SelfAssessmentSeries,
  scorePar,
} from '@cchc/core';
import axe from 'axe-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import './define.js';
import { partialValues } from './internal/fixtures.js';
import type { CchcScorecard } from './scorecard.js';
import type { CchcSelectEvent } from './select-event.js';
import type { CchcSortEvent } from './sort-event.js';

// Four communes that differ only in the SIPAS index (criterion 7.1, thresholds ≥90→15, ≥80→12, ≥70→9, ≥60→5), so the
// index order is known by construction: Tô Hạp (95) > Sơn Bình (85) > Ba Cụm Bắc (75) > Thành Sơn (65).
const set = getCriteriaSet('example-commune-2017');
const base = partialValues;
const commune = (unitCode: string, unitName: string, sipas: number): ParUnitInput => ({
  unitCode,
  unitName,
  values: { ...base, '7.1': sipas },
});
const inputs = [
  commune('KS-SB', 'Sơn Bình', 85),
  commune('KS-TS', 'Thành Sơn', 65),
  commune('KS-TH', 'Tô Hạp', 95),
  commune('KS-BCB', 'Ba Cụm Bắc', 75),
];
const previous = [
  { unitCode: 'KS-SB', index: 70, rank: 3 },
  { unitCode: 'KS-TH', index: 80, rank: 1 },
];
const result = scorePar(set, inputs, { previous });
const sensitivity = parSensitivity(set, inputs, {
  draws: 200,
  seed: 7,
  weightJitter: 0.25,
  surveyUncertainty: 6,
});
const series: SelfAssessmentSeries[] = [
  {
    unitCode: 'KS-SB',
    year: 2017,
    entries: [
      { period: '2017-01', index: 62 },
      { period: '2017-02', index: 65 },
      { period: '2017-03', index: 66 },
      { period: '2017-Q1', index: 67 },
      { period: '2017-04', index: 70 },
      { period: '2017-05', index: 71 },
    ],
  },
];
const data = { result, sensitivity, series, criteriaSet: set };

async function mount(
  props: Partial<CchcScorecard> = data,
  attrs: Record<string, string> = {},
): Promise<CchcScorecard> {
  const el = document.createElement('cchc-scorecard');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  Object.assign(el, props);
  document.body.append(el);
  await el.updateComplete;
  return el;
}
const root = (el: CchcScorecard) => el.shadowRoot!;
const names = (el: CchcScorecard) =>
  [...root(el).querySelectorAll('[part="unit-button"]')].map((b) => b.textContent?.trim());
const sortHeader = (el: CchcScorecard, key: string) =>
  root(el).querySelector(`[data-sort="${key}"]`)!.closest('th')!;
const sortButton = (el: CchcScorecard, key: string) =>
  root(el).querySelector<HTMLButtonElement>(`[data-sort="${key}"]`)!;

// The scorecard speaks the language of its nearest `lang`; the test page's own `lang` is taken away so the default shows.
const pageLang = document.documentElement.getAttribute('lang');
beforeAll(() => document.documentElement.removeAttribute('lang'));
afterAll(() => {
  if (pageLang !== null) document.documentElement.setAttribute('lang', pageLang);
});
afterEach(() => {
  for (const el of document.querySelectorAll('cchc-scorecard')) el.remove();
});

describe('<cchc-scorecard> accessibility', () => {
  for (const lang of ['vi', 'en']) {
    it(`has no axe violations: ranking and one unit, ${lang}`, async () => {
      const ranking = await mount(data, { lang });
      expect((await axe.run(ranking)).violations).toEqual([]);
      const unit = await mount(data, { lang, 'unit-code': 'KS-SB' });
      expect((await axe.run(unit)).violations).toEqual([]);
      for (const t of root(unit).querySelectorAll<HTMLButtonElement>('[part="toggle"]')) t.click();
      await unit.updateComplete;
      expect((await axe.run(unit)).violations).toEqual([]);
    });
  }

  it('speaks Vietnamese by default and English with lang="en"', async () => {
    const el = await mount();
    expect(root(el).textContent).toContain('Xếp hạng Chỉ số CCHC');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(root(el).textContent).toContain('PAR index ranking');
    expect(root(el).querySelector('[part="base"]')!.getAttribute('lang')).toBe('en');
  });
});

describe('<cchc-scorecard> ranking', () => {
  it('lists every unit in rank order with bands as text', async () => {
    const el = await mount();
    expect(names(el)).toEqual(['Tô Hạp', 'Sơn Bình', 'Ba Cụm Bắc', 'Thành Sơn']);
    expect(sortHeader(el, 'rank').getAttribute('aria-sort')).toBe('ascending');
    const bands = [...root(el).querySelectorAll('tbody [part~="band"]')].map((b) => b.textContent);
    const byRank = [...result.units].sort((a, b) => a.rank - b.rank);
    expect(bands).toEqual(byRank.map((u) => u.bandLabel.vi));
  });

  it('sorts by index with the mouse, toggling the direction and aria-sort', async () => {
    const el = await mount();
    const events: CchcSortEvent['detail'][] = [];
    el.addEventListener('cchc-sort', (e) => events.push(e.detail));
    await userEvent.click(sortButton(el, 'index'));
    await el.updateComplete;
    expect(names(el)).toEqual(['Tô Hạp', 'Sơn Bình', 'Ba Cụm Bắc', 'Thành Sơn']);
    expect(sortHeader(el, 'index').getAttribute('aria-sort')).toBe('descending');
    expect(sortHeader(el, 'rank').hasAttribute('aria-sort')).toBe(false);
    await userEvent.click(sortButton(el, 'index'));
    await el.updateComplete;
    expect(names(el)).toEqual(['Thành Sơn', 'Ba Cụm Bắc', 'Sơn Bình', 'Tô Hạp']);
    expect(sortHeader(el, 'index').getAttribute('aria-sort')).toBe('ascending');
    await expect
      .poll(() => events)
      .toEqual([
        { key: 'index', direction: 'descending' },
        { key: 'index', direction: 'ascending' },
      ]);
  });

  it('sorts by name with the keyboard (Tab to the column, Enter, then Space)', async () => {
    const el = await mount();
    const events: CchcSortEvent['detail'][] = [];
    el.addEventListener('cchc-sort', (e) => events.push(e.detail));
    sortButton(el, 'rank').focus();
    await userEvent.keyboard('{Tab}');
    expect(root(el).activeElement).toBe(sortButton(el, 'name'));
    await userEvent.keyboard('{Enter}');
    await el.updateComplete;
    expect(names(el)).toEqual(['Ba Cụm Bắc', 'Sơn Bình', 'Thành Sơn', 'Tô Hạp']);
    expect(sortHeader(el, 'name').getAttribute('aria-sort')).toBe('ascending');
    expect(root(el).querySelector('[role="status"]')!.textContent).toContain(
      'Đã sắp xếp theo Đơn vị, tăng dần',
    );
    await userEvent.keyboard(' ');
    await el.updateComplete;
    expect(names(el)).toEqual(['Tô Hạp', 'Thành Sơn', 'Sơn Bình', 'Ba Cụm Bắc']);
    expect(sortHeader(el, 'name').getAttribute('aria-sort')).toBe('descending');
    await expect.poll(() => events.map((e) => e.direction)).toEqual(['ascending', 'descending']);
  });

  it('sorts by band, best band first, names within a band', async () => {
    const el = await mount();
    await userEvent.click(sortButton(el, 'band'));
    await el.updateComplete;
    const order = new Map(set.bands.map((b, i) => [b.id, i]));
    const expected = [...result.units]
      .sort(
        (a, b) =>
          order.get(a.band)! - order.get(b.band)! ||
          (a.unitName ?? '').localeCompare(b.unitName ?? '', 'vi'),
      )
      .map((u) => u.unitName);
    expect(names(el)).toEqual(expected);
    expect(sortHeader(el, 'band').getAttribute('aria-sort')).toBe('ascending');
  });

  it('fires cchc-select when a row is clicked or its name activated with Enter', async () => {
    const el = await mount();
    const chosen: CchcSelectEvent['detail'][] = [];
    el.addEventListener('cchc-select', (e) => chosen.push(e.detail));
    await userEvent.click(root(el).querySelector('tr[data-unit="KS-BCB"] td')!);
    root(el)
      .querySelector<HTMLButtonElement>('tr[data-unit="KS-TS"] [part="unit-button"]')!
      .focus();
    await userEvent.keyboard('{Enter}');
    expect(chosen).toEqual([
      { unitCode: 'KS-BCB', unitName: 'Ba Cụm Bắc' },
      { unitCode: 'KS-TS', unitName: 'Thành Sơn' },
    ]);
  });

  it('draws one rank interval per unit, matching its data table', async () => {
    const el = await mount();
    const lines = root(el).querySelectorAll('.intervals svg [part="interval"]');
    expect(lines).toHaveLength(4);
    const rows = [...root(el).querySelectorAll('#intervals-data tbody tr')].map((r) =>
      [...r.children].map((c) => c.textContent?.trim()),
    );
    const tohap = sensitivity.units.find((u) => u.unitCode === 'KS-TH')!;
    expect(rows[0]).toEqual([
      'Tô Hạp',
      '1',
      String(tohap.medianRank).replace('.', ','),
      `${tohap.low}–${tohap.high}`.replaceAll('.', ','),
    ]);
    // x of the median dot: rank r sits at 200 + (r − 1) / (n − 1) · 420.
    const dot = root(el).querySelector('.intervals svg [part="median"]')!;
    expect(Number(dot.getAttribute('cx'))).toBeCloseTo(200 + ((tohap.medianRank - 1) / 3) * 420, 1);
  });
});
