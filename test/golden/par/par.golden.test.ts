// Golden test: the PAR index on two criteria sets, four Khánh Sơn communes (synthetic data).
// Every expected number was worked by hand in ./worked-examples.md from shared/domain/par-index.md — never by
// running the code under test. Covers: measured rates fed from a compliance summary, not-applicable criteria,
// appraisal replacing self-assessment, a tie in rank (1, 2, 2, 4), an override, and a self-assessment projection.
import {
  CchcError,
  type CriteriaSet,
  getCriteriaSet,
  overrideCriteriaSet,
  type ParUnitInput,
  type ParUnitResult,
  parInputsFromMeasures,
  scorePar,
  trackSelfAssessment,
} from '@cchc/core';
import { describe, expect, it } from 'vitest';

const setA = getCriteriaSet('example-commune-2017');

const setB: CriteriaSet = overrideCriteriaSet(setA, {
  id: 'ks-commune-example-2019',
  version: '2019.1.0',
  title: {
    vi: 'Bộ chỉ số CCHC cấp xã huyện Khánh Sơn (ví dụ)',
    en: 'Khánh Sơn commune PAR index (example)',
  },
  validFrom: '2019-01-01',
  sources: [
    {
      document: 'Quyết định (giả định, ví dụ) của UBND huyện Khánh Sơn',
      issuer: 'UBND huyện Khánh Sơn',
    },
  ],
  points: { '3': 29, '7': 21, '7.2': 6 },
  add: [
    {
      parent: '3',
      criterion: {
        id: '3.6',
        title: {
          vi: 'Điểm đánh giá giải quyết TTHC bình quân (Thông tư 01/2018, 2/1/0)',
          en: 'Mean processing score (Circular 01/2018, 2/1/0)',
        },
        max: 4,
        method: { type: 'rate', measure: 'compliance.evaluationScore', measureScale: 2 },
        source: 'Thông tư 01/2018/TT-VPCP Điều 13',
      },
    },
  ],
  bands: [
    { id: 'excellent', min: 90, label: { vi: 'Xuất sắc', en: 'Excellent' } },
    { id: 'good', min: 75, label: { vi: 'Tốt', en: 'Good' } },
    { id: 'fair', min: 65, label: { vi: 'Khá', en: 'Fair' } },
    { id: 'average', min: 50, label: { vi: 'Trung bình', en: 'Average' } },
    { id: 'weak', min: 0, label: { vi: 'Yếu', en: 'Weak' } },
  ],
});

interface Commune {
  readonly manual: ParUnitInput;
  readonly compliance: Record<string, number | null>;
  readonly sipas: number;
  readonly health: number;
}

const COMMUNES: Record<string, Commune> = {
  'TO-HAP': {
    manual: {
      unitCode: 'TO-HAP',
      unitName: 'Thị trấn Tô Hạp',
      values: {
        '1.1': true,
        '1.2': 0.85,
        '1.5': 1,
        '2.1': 1,
        '2.2': 2,
        '2.4': true,
        '4.1': true,
        '4.2': 0.75,
        '4.3': true,
        '5.1': true,
        '5.2': true,
        '6.1': 0.25,
        '6.2': true,
        '6.3': false,
      },
    },
    compliance: {
      reportingRate: 5 / 6,
      selfAssessmentRate: 12 / 16,
      feedbackAnsweredRate: 3 / 4,
      onTimeRate: 240 / 250,
      lateApologyRate: 5 / 10,
      noticeRate: 18 / 20,
      inspectionRate: 48 / 52,
      unhandledViolations: 1,
      evaluationScore: 1.5,
    },
    sipas: 84.5,
    health: 70,
  },
  'SON-BINH': {
    manual: {
      unitCode: 'SON-BINH',
      unitName: 'Xã Sơn Bình',
      values: {
        '1.1': true,
        '1.2': 1,
        '1.5': 0.5,
        '2.1': 0.95,
        '2.2': 3,
        '2.4': true,
        '4.1': true,
        '4.2': 0.5,
        '4.3': false,
        '5.1': true,
        '5.2': false,
        '6.1': 0.1,
        '6.2': true,
        '6.3': false,
      },
    },
    compliance: {
      reportingRate: 1,
      selfAssessmentRate: 1,
      feedbackAnsweredRate: null,
      onTimeRate: 1,
      lateApologyRate: null,
      noticeRate: 1,
      inspectionRate: 1,
      unhandledViolations: 0,
      evaluationScore: 2,
    },
    sipas: 78,
    health: 65,
  },
  'SON-HIEP': {
    manual: {
      unitCode: 'SON-HIEP',
      unitName: 'Xã Sơn Hiệp',
      values: {
        '1.1': true,
        '1.2': 0.7,
        '1.5': 1,
        '2.1': 1,
        '2.2': 3,
        '2.4': true,
        '4.1': false,
        '4.2': 1,
        '4.3': true,
        '5.1': true,
        '5.2': true,
        '6.1': 0.75,
        '6.2': true,
        '6.3': true,
      },
      appraised: { '1.5': 0.5, '2.2': 2 },
    },
    compliance: {
      reportingRate: 1,
      selfAssessmentRate: 0.5,
      feedbackAnsweredRate: 1,
      onTimeRate: 0.99,
      lateApologyRate: 1,
      noticeRate: 0.8,
      inspectionRate: 0.5,
      unhandledViolations: 2,
      evaluationScore: 1,
    },
    sipas: 72,
    health: 80,
  },
  'BA-CUM-BAC': {
    manual: {
      unitCode: 'BA-CUM-BAC',
      unitName: 'Xã Ba Cụm Bắc',
      values: {
        '1.1': true,
        '1.2': 1,
        '1.5': 1,
        '2.1': 1,
        '2.2': 3,
        '2.4': true,
        '4.1': true,
        '4.2': 1,
        '4.3': true,
        '5.1': true,
        '5.2': true,
        '6.1': 0.5,
        '6.2': true,
        '6.3': false,
      },
    },
    compliance: {
      reportingRate: 1,
      selfAssessmentRate: 1,
      feedbackAnsweredRate: 1,
      onTimeRate: 0.97,
      lateApologyRate: 0.25,
      noticeRate: 1,
      inspectionRate: 1,
      unhandledViolations: 0,
      evaluationScore: 1.8,
    },
    sipas: 91,
    health: 40,
  },
};

