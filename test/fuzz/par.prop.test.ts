// Fuzz and properties of the PAR index: hostile input is rejected with a CchcError; points stay in [0, max], the index
// in [0, 100] and ranks in 1…n; the order of the units does not matter; raising one value never lowers a total;
// unit codes are opaque labels. (packages/core/src/par/par.prop.test.ts already checks totals, lost points and the
// rank formula on valid input; these properties add what it leaves out.)
import {
  type Criterion,
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
  PROTO_KEYS,
  runs,
  stringable,
  validOrCchcError,
  withPermutation,
} from './kit.js';

afterAll(expectPrototypesClean);

const set = getCriteriaSet('example-commune-2017');
const leaves: Criterion[] = [];
const collect = (c: Criterion): void =>
  c.children ? c.children.forEach(collect) : void leaves.push(c);
set.fields.forEach(collect);

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
      return fc.nat({ max: 6 });
  }
};
const unit = fc
  .record({
    values: fc.tuple(...leaves.map(leafValue)),
    appraised: fc.tuple(...leaves.map((l) => fc.option(leafValue(l), { nil: undefined, freq: 4 }))),
    notApplicable: fc.subarray(
      leaves.map((l) => l.id),
      { maxLength: 3 },
    ),
  })
  .map(({ values, appraised, notApplicable }) => {
    const keep = (id: string) => !notApplicable.includes(id);
    const entries = leaves.map((l, i) => [l.id, values[i]!] as const).filter(([id]) => keep(id));
    const appraisedEntries = leaves
      .map((l, i) => [l.id, appraised[i]] as const)
      .filter(([id, v]) => keep(id) && v !== undefined);
    return {
      values: Object.fromEntries(entries),
      ...(appraisedEntries.length > 0 ? { appraised: Object.fromEntries(appraisedEntries) } : {}),
      ...(notApplicable.length > 0 ? { notApplicable } : {}),
    };
  });
const units = fc
  .array(unit, { minLength: 1, maxLength: 10 })
  .map((list) => list.map((u, i) => ({ unitCode: `U${i}`, ...u })));
