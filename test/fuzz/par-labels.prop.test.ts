// PAR properties on the data around the scores: unit codes are opaque labels (prototype keys included), measures
// feed only the criteria they name, self-assessment tracks ignore entry order, previous results give the change.
import { parInputsFromMeasures, parSensitivity, scorePar, trackSelfAssessment } from '@cchc/core';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  expectCchcError,
  expectPrototypesClean,
  PROPERTY_TIMEOUT,
  PROTO_KEYS,
  runs,
  withPermutation,
} from './kit.js';

import { leaves, set, units } from './par-data.js';

afterAll(expectPrototypesClean);
describe('PAR labels and measures', () => {
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
              draws: 10,
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
        { numRuns: runs(25) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  // Former bug (core/par/parSensitivity.ts, `half()`): `u[code] ?? 0` read inherited properties of the
  // surveyUncertainty map, so a unit coded "constructor", "toString", "valueOf"… got a function as its survey
  // half-width, its perturbed survey points became NaN and its rank interval changed. Counterexample: three units
  // with identical values coded ['constructor', 'B', 'toString'], options { draws: 10, seed: 1, weightJitter: 0.1,
  // surveyUncertainty: { B: 5 } } gave medianRank 2/1/2; coded ['A', 'B', 'C'] they give 1.5/2/1.5. The half-widths
  // are now read from a Map of the map's own entries; `__proto__` is included.
  it('a unit coded as a prototype key gets no survey noise it was not given', () => {
    // Three units with identical values, so only the codes differ (deterministic: no generated input).
    const same: Record<string, number | boolean> = {};
    for (const l of leaves)
      same[l.id] =
        l.method!.type === 'boolean'
          ? true
          : l.method!.type === 'manual'
            ? 0
            : l.method!.type === 'deduction'
              ? 1
              : l.method!.type === 'survey'
                ? 50
                : 0.5;
    const options = { draws: 10, seed: 1, weightJitter: 0.1, surveyUncertainty: { B: 5 } };
    const ranks = (codes: string[]) =>
      parSensitivity(
        set,
        codes.map((unitCode) => ({ unitCode, values: same })),
        options,
      ).units.map(({ unitCode: _, ...rest }) => rest);
    const plain = ranks(['A', 'B', 'Z']);
    // B alone is noisy, so the twins A and Z stay tied in every draw: median ranks 1.5 / 2 / 1.5 as in the comment.
    expect(plain.map((u) => u.medianRank)).toEqual([1.5, 2, 1.5]);
    for (const key of PROTO_KEYS) expect(ranks([key, 'B', 'Z']), key).toEqual(plain);
  });

  // Former bug (core/par/parInputsFromMeasures.ts): `m[group]?.[key]` read inherited properties, so a criterion
  // whose measure is named like "constructor.length" or "valueOf.length" (valid by MeasureNameSchema) took a value
  // from Object.prototype when the unit had no such measure: with `measure: 'constructor.length'` on the rate
  // criterion 1.2 and `measures = {}`, the result was `{ values: { '1.2': 1 } }` — full marks out of nothing.
  // Measures are now read as own properties only; the unit's own measure of that name is still used.
  it('a measure the unit did not give never produces a value', () => {
    for (const measure of [
      'constructor.length',
      'valueOf.length',
      'toString.length',
      'constructor.name',
      'hasOwnProperty.length',
    ]) {
      const json = JSON.parse(JSON.stringify(set));
      json.fields[0].children[1].method = { type: 'rate', measure };
      // Such a name is a valid (if odd) measure name, so the set is accepted and nothing may be thrown.
      for (const measures of [{}, { compliance: { onTimeRate: 0.9 } }])
        expect(parInputsFromMeasures(json, 'U1', measures), measure).toEqual({
          unitCode: 'U1',
          values: 'compliance' in measures ? { '3.1': 0.9 } : {},
        });
      const [group, key] = measure.split('.') as [string, string];
      expect(parInputsFromMeasures(json, 'U1', { [group]: { [key]: 0.25 } }).values).toEqual({
        '1.2': 0.25,
      });
    }
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
