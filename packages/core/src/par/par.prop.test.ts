import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Criterion } from './criteriaSetSchema.js';
import { getCriteriaSet } from './getCriteriaSet.js';
import { parSensitivity } from './parSensitivity.js';
import { scorePar } from './scorePar.js';

const set = getCriteriaSet('example-commune-2017');
const leaves: Criterion[] = [];
const collect = (c: Criterion): void => {
  if (c.children) c.children.forEach(collect);
  else leaves.push(c);
};
set.fields.forEach(collect);

/** A valid value for a leaf, by its method. */
const leafValue = (leaf: Criterion): fc.Arbitrary<number | boolean> => {
  switch (leaf.method!.type) {
    case 'boolean':
      return fc.boolean();
    case 'manual':
      return fc.integer({ min: 0, max: leaf.max * 4 }).map((q) => q / 4);
    case 'rate':
      return fc.integer({ min: 0, max: 100 }).map((p) => p / 100);
    case 'survey':
      return fc.integer({ min: 0, max: 1000 }).map((x) => x / 10);
    default:
      return fc.integer({ min: 0, max: 6 });
  }
};
const unitArb = fc
  .tuple(
    fc.tuple(...leaves.map(leafValue)),
    fc.subarray(
      leaves.map((l) => l.id),
      { maxLength: 4 },
    ),
  )
  .map(([values, notApplicable]) => ({
    values: Object.fromEntries(
      leaves
        .map((l, i) => [l.id, values[i]!])
        .filter(([id]) => !notApplicable.includes(id as string)),
    ),
    notApplicable,
  }));
const unitsArb = fc
  .array(unitArb, { minLength: 1, maxLength: 12 })
  .map((list) => list.map((u, i) => ({ unitCode: `U${i}`, ...u })));

describe('PAR index properties', () => {
  it('index in [0, 100], total ≤ max, lost points add up to max − total, fields add up to total', () => {
    fc.assert(
      fc.property(unitsArb, (inputs) => {
        for (const u of scorePar(set, inputs).units) {
          expect(u.index).toBeGreaterThanOrEqual(0);
          expect(u.index).toBeLessThanOrEqual(100);
          expect(u.total).toBeLessThanOrEqual(u.max + 1e-9);
          const lost = u.lost.reduce((t, l) => t + l.points, 0);
          expect(lost).toBeCloseTo(u.max - u.total, 6);
          const fields = Object.values(u.fields).reduce((t, f) => t + f.points, 0);
          expect(fields).toBeCloseTo(u.total, 6);
          for (let i = 1; i < u.lost.length; i++)
            expect(u.lost[i - 1]!.gain).toBeGreaterThanOrEqual(u.lost[i]!.gain);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('rank = 1 + number of units with a strictly higher index', () => {
    fc.assert(
      fc.property(unitsArb, (inputs) => {
        const units = scorePar(set, inputs).units;
        for (const u of units)
          expect(u.rank).toBe(1 + units.filter((v) => v.index > u.index).length);
      }),
      { numRuns: 60 },
    );
  });

  it('sensitivity intervals contain the median, stay within 1…n, and collapse without perturbation', () => {
    fc.assert(
      fc.property(unitsArb, fc.integer(), (inputs, seed) => {
        const n = inputs.length;
        const still = parSensitivity(set, inputs, { draws: 5, seed, weightJitter: 0 });
        const moved = parSensitivity(set, inputs, {
          draws: 40,
          seed,
          weightJitter: 0.5,
          surveyUncertainty: 10,
        });
        still.units.forEach((u) => {
          expect([u.low, u.medianRank, u.high]).toEqual([u.rank, u.rank, u.rank]);
        });
        moved.units.forEach((u) => {
          expect(1 <= u.low && u.low <= u.medianRank && u.medianRank <= u.high && u.high <= n).toBe(
            true,
          );
        });
      }),
      { numRuns: 30 },
    );
  });
});