const inputsFor = (set: CriteriaSet): ParUnitInput[] =>
  Object.values(COMMUNES).map((c) =>
    parInputsFromMeasures(
      set,
      c.manual.unitCode,
      { compliance: c.compliance, sipas: { index: c.sipas }, healthStation: { index: c.health } },
      c.manual,
    ),
  );

const previous2016 = [
  { unitCode: 'TO-HAP', index: 72.1, rank: 3 },
  { unitCode: 'SON-BINH', index: 75, rank: 1 },
];
const resultA = scorePar(setA, inputsFor(setA), { previous: previous2016 });
const resultB = scorePar(setB, inputsFor(setB));
const unit = (units: ParUnitResult[], code: string) => units.find((u) => u.unitCode === code)!;
const fieldTable = (u: ParUnitResult) =>
  Object.fromEntries(Object.entries(u.fields).map(([id, f]) => [id, [f.points, f.max]]));

describe('set A: example-commune-2017', () => {
  it('TO-HAP: measured rates from the compliance summary, field subtotals, index, band', () => {
    const u = unit(resultA.units, 'TO-HAP');
    expect(fieldTable(u)).toEqual({
      '1': [10, 12],
      '2': [13, 15],
      '3': [17.5, 25],
      '4': [9, 10],
      '5': [5, 5],
      '6': [3, 8],
      '7': [19, 25],
    });
    expect(u.criteria['1.3']).toMatchObject({ points: 2.5, max: 3 });
    expect(u.criteria['3.1']).toMatchObject({ points: 6, max: 8 });
    expect(u.criteria['3.4']).toMatchObject({ points: 2, max: 4 });
    expect(u.criteria['3.5']).toMatchObject({ points: 3, max: 4 });
    expect(u.criteria['7.1']).toMatchObject({ points: 12, max: 15 });
    expect([u.total, u.max, u.index, u.band]).toEqual([76.5, 100, 76.5, 'fair']);
  });

  it('TO-HAP: points lost, sorted by gain, tree order on ties', () => {
    const u = unit(resultA.units, 'TO-HAP');
    expect(u.lost.map((l) => [l.criterionId, l.points, l.gain])).toEqual([
      ['6.1', 3, 3],
      ['7.1', 3, 3],
      ['7.2', 3, 3],
      ['3.1', 2, 2],
      ['3.2', 2, 2],
      ['3.4', 2, 2],
      ['6.3', 2, 2],
      ['1.2', 1, 1],
      ['2.2', 1, 1],
      ['2.3', 1, 1],
      ['3.5', 1, 1],
      ['4.2', 1, 1],
      ['1.3', 0.5, 0.5],
      ['1.4', 0.5, 0.5],
      ['3.3', 0.5, 0.5],
    ]);
    const onTime = u.lost.find((l) => l.criterionId === '3.1')!;
    expect(onTime.message.vi).toContain('Mất 2/8 điểm');
    expect(onTime.message.vi).toContain('96%');
    expect(onTime.message.vi).toContain('98%');
    expect(onTime.message.en).toContain('Lost 2/8 points');
  });

  it('SON-BINH: not-applicable criteria leave both points and maximum; index rescaled', () => {
    const u = unit(resultA.units, 'SON-BINH');
    expect(fieldTable(u)).toEqual({
      '1': [11.5, 12],
      '2': [9, 11],
      '3': [21, 21],
      '4': [5, 10],
      '5': [3, 5],
      '6': [2.4, 8],
      '7': [15.5, 25],
    });
    expect(u.criteria['2.3']).toEqual({ points: 0, max: 0, applicable: false });
    expect(u.criteria['3.2']).toEqual({ points: 0, max: 0, applicable: false });
    expect([u.total, u.max, u.index, u.band]).toEqual([67.4, 92, 73.26, 'fair']);
    expect(u.lost.map((l) => [l.criterionId, l.points, l.gain])).toEqual([
      ['7.1', 6, 6.52],
      ['6.1', 3.6, 3.91],
      ['7.2', 3.5, 3.8],
      ['4.3', 3, 3.26],
      ['2.1', 2, 2.17],
      ['4.2', 2, 2.17],
      ['5.2', 2, 2.17],
      ['6.3', 2, 2.17],
      ['1.5', 0.5, 0.54],
    ]);
    expect(u.lost[0]!.message.vi).toContain('78');
    expect(u.lost[0]!.message.vi).toContain('≥ 80');
  });

  it('SON-HIEP: appraised points replace self-assessed ones', () => {
    const u = unit(resultA.units, 'SON-HIEP');
    expect(u.criteria['1.5']).toEqual({ points: 0.5, max: 1, applicable: true, from: 'appraised' });
    expect(u.criteria['2.2']).toEqual({ points: 2, max: 3, applicable: true, from: 'appraised' });
    expect(fieldTable(u)).toEqual({
      '1': [8.5, 12],
      '2': [14, 15],
      '3': [18, 25],
      '4': [7, 10],
      '5': [5, 5],
      '6': [7, 8],
      '7': [17, 25],
    });
    expect([u.total, u.max, u.index, u.band]).toEqual([76.5, 100, 76.5, 'fair']);
  });

  it('BA-CUM-BAC: 85 points, good', () => {
    const u = unit(resultA.units, 'BA-CUM-BAC');
    expect(fieldTable(u)).toEqual({
      '1': [12, 12],
      '2': [15, 15],
      '3': [20, 25],
      '4': [10, 10],
      '5': [5, 5],
      '6': [4, 8],
      '7': [19, 25],
    });
    expect([u.total, u.index, u.band]).toEqual([85, 85, 'good']);
  });

  it('ranks with ties sharing a rank and the next rank skipped (1, 2, 2, 4)', () => {
    expect(resultA.units.map((u) => [u.unitCode, u.rank])).toEqual([
      ['TO-HAP', 2],
      ['SON-BINH', 4],
      ['SON-HIEP', 2],
      ['BA-CUM-BAC', 1],
    ]);
  });

  it('the guide example (three communes): ranks 1, 1, 3 and the first thing Tô Hạp should fix', () => {
    const three = inputsFor(setA).filter((u) => u.unitCode !== 'BA-CUM-BAC');
    const { units } = scorePar(setA, three);
    expect(units.map((u) => [u.unitCode, u.index, u.rank])).toEqual([
      ['TO-HAP', 76.5, 1],
      ['SON-BINH', 73.26, 3],
      ['SON-HIEP', 76.5, 1],
    ]);
    expect(units[0]!.lost[0]!.message.vi).toBe(
      'Mất 3/4 điểm — 6.1 Tỷ lệ hồ sơ nộp trực tuyến: đạt 25%, 75% chưa đạt.',
    );
  });

  it('change against the previous year: index points and places moved', () => {
    expect(unit(resultA.units, 'TO-HAP').change).toEqual({
      index: 4.4,
      rank: 1,
      previousIndex: 72.1,
      previousRank: 3,
    });
    expect(unit(resultA.units, 'SON-BINH').change).toEqual({
      index: -1.74,
      rank: -3,
      previousIndex: 75,
      previousRank: 1,
    });
    expect(unit(resultA.units, 'SON-HIEP').change).toBeUndefined();
  });
});

