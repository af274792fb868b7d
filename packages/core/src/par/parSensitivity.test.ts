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

  it('reads per-unit survey noise from own keys only (units coded "constructor", "toString"…)', () => {
    const values = { a1: true, a2: 1, b1: 60, b2: 0 };
    const run = (codes: string[], surveyUncertainty: Record<string, number>) =>
      parSensitivity(
        set,
        codes.map((unitCode) => ({ unitCode, values })),
        { draws: 200, seed: 5, weightJitter: 0, surveyUncertainty },
      ).units.map(({ rank, medianRank, low, high }) => [rank, medianRank, low, high]);
    // Only B is noisy: the two quiet twins tie in every draw, whatever they are called.
    const plain = run(['A', 'B', 'C'], { B: 30 });
    expect(plain[0]).toEqual(plain[2]);
    expect(plain[1]![2]).toBeLessThan(plain[1]![3]!); // B's rank does move
    expect(run(['constructor', 'B', 'toString'], { B: 30 })).toEqual(plain);
    expect(run(['valueOf', 'B', 'hasOwnProperty'], { B: 30 })).toEqual(plain);
    // A unit's own entry still applies when its code is a prototype key.
    expect(run(['B', 'constructor', 'C'], { constructor: 30 })).toEqual(
      run(['B', 'A', 'C'], { A: 30 }),
    );
  });

  it('rejects a "__proto__" key or a survey noise that is neither a number nor a map, bilingually', () => {
    const issue = (surveyUncertainty: unknown) => {
      try {
        parSensitivity(set, inputs, {
          draws: 5,
          seed: 1,
          weightJitter: 0,
          surveyUncertainty,
        } as never);
      } catch (e) {
        expect(e).toBeInstanceOf(CchcError);
        return (e as CchcError).issues[0]!;
      }
      throw new Error('accepted');
    };
    const proto = issue(JSON.parse('{"__proto__": 5}'));
    expect(proto.path).toBe('options.surveyUncertainty.__proto__');
    expect(proto.expected.vi).toContain('một khoá khác "__proto__"');
    expect(proto.expected.en).toContain('a key other than "__proto__"');
    const text = issue('5');
    expect(text.path).toBe('options.surveyUncertainty');
    expect(text.message.en).toBe(
      'options.surveyUncertainty: received "5", expected a number from 0 to 100, or an object { unit code: number from 0 to 100 }',
    );
    expect(issue([5]).expected.vi).toBe(
      'một số từ 0 đến 100, hoặc một đối tượng { mã đơn vị: số từ 0 đến 100 }',
    );
    expect(issue({ 'B-STRONG': 101 }).path).toBe('options.surveyUncertainty.B-STRONG');
    expect(issue(-1).expected.en).toBe('a number ≥ 0');
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
