import { describe, expect, it } from 'vitest';
import { CchcError } from '../schema/CchcError.js';
import { analyzeDissatisfaction } from './analyzeDissatisfaction.js';
import { getInstrument } from './getInstrument.js';
import { scoreSipas } from './scoreSipas.js';

const inst = getInstrument('sipas-2017');

/** n respondents of a unit: `sat` of them give E1.1 = 5, the rest 1; E2.1 always 4; E3.1 as given. */
function unit(code: string, n: number, sat: number, e31: number, prefix = code) {
  return Array.from({ length: n }, (_, i) => ({
    respondentId: `${prefix}-${i}`,
    unitCode: code,
    answers: {
      F0: 'no',
      'E1.1': i < sat ? 5 : 1,
      'E2.1': 4,
      'E3.1': e31,
      ...(i === 0 ? { comment_E1: 'Thiếu chỗ ngồi' } : {}),
    },
  }));
}

describe('analyzeDissatisfaction', () => {
  const now = scoreSipas(inst, [...unit('A', 100, 60, 3), ...unit('B', 100, 90, 4)], {
    by: ['unitCode'],
  });
  const before = scoreSipas(inst, [...unit('A', 100, 80, 3, 'a'), ...unit('B', 100, 88, 4, 'b')], {
    by: ['unitCode'],
  });

  it('lists the lowest criteria and the dissatisfied shares per unit', () => {
    const [a] = analyzeDissatisfaction(now, undefined, { lowest: 2 });
    expect(a!.label).toBe('A');
    expect(a!.lowest.map((c) => [c.criterion, c.element, c.index])).toEqual([
      ['E3.1', 'E3', 0],
      ['E1.1', 'E1', 60],
    ]);
    expect(a!.dissatisfied[0]).toMatchObject({ criterion: 'E1.1', dissatisfied: 40 });
    expect(a!.comments.E1).toEqual([
      { respondentId: 'A-0', question: 'comment_E1', text: 'Thiếu chỗ ngồi' },
    ]);
    expect(a!.changes).toEqual([]);
  });

  it('tests the change since last year with the two-proportion z test', () => {
    const [a, b] = analyzeDissatisfaction(now, before);
    const ca = a!.changes.find((c) => c.id === 'E1.1')!;
    // p1 = 0.8, p2 = 0.6, n = 100 each: pooled p = 0.7, se = √(0.7·0.3·0.02) = 0.0648, z = −0.2/0.0648 = −3.086.
    expect(ca.change).toBeCloseTo(-20, 10);
    expect(ca.z).toBeCloseTo(-3.0861, 3);
    expect(ca.pValue).toBeCloseTo(0.00203, 4);
    expect(ca.significant).toBe(true);
    const cb = b!.changes.find((c) => c.id === 'E1.1')!;
    // p1 = 0.88, p2 = 0.90: pooled 0.89, se = √(0.89·0.11·0.02) = 0.04425, z = 0.452 → not significant.
    expect(cb.z).toBeCloseTo(0.452, 2);
    expect(cb.significant).toBe(false);
    expect(a!.changes.find((c) => c.level === 'overall')!.test).toBe('interval-z');
  });

  it('gives no z when neither year has any variance (100% both times)', () => {
    const [a] = analyzeDissatisfaction(now, before);
    expect(a!.changes.find((c) => c.id === 'E2.1')).toMatchObject({
      change: 0,
      z: null,
      significant: false,
    });
  });

  it('refuses to compare results made with different methods', () => {
    const other = scoreSipas(inst, unit('A', 5, 3, 3), { by: ['unitCode'], method: 'mean-score' });
    expect(() => analyzeDissatisfaction(now, other)).toThrow(CchcError);
  });

  it.each([
    [{ lowest: -1 }, 'options.lowest', 'a number ≥ 0'],
    [{ lowest: 2.5 }, 'options.lowest', 'a whole number'],
    [{ lowest: Number.NaN }, 'options.lowest', 'a number'],
    [{ alpha: 0 }, 'options.alpha', 'a number > 0'],
    [{ alpha: 1 }, 'options.alpha', 'a number < 1'],
    [{ alpha: Number.NaN }, 'options.alpha', 'a number'],
  ])('rejects the option %o with a bilingual CchcError naming %s', (options, path, expected) => {
    let error: unknown;
    try {
      analyzeDissatisfaction(now, before, options);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CchcError);
    const issues = (error as CchcError).issues;
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path, expected: { en: expected } });
    expect(issues[0]!.message.vi).toMatch(new RegExp(`^${path.replace('.', '\\.')}: nhận được`));
  });

  it('lists no weakest criterion with lowest: 0, and every one with a large lowest', () => {
    const [a] = analyzeDissatisfaction(now, undefined, { lowest: 0 });
    expect(a!.lowest).toEqual([]);
    const [all] = analyzeDissatisfaction(now, undefined, { lowest: 1000 });
    expect(all!.lowest.map((c) => c.criterion).sort()).toEqual(['E1.1', 'E2.1', 'E3.1']);
  });
});