describe('set B: the override (3.6 added, points and bands changed)', () => {
  it('is a valid set based on A, with the new maxima', () => {
    expect(setB.basedOn).toEqual({ id: 'example-commune-2017', version: setA.version });
    expect(setB.fields.map((f) => f.max)).toEqual([12, 15, 29, 10, 5, 8, 21]);
    expect(setB.verified).toBe(false);
  });

  it('scores each unit as worked by hand', () => {
    const rows = resultB.units.map((u) => [
      u.unitCode,
      u.fields['3']!.points,
      u.fields['3']!.max,
      u.fields['7']!.points,
      u.total,
      u.max,
      u.index,
      u.band,
      u.rank,
    ]);
    expect(rows).toEqual([
      ['TO-HAP', 20.5, 29, 16.2, 76.7, 100, 76.7, 'good', 2],
      ['SON-BINH', 25, 25, 12.9, 68.8, 92, 74.78, 'fair', 4],
      ['SON-HIEP', 20, 29, 13.8, 75.3, 100, 75.3, 'good', 3],
      ['BA-CUM-BAC', 23.6, 29, 17.4, 87, 100, 87, 'good', 1],
    ]);
    expect(unit(resultB.units, 'TO-HAP').criteria['3.6']).toMatchObject({ points: 3, max: 4 });
  });
});

