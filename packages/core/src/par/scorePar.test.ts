import { describe, expect, it } from 'vitest';
import { CchcError } from '../schema/CchcError.js';
import { tinySet } from './internal/testSets.js';
import { scorePar } from './scorePar.js';

// Tiny set (10 points): A = a1 boolean 2 + a2 rate (≥1 → 4, ≥0.5 → 2); B = b1 survey proportional 3 + b2 deduction 0.5/item, max 1.
const set = tinySet();
const X = { unitCode: 'X', values: { a1: true, a2: 0.5, b1: 80, b2: 1 } }; // 2 + 2 + 2.4 + 0.5 = 6.9 / 10
const Y = { unitCode: 'Y', values: { a1: false, a2: 1, b1: 100, b2: 3 } }; // 0 + 4 + 3 + 0 (floor) = 7 / 10
const Z = { unitCode: 'Z', values: { a1: true, a2: 0.49, b2: 0 }, notApplicable: ['b1'] }; // 2 + 0 + 1 = 3 / 7
const W = { unitCode: 'W', values: { a1: true, a2: 1 }, notApplicable: ['B'] }; // 6 / 6

const errorOf = (f: () => unknown): CchcError => {
  try {
    f();
  } catch (e) {
    if (e instanceof CchcError) return e;
    throw e;
  }
  throw new Error('expected a CchcError');
};

