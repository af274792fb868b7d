// SIPAS accumulator merges — the cases packages/core/src/sipas/accumulator.prop.test.ts leaves out (it merges five
// shards left to right in a random order): explicit associativity with nested merges, commutativity of two shards,
// the empty accumulator as identity, a failed merge leaving the target untouched, incompatible or foreign
// accumulators, a merge with itself, and restoring mutated snapshots.
import {
  createSipasAccumulator,
  getInstrument,
  SipasAccumulator,
  type SipasOptions,
} from '@cchc/core';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  expectCchcError,
  expectPrototypesClean,
  hostile,
  mutantOf,
  PROPERTY_TIMEOUT,
  runIsolated,
  runs,
  validOrCchcError,
} from './kit.js';
import { expectBounded, responses } from './sipas-data.js';

afterAll(expectPrototypesClean);

const inst = getInstrument('sipas-2017');
const settings = fc.record({
  by: fc.constantFrom<string[]>([], ['unitCode'], ['unitCode', 'sex']),
  weighted: fc.boolean(),
  onInvalid: fc.constantFrom<'throw' | 'exclude'>('throw', 'exclude'),
});

/** Three disjoint shards of one set of responses (ids are unique across them). */
const shards = fc
  .tuple(
    settings,
    responses(inst, { maxLength: 24 }),
    fc.array(fc.nat({ max: 2 }), { minLength: 24, maxLength: 24 }),
  )
  .map(([s, rows, shardOf]) => ({
    options: { ...s, bootstrap: 5 } as SipasOptions,
    parts: [0, 1, 2].map((k) => rows.filter((_, i) => shardOf[i] === k)),
  }));

const accOf = (options: SipasOptions, rows: readonly unknown[]) => {
  const acc = createSipasAccumulator(inst, options);
  for (const r of rows) acc.add(r);
  return acc;
};