describe('invalid criteria sets and scores are rejected, naming the criterion', () => {
  const messages = (f: () => unknown): { vi: string; en: string } => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(CchcError);
      return (e as CchcError).text;
    }
    throw new Error('expected a CchcError');
  };

  it('children exceeding the parent maximum', () => {
    const text = messages(() =>
      overrideCriteriaSet(setA, {
        id: 'bad',
        version: '1',
        sources: [{ document: 'x', issuer: 'y' }],
        add: [
          {
            parent: '3',
            criterion: {
              id: '3.6',
              title: { vi: 'a', en: 'a' },
              max: 4,
              method: { type: 'boolean' },
            },
          },
        ],
      }),
    );
    expect(text.vi).toContain('Tiêu chí "3"');
    expect(text.vi).toContain('(29)');
    expect(text.en).toContain('Criterion "3"');
  });

  it('a negative maximum', () => {
    const bad = structuredClone(setA);
    bad.fields[2]!.children![0]!.max = -1;
    const text = messages(() => scorePar(bad, inputsFor(setA)));
    expect(text.vi).toContain('Tiêu chí "3.1"');
    expect(text.en).toContain('Criterion "3.1"');
  });

  it('duplicate ids', () => {
    const bad = structuredClone(setA);
    bad.fields[1]!.children![1]!.id = '2.1';
    const text = messages(() => scorePar(bad, inputsFor(setA)));
    expect(text.vi).toContain('Tiêu chí "2.1"');
    expect(text.en).toContain('unique criterion id');
  });

  it('a score above the maximum, and a negative score', () => {
    const inputs = inputsFor(setA);
    const over = inputs.map((u, i) =>
      i === 0 ? { ...u, values: { ...u.values, '1.5': 1.5 } } : u,
    );
    const above = messages(() => scorePar(setA, over));
    expect(above.vi).toContain('dòng 1');
    expect(above.vi).toContain('"1.5"');
    expect(above.en).toContain('points from 0 to 1');
    const under = inputs.map((u, i) =>
      i === 1 ? { ...u, values: { ...u.values, '2.2': -1 } } : u,
    );
    const negative = messages(() => scorePar(setA, under));
    expect(negative.en).toContain('row 2');
    expect(negative.en).toContain('"2.2"');
  });
});

describe('self-assessment series: SON-BINH 2017', () => {
  const track = trackSelfAssessment({
    unitCode: 'SON-BINH',
    year: 2017,
    entries: [
      { period: '2017-01', index: 60 },
      { period: '2017-02', index: 62 },
      { period: '2017-Q1', index: 63 },
      { period: '2017-04', index: 65 },
      { period: '2017-05', index: 67 },
      { period: '2017-Q2', index: 69 },
    ],
  });
  it('projects the year by least squares', () => {
    expect(track.trend).toEqual({ slopePerMonth: 1.77, direction: 'up' });
    expect(track.projection).toEqual({ index: 79.39, method: 'least-squares', basedOn: 6 });
  });
  it('lists the monthly and quarterly points with changes', () => {
    expect(track.monthly.map((m) => [m.period, m.change])).toEqual([
      ['2017-01', null],
      ['2017-02', 2],
      ['2017-04', 3],
      ['2017-05', 2],
    ]);
    expect(track.quarterly).toEqual([
      { period: '2017-Q1', index: 63, from: 'quarterly', change: null },
      { period: '2017-Q2', index: 69, from: 'quarterly', change: 6 },
    ]);
  });
});