describe('scorePar', () => {
  const { units } = scorePar(set, [X, Y, Z, W]);
  const [x, y, z, w] = units as [
    (typeof units)[0],
    (typeof units)[0],
    (typeof units)[0],
    (typeof units)[0],
  ];

  it('scores each method: boolean, thresholds top-down, proportional survey, deduction with floor 0', () => {
    expect([
      x.criteria['a1']!.points,
      x.criteria['a2']!.points,
      x.criteria['b1']!.points,
      x.criteria['b2']!.points,
    ]).toEqual([2, 2, 2.4, 0.5]);
    expect([
      y.criteria['a1']!.points,
      y.criteria['a2']!.points,
      y.criteria['b1']!.points,
      y.criteria['b2']!.points,
    ]).toEqual([0, 4, 3, 0]);
    expect(z.criteria['a2']!.points).toBe(0); // 0.49 reaches no step
    expect([x.total, x.index, y.total, y.index]).toEqual([6.9, 69, 7, 70]);
  });

  it('drops not-applicable leaves and whole fields from points and maximum', () => {
    expect([z.total, z.max, z.index, z.band]).toEqual([3, 7, 42.86, 'weak']);
    expect(z.fields['B']).toEqual({ points: 1, max: 1, applicable: true });
    expect(w.fields['B']).toEqual({ points: 0, max: 0, applicable: false });
    expect(w.criteria['b1']).toEqual({ points: 0, max: 0, applicable: false });
    expect([w.total, w.max, w.index, w.band]).toEqual([6, 6, 100, 'good']);
  });

  it('ranks by index, descending', () => {
    expect(units.map((u) => u.rank)).toEqual([3, 2, 4, 1]);
  });

  it('gives equal indices the same rank and skips the next (1, 1, 3)', () => {
    const P = { unitCode: 'P', values: { a1: true, a2: 1, b2: 0 }, notApplicable: ['b1'] }; // 7 / 7 = 100
    const ranks = scorePar(set, [W, P, Y]).units.map((u) => u.rank);
    expect(ranks).toEqual([1, 1, 3]);
  });

  it('puts an index exactly on a band cut-off into that band', () => {
    const E = { unitCode: 'E', values: { a1: false, a2: 1, b1: 100, b2: 0 } }; // 8 / 10
    expect(scorePar(set, [E]).units[0]).toMatchObject({
      index: 80,
      band: 'good',
      bandLabel: { vi: 'Tốt', en: 'Good' },
    });
  });

  it('lists lost points by size with bilingual sentences; nothing lost → empty list', () => {
    expect(x.lost.map((l) => [l.criterionId, l.points, l.gain])).toEqual([
      ['a2', 2, 20],
      ['b1', 0.6, 6],
      ['b2', 0.5, 5],
    ]);
    expect(x.lost[0]!.message).toEqual({
      vi: 'Mất 2/4 điểm — a2 a2: đạt 50%; cần ≥ 100% để được 4 điểm.',
      en: 'Lost 2/4 points — a2 a2: 50% met; ≥ 100% earns 4 points.',
    });
    expect(x.lost[1]!.message.vi).toBe('Mất 0,6/3 điểm — b1 b1: chỉ số 80/100.');
    expect(x.lost[2]!.message.en).toBe(
      'Lost 0.5/1 points — b2 b2: 1 violation(s), 0.5 point(s) off each.',
    );
    expect(y.lost[0]!.message.en).toContain('not done');
    expect(w.lost).toEqual([]);
  });

  it('reports the change against the previous period', () => {
    const r = scorePar(set, [X, Y], { previous: [{ unitCode: 'X', index: 75.5, rank: 1 }] });
    expect(r.units[0]!.change).toEqual({
      index: -6.5,
      rank: -1,
      previousIndex: 75.5,
      previousRank: 1,
    });
    expect(r.units[1]!.change).toBeUndefined();
  });

  it('rejects scores out of range, wrong types and missing values, naming unit row and criterion', () => {
    const e = errorOf(() =>
      scorePar(set, [
        { unitCode: 'X', values: { a1: 1, a2: 1.2, b1: -3, b2: 0.5 } },
        { unitCode: 'Y', values: { a1: true, a2: 1, b1: 50 } },
      ]),
    );
    const texts = e.issues.map((i) => i.message.en);
    expect(texts[0]).toContain('row 1, inputs[0].values["a1"]: received 1, expected true or false');
    expect(texts[1]).toContain('"a2"');
    expect(texts[1]).toContain('a rate in [0, 1]');
    expect(texts[2]).toContain('an index in [0, 100]');
    expect(texts[3]).toContain('a whole number ≥ 0');
    expect(texts[4]).toContain('row 2, inputs[1].values["b2"]: received (empty)');
    expect(e.issues[4]!.message.vi).toContain('hoặc đánh dấu không đánh giá');
  });

  it('rejects unknown criteria, values for internal nodes and for not-applicable criteria, duplicate units', () => {
    const e = errorOf(() =>
      scorePar(set, [
        { unitCode: 'X', values: { ...X.values, zz: 1, A: 3 } },
        { unitCode: 'X', values: Y.values, notApplicable: ['b1', 'nope'] },
      ]),
    );
    const texts = e.issues.map((i) => i.message.en);
    expect(
      texts.some((t) => t.includes('values["zz"]') && t.includes('leaf criterion in the set')),
    ).toBe(true);
    expect(texts.some((t) => t.includes('values["A"]') && t.includes('has sub-criteria'))).toBe(
      true,
    );
    expect(texts.some((t) => t.includes('unique unit code'))).toBe(true);
    expect(texts.some((t) => t.includes('received "nope"'))).toBe(true);
    expect(texts.some((t) => t.includes('"b1" is marked not applicable'))).toBe(true);
  });

  it('rejects a "__proto__" key in values or appraised instead of dropping it without a word', () => {
    const values = JSON.parse('{"a1": true, "a2": 1, "b1": 60, "b2": 0, "__proto__": 4}');
    const e = errorOf(() =>
      scorePar(set, [
        { unitCode: 'X', values },
        { unitCode: '__proto__', values: X.values, appraised: JSON.parse('{"__proto__": 1}') },
      ]),
    );
    expect(e.issues.map((i) => [i.path, i.value])).toEqual([
      ['inputs[0].values.__proto__', 4],
      ['inputs[1].appraised.__proto__', 1],
    ]);
    expect(e.issues[0]!.expected.vi).toContain('một khoá khác "__proto__"');
    // A unit coded "__proto__" is an ordinary unit.
    expect(scorePar(set, [{ ...X, unitCode: '__proto__' }]).units[0]!.total).toBe(6.9);
  });

  it('rejects values of the wrong type (text, null) with the criterion named', () => {
    const e = errorOf(() =>
      scorePar(set, [{ unitCode: 'X', values: { a1: 'yes', a2: null, b1: '80', b2: 0 } }]),
    );
    expect(e.issues.map((i) => i.message.en)).toEqual([
      'row 1, inputs[0].values["a1"]: received "yes", expected true or false (done / not done) (criterion "a1")',
      'row 1, inputs[0].values["a2"]: received null, expected a rate in [0, 1] (criterion "a2")',
      'row 1, inputs[0].values["b1"]: received "80", expected an index in [0, 100] (criterion "b1")',
    ]);
  });

  it('rejects a unit with nothing applicable', () => {
    const e = errorOf(() =>
      scorePar(set, [{ unitCode: 'N', values: {}, notApplicable: ['A', 'B'] }]),
    );
    expect(e.text.en).toContain('at least one criterion');
  });

  it('uses appraised values over self-assessed ones and says so', () => {
    const r = scorePar(set, [{ ...X, appraised: { a2: 1 } }]);
    expect(r.units[0]!.criteria['a2']).toEqual({
      points: 4,
      max: 4,
      applicable: true,
      from: 'appraised',
    });
    expect(r.units[0]!.criteria['a1']!.from).toBe('self');
  });
});