describe('SIPAS accumulator merge', () => {
  it(
    'is associative: (a ⊕ b) ⊕ c = a ⊕ (b ⊕ c)',
    () => {
      fc.assert(
        fc.property(shards, ({ options, parts: [a, b, c] }) => {
          const left = accOf(options, a!).merge(accOf(options, b!)).merge(accOf(options, c!));
          const right = accOf(options, a!).merge(accOf(options, b!).merge(accOf(options, c!)));
          expect(right.result()).toEqual(left.result());
          expect(right.toJSON().tallies).toEqual(left.toJSON().tallies);
        }),
        { numRuns: runs(25) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'is commutative on indices: a ⊕ b and b ⊕ a give the same groups and counts',
    () => {
      fc.assert(
        fc.property(shards, ({ options, parts: [a, b] }) => {
          const ab = accOf(options, a!).merge(accOf(options, b!)).result();
          const ba = accOf(options, b!).merge(accOf(options, a!)).result();
          expect(ba.groups).toEqual(ab.groups);
          expect(ba.respondents).toBe(ab.respondents);
          expectBounded(ab);
        }),
        { numRuns: runs(25) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'has the empty accumulator as identity, on either side',
    () => {
      fc.assert(
        fc.property(shards, ({ options, parts: [a] }) => {
          const alone = accOf(options, a!).result();
          expect(accOf(options, a!).merge(createSipasAccumulator(inst, options)).result()).toEqual(
            alone,
          );
          expect(createSipasAccumulator(inst, options).merge(accOf(options, a!)).result()).toEqual(
            alone,
          );
        }),
        { numRuns: runs(25) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'a merge refused for a shared respondent id throws a CchcError and leaves the target as it was',
    () => {
      fc.assert(
        fc.property(shards, fc.nat(), ({ options, parts: [a, b] }, pick) => {
          fc.pre(a!.length > 0);
          const shared = a![pick % a!.length]!;
          const target = accOf(options, a!);
          const before = JSON.stringify(target.toJSON());
          const other = accOf(options, [...b!, shared]);
          expect(() => target.merge(other)).toThrow();
          try {
            target.merge(other);
          } catch (e) {
            expectCchcError(e);
          }
          expect(JSON.stringify(target.toJSON())).toBe(before);
        }),
        { numRuns: runs(25) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'refuses accumulators with other options or another instrument, and anything that is not one',
    () => {
      fc.assert(
        fc.property(shards, hostile, ({ options, parts: [a] }, junk) => {
          const target = accOf(options, a!);
          const before = JSON.stringify(target.toJSON());
          const others = [
            createSipasAccumulator(inst, { ...options, weighted: !options.weighted }),
            createSipasAccumulator(getInstrument('commune-ubnd-example'), options),
            junk,
          ];
          for (const other of others) {
            try {
              target.merge(other as SipasAccumulator);
              throw new Error('merged an incompatible accumulator');
            } catch (e) {
              expectCchcError(e);
            }
          }
          expect(JSON.stringify(target.toJSON())).toBe(before);
        }),
        { numRuns: runs(25) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'a non-empty accumulator with counted rows refuses to merge with itself',
    () => {
      fc.assert(
        fc.property(shards, ({ options, parts: [a] }) => {
          fc.pre(a!.length > 0);
          const acc = accOf(options, a!);
          expect(() => acc.merge(acc)).toThrow();
        }),
        { numRuns: runs(20) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  // BUG (core/sipas/createSipasAccumulator.ts, merge): `a.merge(a)` on an accumulator that holds excluded rows but
  // no counted respondent (onInvalid: 'exclude', every row invalid) finds no duplicate id, then runs
  // `for (const issue of other.#issues) this.#issues.push(issue)` over the very array it grows — an endless loop
  // that eats memory until the process dies. Counterexample:
  //   const a = createSipasAccumulator(getInstrument('sipas-2017'), { onInvalid: 'exclude' });
  //   a.add({ respondentId: '', unitCode: 'A', answers: {} }); a.merge(a);
  // It runs in a child process with a time and memory limit, so the hang cannot freeze the suite; the first test
  // checks the child got as far as the merge (so the second fails for the bug, not for the harness).
  // Remove `.fails` when a self-merge throws a CchcError (or returns).
  let selfMerge: ReturnType<typeof runIsolated> | undefined;
  it(
    'runs a self-merge of excluded rows in a child process',
    () => {
      selfMerge = runIsolated(
        `const a = core.createSipasAccumulator(core.getInstrument('sipas-2017'), { onInvalid: 'exclude', bootstrap: 0 });
       a.add({ respondentId: '', unitCode: 'A', answers: {} });
       console.log('merging');
       try { a.merge(a); } catch (e) { if (!(e instanceof core.CchcError)) throw e; }
       console.log('ended');`,
        10_000,
      );
      expect(selfMerge.output).toContain('merging');
    },
    PROPERTY_TIMEOUT,
  );

  it.fails('merging an accumulator of excluded rows into itself ends (CchcError or result)', () => {
    expect(selfMerge?.aborted).toBe(false);
    expect(selfMerge?.output).toContain('ended');
    expect(selfMerge?.status).toBe(0);
  });
});

/** Whether every comment of a snapshot names an element the instrument has (the bug pinned below). */
const elementsInRange = (snapshot: unknown): boolean => {
  const comments = (snapshot as { comments?: unknown } | null)?.comments;
  return (
    !Array.isArray(comments) ||
    comments.every((c) => {
      const e = (c as { element?: unknown } | null)?.element;
      return typeof e !== 'number' || e < inst.elements.length;
    })
  );
};

describe('SIPAS accumulator snapshots', () => {
  // BUG (core/sipas/internal/serialize.ts, readAccumulatorJSON): a snapshot comment's `element` is checked to be a
  // whole number but not to be an element of the instrument (its `group` is checked), so fromJSON accepts it and
  // result() throws "TypeError: Cannot read properties of undefined (reading 'id')" in #groupComments.
  // Counterexample: toJSON() of a sipas-2017 accumulator holding { respondentId: 'R0', unitCode: 'A',
  // answers: { 'E1.1': 4, comment_E1: 'Chờ lâu' } }, with comments[0].element set to 99 (fast-check found 6).
  // Remove `.fails` when fromJSON rejects it with a CchcError.
  it.fails('a snapshot comment naming an element the instrument does not have is rejected', () => {
    const acc = createSipasAccumulator(inst, { bootstrap: 0 });
    acc.add({ respondentId: 'R0', unitCode: 'A', answers: { 'E1.1': 4, comment_E1: 'Chờ lâu' } });
    const json = JSON.parse(JSON.stringify(acc.toJSON()));
    json.comments[0].element = 99;
    validOrCchcError(() => SipasAccumulator.fromJSON(inst, json).result());
  });

  // BUG (core/sipas/internal/serialize.ts): the tallies of a snapshot (counts, weights, squares) are checked one by
  // one, never against each other, so contradicting tallies restore silently. Counterexample: a weighted sipas-2017
  // accumulator with R0 (weight 2, E1.1 = 4) and R1 (weight 3, E1.1 = 2); in toJSON() set every value of
  // tallies.squares to 1: E1.1 then has n = 2, effectiveN = 819 200 and the interval [39.9, 40.1] instead of
  // [6.1, 87.2]. Found by the deep runs (CCHC_FUZZ_SCALE=8, seed 466873086; and with counts edited but not weights,
  // seed 518106489 at scale 5: a criterion with n = 0 and effectiveN = 1). The property below leaves the tallies
  // alone until it is fixed.
  // Remove `.fails` when fromJSON rejects such a snapshot with a CchcError.
  it.fails('a snapshot whose weight tallies contradict each other is rejected', () => {
    const acc = createSipasAccumulator(inst, { weighted: true, bootstrap: 0 });
    acc.add({ respondentId: 'R0', unitCode: 'A', weight: 2, answers: { 'E1.1': 4 } });
    acc.add({ respondentId: 'R1', unitCode: 'A', weight: 3, answers: { 'E1.1': 2 } });
    const json = JSON.parse(JSON.stringify(acc.toJSON()));
    const squares: number[] = json.tallies.squares;
    for (let i = 1; i < squares.length; i += 2) squares[i] = 1;
    validOrCchcError(() => SipasAccumulator.fromJSON(inst, json).result(), expectBounded);
  });

  it(
    'fromJSON restores a mutated snapshot as a bounded accumulator, or throws a CchcError',
    () => {
      fc.assert(
        fc.property(
          shards.chain(({ options, parts: [a] }) => {
            const json = accOf({ ...options, onInvalid: 'exclude' }, a!).toJSON();
            const talliesOf = (x: unknown) =>
              JSON.stringify((x as { tallies?: unknown } | null)?.tallies);
            const known = (m: unknown) => elementsInRange(m) && talliesOf(m) === talliesOf(json);
            return fc.oneof(fc.constant(json), mutantOf(json).filter(known), hostile);
          }),
          (snapshot) => {
            const acc = validOrCchcError(() => SipasAccumulator.fromJSON(inst, snapshot));
            if (acc === undefined) return;
            validOrCchcError(() => acc.result(), expectBounded);
          },
        ),
        { numRuns: runs(100) },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
