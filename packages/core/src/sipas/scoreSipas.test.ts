import { describe, expect, it } from 'vitest';
import { CchcError } from '../schema/CchcError.js';
import { getInstrument } from './getInstrument.js';
import { parseInstrument } from './parseInstrument.js';
import { SIPAS_NO_ANSWER } from './responseSchema.js';
import { scoreSipas } from './scoreSipas.js';

const inst = getInstrument('sipas-2017');
// The domain reference's worked example: element E4, four respondents.
const e4 = [
  { respondentId: 'R1', unitCode: 'U', answers: { F0: 'no', 'E4.1': 4, 'E4.2': 5, 'E4.3': 3 } },
  { respondentId: 'R2', unitCode: 'U', answers: { F0: 'no', 'E4.1': 2, 'E4.2': 4, 'E4.3': 4 } },
  { respondentId: 'R3', unitCode: 'U', answers: { F0: 'no', 'E4.1': 5, 'E4.2': 5, 'E4.3': null } },
  { respondentId: 'R4', unitCode: 'U', answers: { F0: 'no', 'E4.1': 4, 'E4.2': 0, 'E4.3': 4 } },
];

describe('scoreSipas', () => {
  it('computes the worked example: E4.1 = 3/4, E4.2 = 3/3 (0 = not applicable), E4.3 = 2/3 (blank) → E4 = 80.56', () => {
    const g = scoreSipas(inst, e4).groups[0]!;
    expect(g.key).toEqual({});
    expect(g.criteria['E4.1']).toMatchObject({
      index: 75,
      n: 4,
      levels: [0, 1, 0, 2, 1],
      dissatisfied: 25,
    });
    expect(g.criteria['E4.2']).toMatchObject({ index: 100, n: 3, notApplicable: 1 });
    expect(g.criteria['E4.3']!.index).toBeCloseTo(200 / 3, 10);
    expect(g.criteria['E4.3']!.noAnswer).toBe(1);
    expect(g.elements.E4!.index).toBeCloseTo((75 + 100 + 200 / 3) / 3, 10);
    expect(g.overall.index).toBeCloseTo(80.5556, 4);
    expect(g.overall.missingElements).toEqual(['E1', 'E2', 'E3', 'E5']);
  });

  it('reports null, never NaN, where there is nothing to compute from', () => {
    const g = scoreSipas(inst, e4).groups[0]!;
    expect(g.elements.E1).toEqual({ index: null, low: null, high: null, n: 0 });
    expect(g.criteria['E5.1']).toMatchObject({
      index: null,
      low: null,
      high: null,
      satisfied: null,
      skipped: 4,
    });
    expect(JSON.stringify(scoreSipas(inst, e4))).not.toContain('NaN');
  });

  it('pools answers with share-satisfied-answers: 8 satisfied of 10 valid answers = 80', () => {
    const g = scoreSipas(inst, e4, { method: 'share-satisfied-answers' }).groups[0]!;
    expect(g.elements.E4!.index).toBeCloseTo(80, 10);
    expect(g.overall.index).toBeCloseTo(80, 10);
  });

  it('maps levels to (x − 1)·25 with mean-score', () => {
    const g = scoreSipas(inst, e4, { method: 'mean-score' }).groups[0]!;
    expect(g.criteria['E4.1']!.index).toBeCloseTo((75 + 25 + 100 + 75) / 4, 10);
    expect(g.criteria['E4.2']!.index).toBeCloseTo((100 + 75 + 100) / 3, 10);
    expect(g.elements.E4!.index).toBeCloseTo((68.75 + 275 / 3 + 200 / 3) / 3, 10);
  });

  it('computes the comprehensive index: R3 and R4 have only satisfied valid answers → 2 of 4', () => {
    expect(scoreSipas(inst, e4).groups[0]!.overall.comprehensive).toMatchObject({
      index: 50,
      n: 4,
    });
  });

  it('gives Wilson intervals that contain the estimate and stay in 0–100', () => {
    const c = scoreSipas(inst, e4).groups[0]!.criteria['E4.2']!;
    // Wilson, p = 1, n = 3: low = n / (n + z²) = 3 / (3 + 3.8415) = 0.4385.
    expect(c.low).toBeCloseTo(43.85, 2);
    expect(c.high).toBe(100);
  });

  it('weights answers and uses the effective n', () => {
    const rows = [
      { respondentId: 'a', unitCode: 'U', weight: 3, answers: { F0: 'no', 'E1.1': 4 } },
      { respondentId: 'b', unitCode: 'U', weight: 1, answers: { F0: 'no', 'E1.1': 2 } },
    ];
    const c = scoreSipas(inst, rows, { weighted: true }).groups[0]!.criteria['E1.1']!;
    expect(c.index).toBe(75);
    expect(c.weightedN).toBe(4);
    expect(c.effectiveN).toBeCloseTo(16 / 10, 12);
    expect(scoreSipas(inst, rows).groups[0]!.criteria['E1.1']!.index).toBe(50);
  });

  it('gives null intervals, never NaN, when weights are too small for their squares in fixed point', () => {
    // w = 0.001 → 66 units of 2⁻¹⁶; 66² / 65536 rounds to 0, so Σw² = 0 and (Σw)² / Σw² has no value.
    const rows = [
      { respondentId: '1', unitCode: 'U', weight: 0.001, answers: { 'E1.1': 4 } },
      { respondentId: '2', unitCode: 'U', weight: 0.001, answers: { 'E1.1': 2 } },
    ];
    const g = scoreSipas(inst, rows, { weighted: true, bootstrap: 0 }).groups[0]!;
    expect(g.criteria['E1.1']).toMatchObject({ index: 50, low: null, high: null, effectiveN: 0 });
    expect(g.criteria['E1.1']).toMatchObject({ dissatisfied: 50, dissatisfiedLow: null });
    expect(g.overall.comprehensive).toMatchObject({ low: null, high: null });
  });

  it('groups by unit and sorts groups by key', () => {
    const rows = [
      { respondentId: '1', unitCode: 'B', answers: { F0: 'no', 'E1.1': 5 } },
      { respondentId: '2', unitCode: 'A', answers: { F0: 'no', 'E1.1': 1 } },
    ];
    const r = scoreSipas(inst, rows, { by: ['unitCode'] });
    expect(r.groups.map((g) => [g.label, g.overall.index])).toEqual([
      ['A', 0],
      ['B', 100],
    ]);
  });

  it('flags samples below N / (1 + N·e²), or below 30 without N', () => {
    const g = scoreSipas(inst, e4, { population: 100 }).groups[0]!;
    expect(g.sample).toEqual({ n: 4, minimum: 80, population: 100, belowMinimum: true });
    expect(scoreSipas(inst, e4).groups[0]!.sample.minimum).toBe(30);
  });

  it('reads a population map by its own labels only: "constructor" or "__proto__" is a unit like any other', () => {
    const rows = ['constructor', '__proto__', 'A'].map((unitCode, i) => ({
      respondentId: `${i}`,
      unitCode,
      answers: { 'E1.1': 4 },
    }));
    const unlisted = scoreSipas(inst, rows, { by: ['unitCode'], population: { A: 100 } });
    expect(unlisted.groups.map((g) => [g.label, g.sample.population, g.sample.minimum])).toEqual([
      ['A', 100, 80],
      ['__proto__', null, 30],
      ['constructor', null, 30],
    ]);
    // JSON.parse keeps "__proto__" as an own key; zod drops it from records, the options keep it (N = 40 → 37).
    const population = JSON.parse('{"__proto__": 40, "constructor": 100}');
    const listed = scoreSipas(inst, rows, { by: ['unitCode'], population });
    expect(listed.groups.map((g) => [g.label, g.sample.population, g.sample.minimum])).toEqual([
      ['A', null, 30],
      ['__proto__', 40, 37],
      ['constructor', 100, 80],
    ]);
    expect(() =>
      scoreSipas(inst, rows, { by: ['unitCode'], population: JSON.parse('{"__proto__": -1}') }),
    ).toThrow(/options\.population\.__proto__/);
  });

  it('throws on invalid answers by default, and excludes them only when asked', () => {
    const rows = [
      ...e4,
      { respondentId: 'R5', unitCode: 'U', answers: { F0: 'no', 'E4.1': 9, 'E4.2': 1 } },
    ];
    expect(() => scoreSipas(inst, rows)).toThrow(CchcError);
    const r = scoreSipas(inst, rows, { onInvalid: 'exclude' });
    expect(r.invalid.excludedAnswers).toBe(1);
    expect(r.invalid.issues[0]).toMatchObject({ kind: 'out-of-scale', row: 5 });
    const g = r.groups[0]!;
    expect(g.criteria['E4.1']!.n).toBe(4);
    expect(g.criteria['E4.2']).toMatchObject({ index: 75, n: 4 });
  });

  it('excludes a duplicate respondent as a whole (keeping the first)', () => {
    const rows = [...e4, { respondentId: 'R1', unitCode: 'U', answers: { 'E4.1': 1 } }];
    const r = scoreSipas(inst, rows, { onInvalid: 'exclude' });
    expect(r.invalid.excludedRows).toBe(1);
    expect(r.groups[0]!.criteria['E4.1']!.index).toBe(75);
  });

  it('gives the same result from columns as from response objects', () => {
    const columns = {
      length: 4,
      respondentId: ['R1', 'R2', 'R3', 'R4'],
      unitCode: { codes: new Uint8Array(4), values: ['U'] },
      answers: {
        F0: ['no', 'no', 'no', 'no'],
        'E4.1': Uint8Array.of(4, 2, 5, 4),
        'E4.2': Uint8Array.of(5, 4, 5, 0),
        'E4.3': Uint8Array.of(3, 4, SIPAS_NO_ANSWER, 4),
      },
    };
    expect(scoreSipas(inst, columns)).toEqual(scoreSipas(inst, e4));
  });

  it('is deterministic for a seed and changes intervals with it', () => {
    const a = scoreSipas(inst, e4, { seed: 7 }).groups[0]!.elements.E4;
    expect(scoreSipas(inst, e4, { seed: 7 }).groups[0]!.elements.E4).toEqual(a);
  });

  it('weights elements in the overall mean when the instrument says so', () => {
    const data = JSON.parse(JSON.stringify(inst));
    data.id = 'weighted-elements';
    data.elements[0].weight = 3; // E1
    const weighted = parseInstrument(data);
    const rows = [
      { respondentId: '1', unitCode: 'U', answers: { F0: 'no', 'E1.1': 5, 'E2.1': 1 } },
    ];
    expect(scoreSipas(weighted, rows).groups[0]!.overall.index).toBe((3 * 100 + 1 * 0) / 4);
  });

  it('reports the health method companions: mean expectation met and share who would return', () => {
    const health = getInstrument('health-station-example');
    const rows = [
      { respondentId: '1', unitCode: 'TYT', answers: { A1: 5, G1: 80, G2: 5 } },
      { respondentId: '2', unitCode: 'TYT', answers: { A1: 3, G1: 60, G2: 3 } },
      { respondentId: '3', unitCode: 'TYT', answers: { A1: 4, G1: null, G2: 4 } },
    ];
    const g = scoreSipas(health, rows).groups[0]!;
    expect(g.companions.expectationMet).toMatchObject({ index: 70, n: 2 });
    expect(g.companions.returnRate!.index).toBeCloseTo(200 / 3, 10);
    expect(g.overall.comprehensive.index).toBeCloseTo(200 / 3, 10);
  });

  it('groups comments under an element whose id is an Object.prototype name (e.g. "toString")', () => {
    const raw = JSON.parse(JSON.stringify(inst));
    raw.elements[0].id = 'toString';
    const renamed = parseInstrument(raw);
    const rows = [
      { respondentId: 'R1', unitCode: 'U', answers: { 'E1.1': 4, comment_E1: 'Chờ lâu' } },
      { respondentId: 'R2', unitCode: 'U', answers: { 'E1.1': 2, comment_E1: 'Thiếu ghế' } },
    ];
    const g = scoreSipas(renamed, rows, { bootstrap: 0 }).groups[0]!;
    expect(g.elements).toHaveProperty(['toString', 'index'], 50);
    expect(g.comments).toEqual({
      toString: [
        { respondentId: 'R1', question: 'comment_E1', text: 'Chờ lâu' },
        { respondentId: 'R2', question: 'comment_E1', text: 'Thiếu ghế' },
      ],
    });
  });
});
