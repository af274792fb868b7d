// Fuzz and properties of the PAR index: hostile input is rejected with a CchcError; points stay in [0, max], the
// index in [0, 100] and ranks in 1…n; the order of the units does not matter; raising one value never lowers a
// total. (packages/core/src/par/par.prop.test.ts already checks totals, lost points and the rank formula on valid
// input; these properties add what it leaves out.)
import {
  type CchcError,
  getCriteriaSet,
  overrideCriteriaSet,
  parInputsFromMeasures,
  parSensitivity,
  scorePar,
  trackSelfAssessment,
} from '@cchc/core';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  expectCchcError,
  expectPrototypesClean,
  hostile,
  mutantOf,
  nastyString,
  PROPERTY_TIMEOUT,
  runs,
  validOrCchcError,
  withPermutation,
} from './kit.js';

import { type Inputs, leaves, set, units } from './par-data.js';

afterAll(expectPrototypesClean);

describe('PAR entry points on hostile input', () => {
  it(
    'scorePar / parSensitivity: a bounded result or a CchcError, for mutated sets, inputs and options',
    () => {
      const options = fc.oneof(
        mutantOf({
          draws: 20,
          seed: 3,
          weightJitter: 0.3,
          surveyUncertainty: { U0: 5 },
          coverage: 0.8,
        }),
        hostile,
      );
      fc.assert(
        fc.property(
          fc.oneof(fc.constant(set), mutantOf(set), hostile),
          fc.oneof(units, units.chain(mutantOf), hostile),
          options,
          fc.oneof(
            fc.constant({}),
            mutantOf({ previous: [{ unitCode: 'U0', index: 50, rank: 2 }] }),
            hostile,
          ),
          (s, inputs, sens, opts) => {
            validOrCchcError(
              () => scorePar(s, inputs, opts as never),
              (r) => expectBoundedPar(r.units),
            );
            validOrCchcError(
              () => parSensitivity(s, inputs, sens as never),
              (r) => {
                for (const u of r.units) {
                  expect(u.low).toBeGreaterThanOrEqual(1);
                  expect(u.high).toBeLessThanOrEqual(r.units.length);
                  expect(u.low <= u.medianRank && u.medianRank <= u.high).toBe(true);
                }
              },
            );
          },
        ),
        { numRuns: runs(150) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'getCriteriaSet / overrideCriteriaSet: a valid set or a CchcError',
    () => {
      const override = {
        id: 'khanh-hoa-2018',
        version: '1',
        sources: [{ document: 'QĐ 1/QĐ-UBND', issuer: 'UBND tỉnh Khánh Hòa' }],
        points: { '1.5': 2, '1': 13 },
        methods: { '2.2': { type: 'boolean' } },
        add: [
          {
            parent: '4',
            criterion: {
              id: '4.4',
              title: { vi: 'Mới', en: 'New' },
              max: 1,
              method: { type: 'manual' },
            },
          },
        ],
        remove: ['6.3'],
      };
      fc.assert(
        fc.property(
          fc.oneof(fc.constant('example-commune-2017'), nastyString, hostile),
          fc.oneof(fc.constant(set), mutantOf(set), hostile),
          fc.oneof(mutantOf(override), hostile),
          (id, base, o) => {
            validOrCchcError(
              () => getCriteriaSet(id as string),
              (s) => expect(s.id).toBe(id),
            );
            validOrCchcError(() => overrideCriteriaSet(base, o));
          },
        ),
        { numRuns: runs(150) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  // Former bug (core/par/getCriteriaSet.ts; getRulePack had the same, fixed in 184cc1a): the id was not checked to
  // be a string, so getCriteriaSet(Object.create(null)) threw "TypeError: Cannot convert object to primitive value"
  // (and a symbol threw while the message was built). The id is now parsed as a text first.
  it('getCriteriaSet rejects an id with no string form with a CchcError', () => {
    for (const id of [Object.create(null), Symbol('id')]) {
      let thrown: unknown;
      let returned = false;
      try {
        getCriteriaSet(id);
        returned = true;
      } catch (e) {
        thrown = e;
      }
      expect(returned, String(typeof id)).toBe(false);
      expectCchcError(thrown);
      expect((thrown as CchcError).issues[0]?.path).toBe('id');
    }
  });

  it(
    'parInputsFromMeasures / trackSelfAssessment: a valid result or a CchcError',
    () => {
      const measures = {
        compliance: {
          onTimeRate: 0.96,
          reportingRate: null,
          inspectionRate: 1,
          unhandledViolations: 2,
        },
        sipas: { index: 82.5 },
      };
      const series = {
        unitCode: 'U1',
        year: 2017,
        entries: [
          { period: '2017-01', index: 60 },
          { period: '2017-03', index: 70 },
          { period: '2017-Q2', index: 75 },
        ],
      };
      fc.assert(
        fc.property(
          fc.oneof(mutantOf(measures), hostile),
          fc.oneof(fc.constant('U1'), nastyString, hostile),
          fc.oneof(
            fc.constant(undefined),
            mutantOf({ unitCode: 'U1', values: { '1.1': true } }),
            hostile,
          ),
          fc.oneof(mutantOf(series), hostile),
          (m, code, base, s) => {
            validOrCchcError(() =>
              parInputsFromMeasures(set, code as string, m as never, base as never),
            );
            validOrCchcError(
              () => trackSelfAssessment(s as never),
              (t) => {
                expect(t.projection.index).toBeGreaterThanOrEqual(0);
                expect(t.projection.index).toBeLessThanOrEqual(100);
                expect(t.quarterly.length).toBeLessThanOrEqual(4);
              },
            );
          },
        ),
        { numRuns: runs(200) },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

function expectBoundedPar(list: ReturnType<typeof scorePar>['units']): void {
  const n = list.length;
  for (const u of list) {
    for (const c of [...Object.values(u.fields), ...Object.values(u.criteria)]) {
      expect(c.points).toBeGreaterThanOrEqual(0);
      expect(c.points).toBeLessThanOrEqual(c.max + 1e-9);
      if (!c.applicable) expect([c.points, c.max]).toEqual([0, 0]);
    }
    expect(u.total).toBeGreaterThanOrEqual(0);
    expect(u.total).toBeLessThanOrEqual(u.max + 1e-9);
    expect(u.index).toBeGreaterThanOrEqual(0);
    expect(u.index).toBeLessThanOrEqual(100);
    expect(Math.abs(u.index - (100 * u.total) / u.max)).toBeLessThanOrEqual(0.005 + 1e-9); // 2 decimals
    expect(Number.isInteger(u.rank) && u.rank >= 1 && u.rank <= n).toBe(true);
    for (const l of u.lost) expect(l.points).toBeGreaterThanOrEqual(0);
  }
}

describe('PAR results', () => {
  it(
    'keep every criterion’s points in [0, max], the index in [0, 100], ranks in 1…n, the band by its threshold',
    () => {
      fc.assert(
        fc.property(units, (inputs) => {
          const r = scorePar(set, inputs);
          expectBoundedPar(r.units);
          for (const u of r.units) {
            const band =
              set.bands.find((b) => u.index >= b.min) ?? set.bands[set.bands.length - 1]!;
            expect(u.band).toBe(band.id);
          }
        }),
        { numRuns: runs(80) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'do not depend on the order of the units (scorePar, and parSensitivity without survey noise)',
    () => {
      fc.assert(
        fc.property(withPermutation(units), fc.integer(), ([list, shuffled], seed) => {
          const byCode = <T extends { unitCode: string }>(xs: T[]) =>
            Object.fromEntries(xs.map((x) => [x.unitCode, x]));
          expect(byCode(scorePar(set, shuffled).units)).toEqual(byCode(scorePar(set, list).units));
          const options = { draws: 30, seed, weightJitter: 0.4 };
          expect(byCode(parSensitivity(set, shuffled, options).units)).toEqual(
            byCode(parSensitivity(set, list, options).units),
          );
        }),
        { numRuns: runs(40) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'raising one value (manual points, a rate, an index, done instead of not done, fewer violations) never lowers the total',
    () => {
      fc.assert(
        fc.property(
          units,
          fc.nat(),
          fc.nat({ max: leaves.length - 1 }),
          fc.double({ min: 0, max: 1, noNaN: true }),
          (inputs, at, l, step) => {
            const i = at % inputs.length;
            const leaf = leaves[l]!;
            const u = inputs[i]!;
            fc.pre(leaf.id in u.values);
            const field = u.appraised && leaf.id in u.appraised ? 'appraised' : 'values';
            const old = (u[field] as Record<string, number | boolean>)[leaf.id]!;
            const method = leaf.method!.type;
            const top =
              method === 'manual'
                ? leaf.max
                : method === 'rate'
                  ? 1
                  : method === 'survey'
                    ? 100
                    : 0;
            const raised =
              method === 'boolean'
                ? true
                : method === 'deduction'
                  ? Math.floor((old as number) * step)
                  : Math.round(((old as number) + (top - (old as number)) * step) * 100) / 100;
            const changed: Inputs = inputs.map((x, k) =>
              k === i ? { ...x, [field]: { ...x[field], [leaf.id]: raised } } : x,
            );
            const before = scorePar(set, inputs).units[i]!;
            const after = scorePar(set, changed).units[i]!;
            expect(after.total).toBeGreaterThanOrEqual(before.total);
            expect(after.index).toBeGreaterThanOrEqual(before.index);
          },
        ),
        { numRuns: runs(150) },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
