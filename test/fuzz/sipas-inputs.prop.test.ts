// Fuzz of the SIPAS entry points: instruments, responses, options, sample sizes and post-stratification weights from
// hostile or mutated input give a bounded result or a bilingual CchcError, never another error.
import {
  createSipasAccumulator,
  getInstrument,
  minimumSampleSize,
  parseInstrument,
  poststratificationWeights,
  SHIPPED_INSTRUMENTS,
  scoreSipas,
  tryValidateResponses,
  validateResponses,
} from '@cchc/core';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  expectFiniteNumbers,
  expectPrototypesClean,
  expectThrowsCchcError,
  hostile,
  mutantOf,
  mutate,
  mutation,
  nastyNumber,
  nastyString,
  PROPERTY_TIMEOUT,
  runs,
  validOrCchcError,
  withPermutation,
} from './kit.js';
import { expectBounded, responses, toColumns } from './sipas-data.js';

afterAll(expectPrototypesClean);

const instruments = SHIPPED_INSTRUMENTS.map((id) => getInstrument(id));
const sipas2017 = getInstrument('sipas-2017');

describe('SIPAS entry points on hostile input', () => {
  it(
    'getInstrument / parseInstrument: an instrument or a CchcError',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(fc.constantFrom(...SHIPPED_INSTRUMENTS), nastyString, hostile),
          fc.oneof(fc.constantFrom(...instruments).chain(mutantOf), hostile),
          (id, input) => {
            validOrCchcError(
              () => getInstrument(id as string),
              (i) => expect(i.id).toBe(id),
            );
            validOrCchcError(
              () => parseInstrument(input),
              (i) => expect(Object.isFrozen(i)).toBe(true),
            );
          },
        ),
        { numRuns: runs(200) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  // Former bug (core/sipas/getInstrument.ts): the id was not checked to be a string before Object.hasOwn / the
  // message, so getInstrument(Object.create(null)) threw a TypeError (a Symbol too).
  it('getInstrument rejects an id with no string form with a CchcError', () => {
    for (const id of [Object.create(null), Symbol('id'), Symbol('sipas-2017')]) {
      const e = expectThrowsCchcError(() => getInstrument(id));
      expect(e.issues.map((i) => i.path)).toEqual(['id']);
    }
  });

  it(
    'scoreSipas / createSipasAccumulator / add: a bounded result or a CchcError',
    () => {
      const rows = responses(sipas2017, { invalid: true, maxLength: 4 });
      const options = fc.oneof(
        fc.constant(undefined),
        mutantOf({
          by: ['unitCode'],
          weighted: true,
          onInvalid: 'exclude',
          population: { A: 10 },
          bootstrap: 5,
        }),
        hostile,
      );
      fc.assert(
        fc.property(
          fc.oneof(rows, rows.chain(mutantOf), fc.array(hostile, { maxLength: 3 }), hostile),
          options,
          (input, opts) => {
            validOrCchcError(
              () => scoreSipas(sipas2017, input as never, opts as never),
              expectBounded,
            );
            const acc = validOrCchcError(() => createSipasAccumulator(sipas2017, opts as never));
            if (acc === undefined || !Array.isArray(input)) return;
            for (const r of input) validOrCchcError(() => acc.add(r));
            validOrCchcError(() => acc.result(), expectBounded);
          },
        ),
        { numRuns: runs(150) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'addColumns: a columnar batch, mutated or not, is scored like its rows or rejected with a CchcError',
    () => {
      fc.assert(
        fc.property(
          responses(sipas2017, { invalid: true, maxLength: 6 }),
          fc.array(mutation, { minLength: 1, maxLength: 3 }),
          fc.constantFrom<'throw' | 'exclude'>('throw', 'exclude'),
          (rows, edits, onInvalid) => {
            const options = { by: ['unitCode'], onInvalid, bootstrap: 5 };
            const columns = toColumns(sipas2017, rows);
            const byRows = validOrCchcError(() => scoreSipas(sipas2017, rows, options));
            const byColumns = validOrCchcError(() => scoreSipas(sipas2017, columns, options));
            expect(byColumns === undefined).toBe(byRows === undefined);
            if (byRows !== undefined) expect(byColumns!.groups).toEqual(byRows.groups);
            const mutated = edits.reduce<unknown>((c, m) => mutate(c, m), columns);
            validOrCchcError(
              () =>
                createSipasAccumulator(sipas2017, options)
                  .addColumns(mutated as never)
                  .result(),
              expectBounded,
            );
          },
        ),
        { numRuns: runs(80) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'validateResponses reports problems instead of throwing, for any list of rows (a non-list: a CchcError); tryValidateResponses gives the same or undefined',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...instruments),
          fc.oneof(
            responses(sipas2017, { invalid: true, maxLength: 4 }).chain(mutantOf),
            fc.array(hostile, { maxLength: 4 }),
          ),
          fc.boolean(),
          (inst, input, weighted) => {
            if (!Array.isArray(input)) {
              const e = expectThrowsCchcError(() =>
                validateResponses(inst, input as never, { weighted }),
              );
              expect(e.issues.map((i) => i.path)).toEqual(['responses']);
              const t = expectThrowsCchcError(() =>
                tryValidateResponses(inst, input as never, { weighted }),
              );
              expect(t.issues).toEqual(e.issues);
              return;
            }
            const v = validateResponses(inst, input, { weighted });
            const quick = tryValidateResponses(inst, input, { weighted });
            if (quick !== undefined) expect(quick).toEqual(v);
            expectFiniteNumbers(v);
            expect(v.valid).toBe(v.issues.length === 0);
            expect(v.rows.flatMap((r) => r.issues)).toEqual(v.issues);
            for (const issue of v.issues) {
              expect(issue.row).toBeGreaterThanOrEqual(1);
              expect(issue.row).toBeLessThanOrEqual(input.length);
              expect(issue.message.vi.length).toBeGreaterThan(0);
              expect(issue.message.en.length).toBeGreaterThan(0);
            }
          },
        ),
        { numRuns: runs(150) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'minimumSampleSize: a whole number in [1, N], never decreasing in N — or a CchcError',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(fc.integer({ min: 1, max: 10_000_000 }), nastyNumber, hostile),
          fc.oneof(
            fc.constant(undefined),
            fc.double({ min: 0.001, max: 0.999, noNaN: true }),
            nastyNumber,
          ),
          (n, e) => {
            const m = validOrCchcError(() => minimumSampleSize(n as number, e));
            if (m === undefined) return;
            expect(Number.isInteger(m)).toBe(true);
            expect(m).toBeGreaterThanOrEqual(1);
            expect(m).toBeLessThanOrEqual(n as number);
            if ((n as number) < Number.MAX_SAFE_INTEGER)
              expect(minimumSampleSize((n as number) + 1, e)).toBeGreaterThanOrEqual(m);
          },
        ),
        { numRuns: runs(300) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'poststratificationWeights: positive weights summing to n, whatever the row order — or a CchcError',
    () => {
      const population = {
        'nam | A': 100,
        'nam | B': 50,
        'nữ | A': 120,
        'nữ | B': 70,
        'nữ | C': 9,
      };
      const rows = responses(sipas2017, { minLength: 1, maxLength: 20 }).map((list) =>
        list.map((r) => ({ ...r, sex: r.sex ?? 'nam' })),
      );
      fc.assert(
        fc.property(withPermutation(rows), ([list, shuffled]) => {
          const out = validOrCchcError(() =>
            poststratificationWeights(list, { by: ['sex', 'unitCode'], population }),
          );
          if (out === undefined) return; // a cell with no population figure (unit C, men)
          const sum = out.responses.reduce((t, r) => t + r.weight!, 0);
          expect(sum).toBeCloseTo(list.length, 9);
          for (const w of Object.values(out.weights)) expect(w).toBeGreaterThan(0);
          const again = poststratificationWeights(shuffled, {
            by: ['sex', 'unitCode'],
            population,
          });
          expect(again.weights).toEqual(out.weights);
        }),
        { numRuns: runs(100) },
      );
      fc.assert(
        fc.property(
          fc.oneof(rows.chain(mutantOf), fc.array(hostile, { maxLength: 3 })),
          fc.oneof(mutantOf({ by: ['sex'], population: { nam: 1, nữ: 2 } }), hostile),
          (list, opts) => {
            validOrCchcError(() => poststratificationWeights(list as never, opts as never));
          },
        ),
        { numRuns: runs(150) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  // Former bug (core/sipas/poststratificationWeights.ts and validateResponses.ts): `responses` was not checked to
  // be a list before `.map` / `.forEach`, so a non-list threw a TypeError.
  it('poststratificationWeights and validateResponses reject a non-list with a CchcError', () => {
    for (const notList of [{}, null, undefined, 'rows', 3, { length: 1, 0: {} }, new Set([1])]) {
      for (const run of [
        () => poststratificationWeights(notList as never, { by: ['sex'], population: { nữ: 2 } }),
        () => validateResponses(sipas2017, notList as never),
      ]) {
        const e = expectThrowsCchcError(run);
        expect(e.issues.map((i) => i.path)).toEqual(['responses']);
      }
    }
  });
});
