import { describe, expect, it } from 'vitest';
import { CchcError } from '../schema/CchcError.js';
import { tinySet } from './internal/testSets.js';
import { parSensitivity } from './parSensitivity.js';
import { scorePar } from './scorePar.js';

const set = tinySet();
// Field A strong / field B weak against the reverse: weights decide who leads.
const inputs = [
  { unitCode: 'A-STRONG', values: { a1: true, a2: 1, b1: 20, b2: 2 } }, // 6 + 0.6 + 0 = 6.6
  { unitCode: 'B-STRONG', values: { a1: true, a2: 0.5, b1: 100, b2: 0 } }, // 4 + 3 + 1 = 8
  { unitCode: 'MIDDLE', values: { a1: false, a2: 1, b1: 60, b2: 0 } }, // 4 + 1.8 + 1 = 6.8
  { unitCode: 'TWIN', values: { a1: false, a2: 1, b1: 60, b2: 0 } }, // same as MIDDLE
];

describe('parSensitivity', () => {
  it('with no perturbation, every draw gives the nominal rank (ties included)', () => {
    const r = parSensitivity(set, inputs, { draws: 50, seed: 1, weightJitter: 0 });
    const nominal = scorePar(set, inputs).units.map((u) => u.rank);
    expect(r.units.map((u) => u.rank)).toEqual(nominal);
    expect(r.units.map((u) => [u.medianRank, u.low, u.high])).toEqual(
      nominal.map((k) => [k, k, k]),
    );
    expect(nominal).toEqual([4, 1, 2, 2]);
  });

  it('is reproducible from its seed and varies with it', () => {
    const options = { draws: 400, seed: 7, weightJitter: 0.9, surveyUncertainty: 30 };
    const first = parSensitivity(set, inputs, options);
    expect(parSensitivity(set, inputs, options)).toEqual(first);
    expect(first.units.some((u) => u.low < u.high)).toBe(true);
  });

  it('keeps identical units tied in every draw when only weights move', () => {
    const r = parSensitivity(set, inputs, { draws: 200, seed: 3, weightJitter: 0.5 });
    const [, , middle, twin] = r.units;
    expect([middle!.medianRank, middle!.low, middle!.high]).toEqual([
      twin!.medianRank,
      twin!.low,
      twin!.high,
    ]);
  });

  it('orders low ≤ median ≤ high within 1…n, and a wider coverage never narrows the interval', () => {
    const base = { draws: 300, seed: 11, weightJitter: 0.6, surveyUncertainty: { 'B-STRONG': 40 } };
    const r90 = parSensitivity(set, inputs, base);
    const r50 = parSensitivity(set, inputs, { ...base, coverage: 0.5 });
    r90.units.forEach((u, i) => {
      expect(1 <= u.low && u.low <= u.medianRank && u.medianRank <= u.high && u.high <= 4).toBe(
        true,
      );
      expect(u.low).toBeLessThanOrEqual(r50.units[i]!.low);
      expect(u.high).toBeGreaterThanOrEqual(r50.units[i]!.high);
    });
    expect(r90.coverage).toBe(0.9);
  });

  it('rejects bad options bilingually', () => {
    expect(() => parSensitivity(set, inputs, { draws: 0, seed: 1, weightJitter: 0.2 })).toThrow(
      CchcError,
    );
    expect(() => parSensitivity(set, inputs, { draws: 10, seed: 1, weightJitter: 2 })).toThrow(
      /options\.weightJitter/,
    );
  });
});