type Inputs = typeof units extends fc.Arbitrary<infer T> ? T : never;

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
          fc.oneof(fc.constant('example-commune-2017'), nastyString, hostile.filter(stringable)),
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

  // BUG (core/par/getCriteriaSet.ts; getRulePack had the same and was fixed in 184cc1a): the id is not checked to
  // be a string, so getCriteriaSet(Object.create(null)) throws "TypeError: Cannot convert object to primitive value".
  // Remove `.fails` when fixed (and drop the `stringable` filter above).
  it.fails('getCriteriaSet rejects an id with no string form with a CchcError', () => {
    for (const id of [Object.create(null), Symbol('id')]) {
      try {
        getCriteriaSet(id);
        throw new Error('accepted');
      } catch (e) {
        expectCchcError(e);
      }
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

  it(
    'treat unit codes as labels: renaming units (ordinary codes) changes nothing else',
    () => {
      fc.assert(
        fc.property(
          units,
          fc.integer(),
          fc.constantFrom('KS-TOHAP', 'Đắk Lắk', '\u202Eevil', 'x'),
          (inputs, seed, prefix) => {
            const renamed = inputs.map((u) => ({ ...u, unitCode: `${prefix}${u.unitCode}` }));
            const options = {
              draws: 20,
              seed,
              weightJitter: 0.3,
              surveyUncertainty: { [renamed[0]!.unitCode]: 5 },
            };
            const strip = (r: { units: { unitCode: string }[] }) =>
              r.units.map(({ unitCode: _, ...rest }) => rest);
            expect(strip(scorePar(set, renamed))).toEqual(strip(scorePar(set, inputs)));
            expect(strip(parSensitivity(set, renamed, options))).toEqual(
              strip(parSensitivity(set, inputs, { ...options, surveyUncertainty: { U0: 5 } })),
            );
          },
        ),
        { numRuns: runs(40) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  // BUG (core/par/parSensitivity.ts, `half()`): `u[code] ?? 0` reads inherited properties of the surveyUncertainty
  // map, so a unit coded "constructor", "toString", "valueOf"… gets a function as its survey half-width, its
  // perturbed survey points become NaN and its rank interval changes. Counterexample: three units with identical
  // values coded ['constructor', 'B', 'toString'], options { draws: 10, seed: 1, weightJitter: 0.1,
  // surveyUncertainty: { B: 5 } } give medianRank 2/1/2; coded ['A', 'B', 'C'] they give 1.5/2/1.5.
  // Remove `.fails` when fixed.
  it.fails('a unit coded as a prototype key gets no survey noise it was not given', () => {
    fc.assert(
      fc.property(
        units.filter((l) => l.length >= 2),
        fc.integer(),
        fc.constantFrom(...PROTO_KEYS.filter((k) => k !== '__proto__')),
        (inputs, seed, key) => {
          const renamed = inputs.map((u, i) => (i === 1 ? { ...u, unitCode: key } : u));
          const options = { draws: 20, seed, weightJitter: 0.3, surveyUncertainty: { U0: 5 } };
          const strip = (r: { units: { unitCode: string }[] }) =>
            r.units.map(({ unitCode: _, ...rest }) => rest);
          expect(strip(parSensitivity(set, renamed, options))).toEqual(
            strip(parSensitivity(set, inputs, options)),
          );
        },
      ),
      { numRuns: runs(30) },
    );
  });

  // BUG (core/par/parInputsFromMeasures.ts): `m[group]?.[key]` reads inherited properties, so a criterion whose
  // measure is named like "constructor.length" or "valueOf.length" (valid by MeasureNameSchema) takes a value from
  // Object.prototype when the unit has no such measure: with `measure: 'constructor.length'` on the rate criterion
  // 1.2 and `measures = {}`, the result is `{ values: { '1.2': 1 } }` — full marks out of nothing.
  // Remove `.fails` when fixed.
  it.fails('a measure the unit did not give never produces a value', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'constructor.length',
          'valueOf.length',
          'toString.length',
          'hasOwnProperty.length',
          'constructor.name',
        ),
        (measure) => {
          const json = JSON.parse(JSON.stringify(set));
          json.fields[0].children[1].method = { type: 'rate', measure };
          const out = validOrCchcError(() => parInputsFromMeasures(json, 'U1', {}));
          if (out !== undefined) expect(out.values).toEqual({});
        },
      ),
    );
  });

  it('parInputsFromMeasures derives values only from the measures given, in range', () => {
    fc.assert(
      fc.property(
        fc.record({
          onTimeRate: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
          inspectionRate: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
          unhandledViolations: fc.option(fc.nat({ max: 9 })),
        }),
        fc.option(fc.double({ min: 0, max: 100, noNaN: true })),
        (compliance, index) => {
          const measures = { compliance, sipas: { index } };
          const out = parInputsFromMeasures(set, 'U1', measures);
          for (const [id, v] of Object.entries(out.values)) {
            const leaf = leaves.find((l) => l.id === id)!;
            const name = (leaf.method as { measure?: string }).measure!;
            const [g, k] = name.split('.') as [string, string];
            expect((measures as Record<string, Record<string, unknown>>)[g]![k]).toBe(v);
          }
          for (const id of out.notApplicable ?? []) expect(out.values[id]).toBeUndefined();
        },
      ),
      { numRuns: runs(100) },
    );
  });

  it('trackSelfAssessment does not depend on the order of the entries', () => {
    const entry = fc.record({
      period: fc.oneof(
        fc.integer({ min: 1, max: 12 }).map((m) => `2017-${String(m).padStart(2, '0')}`),
        fc.integer({ min: 1, max: 4 }).map((q) => `2017-Q${q}`),
      ),
      index: fc.integer({ min: 0, max: 1000 }).map((x) => x / 10),
    });
    const entries = fc.uniqueArray(entry, {
      minLength: 1,
      maxLength: 10,
      selector: (e) => e.period,
    });
    fc.assert(
      fc.property(withPermutation(entries), ([list, shuffled]) => {
        const a = trackSelfAssessment({ unitCode: 'U1', year: 2017, entries: list });
        const b = trackSelfAssessment({ unitCode: 'U1', year: 2017, entries: shuffled });
        expect(b.quarterly).toEqual(a.quarterly);
        expect(b.monthly).toEqual(a.monthly);
        expect(b.projection.index).toBeCloseTo(a.projection.index, 9);
        expect(b.trend.slopePerMonth).toBeCloseTo(a.trend.slopePerMonth, 9);
      }),
      { numRuns: runs(100) },
    );
  });

  it(
    'previous results give the change in index points and places',
    () => {
      fc.assert(
        fc.property(
          units,
          fc.nat(),
          fc.integer({ min: 0, max: 10000 }),
          fc.integer({ min: 1, max: 20 }),
          (inputs, at, idx, rank) => {
            const code = inputs[at % inputs.length]!.unitCode;
            const r = scorePar(set, inputs, {
              previous: [{ unitCode: code, index: idx / 100, rank }],
            });
            for (const u of r.units) {
              if (u.unitCode !== code) expect(u.change).toBeUndefined();
              else {
                expect(u.change!.rank).toBe(rank - u.rank);
                expect(u.change!.index).toBeCloseTo(u.index - idx / 100, 9);
              }
            }
            expect(() =>
              expectCchcErrorOf(() =>
                scorePar(set, inputs, { previous: [{ unitCode: code, index: 101, rank }] }),
              ),
            ).not.toThrow();
          },
        ),
        { numRuns: runs(60) },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

function expectCchcErrorOf(run: () => unknown): void {
  try {
    run();
  } catch (e) {
    expectCchcError(e);
    return;
  }
  throw new Error('accepted');
}
