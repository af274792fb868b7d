// The zod-free paths a web page uses must behave exactly as the zod paths they stand for, on generated and hostile
// input: the checks written by hand (the id of a shipped instrument, the responses list and the options of
// validateResponses) as the schemas they replaced — same accept/reject, same output, same CchcError: code, issues
// (path, value, expected) and bilingual messages — and tryValidateResponses as validateResponses whenever it decides.
// The reference ("the zod path") is parseOrThrow with the schema each check replaced.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  exotic,
  hostile,
  mutantOf,
  nastyNumber,
  nastyValue,
  PROTO_KEYS,
} from '../../../../test/fuzz/hostile.js';
import { CchcError } from '../schema/CchcError.js';
import { parseOrThrow } from '../schema/parse.js';
import { getInstrument } from './getInstrument.js';
import type { Instrument, Question } from './instrumentSchema.js';
import { checkRow } from './internal/checkRow.js';
import { compileInstrument } from './internal/compile.js';
import { wellFormed } from './internal/responseShape.js';
import { shippedInstrumentId } from './internal/shipped.js';
import { responseList, validationOptions } from './internal/validateArgs.js';
import { validateRows } from './internal/validateRows.js';
import { MAX_WEIGHT, MIN_WEIGHT } from './internal/weightBounds.js';
import { parseInstrument } from './parseInstrument.js';
import { SHIPPED_INSTRUMENTS } from './shippedInstruments.js';
import { tryValidateResponses } from './tryValidateResponses.js';
import { validateResponses } from './validateResponses.js';

const RUNS = 2000;

// The same object is equal to itself: toStrictEqual would otherwise fail on an input whose own `constructor` is NaN
// (it compares `a.constructor === b.constructor`), and both paths report the very object they were given.
expect.addEqualityTesters([(a, b) => (Object.is(a, b) ? true : undefined)]);

type Outcome =
  | { readonly returned: unknown }
  | { readonly cchcError: Pick<CchcError, 'code' | 'issues' | 'text' | 'message'> }
  | { readonly other: { readonly type: string; readonly message: string } };

/** What a call did: its result, its CchcError (everything a caller can see of it), or another throw. */
function outcome(run: () => unknown): Outcome {
  try {
    return { returned: run() };
  } catch (e) {
    if (e instanceof CchcError)
      return { cchcError: { code: e.code, issues: e.issues, text: e.text, message: e.message } };
    const type = e instanceof Error ? e.constructor.name : typeof e;
    return { other: { type, message: e instanceof Error ? e.message : String(e) } };
  }
}

/** Both paths did the same thing; returns what they did, for the statistics. */
function expectSame(hand: () => unknown, zod: () => unknown): string {
  const expected = outcome(zod);
  expect(outcome(hand)).toStrictEqual(expected);
  return Object.keys(expected)[0]!;
}

/** Counts the kinds of outcome, and checks that both accept and reject happened (so the property is not vacuous). */
function tally() {
  const seen = new Map<string, number>();
  return {
    add: (kind: string) => seen.set(kind, (seen.get(kind) ?? 0) + 1),
    expectBoth: () => {
      expect(seen.get('returned') ?? 0).toBeGreaterThan(RUNS / 20);
      expect(seen.get('cchcError') ?? 0).toBeGreaterThan(RUNS / 20);
    },
  };
}

/** Values that are awkward in other ways than {@link hostile}'s: getters, proxies, inherited keys, symbols, functions. */
const tricky: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    Symbol('sipas-2017'),
    () => 'sipas-2017',
    new String('sipas-2017'),
    new Boolean(true),
    Object.create({ weighted: true }),
    Object.create({ weighted: 'yes', extra: 1 }),
    Object.defineProperty({}, 'weighted', { get: () => true, enumerable: true }),
    Object.defineProperty({}, 'weighted', { get: () => true, enumerable: false }),
    Object.defineProperty({}, 'weighted', {
      get: () => {
        throw new RangeError('getter');
      },
      enumerable: true,
    }),
    Object.defineProperty({ weighted: false }, 'hidden', { value: 1, enumerable: false }),
    { [Symbol('weighted')]: true },
    new Proxy({}, { has: () => true }),
    new Proxy([1, 2], {}),
    Object.assign(Object.create(null), { weighted: true }),
    Object.assign([1], { weighted: true }),
    new (class Options {
      weighted = true;
    })(),
    new Date(0),
    new Map([['weighted', true]]),
  ),
  fc.constantFrom(...PROTO_KEYS).map((key) =>
    Object.defineProperty({ weighted: true }, key, {
      value: 'x',
      enumerable: true,
      writable: true,
      configurable: true,
    }),
  ),
);

/** An options-like object: maybe `weighted` (any value), maybe other keys (proto keys among them). */
const optionsLike = fc
  .record({
    hasWeighted: fc.boolean(),
    weighted: fc.oneof(fc.boolean(), nastyValue),
    extra: fc.oneof(
      fc.constant({}),
      fc.dictionary(fc.oneof(fc.string(), fc.constantFrom(...PROTO_KEYS)), nastyValue, {
        maxKeys: 3,
      }),
    ),
  })
  .map(({ hasWeighted, weighted, extra }) => {
    const out: Record<string, unknown> = {};
    // Own keys as JSON.parse makes them (an own "__proto__" too), not through the prototype setter.
    for (const [k, v] of Object.entries(extra))
      Object.defineProperty(out, k, { value: v, enumerable: true, writable: true });
    if (hasWeighted) out.weighted = weighted;
    return out;
  });

describe('the id check of getInstrument / loadInstrument ≡ z.string()', () => {
  const zodPath = (id: unknown) => {
    parseOrThrow(z.string(), id, 'id');
    return shippedInstrumentId(id); // a text: the rest of the function is the same on both paths
  };

  it('on shipped ids, nasty texts and any value', () => {
    const kinds = tally();
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constantFrom<unknown>(...SHIPPED_INSTRUMENTS),
          fc.string(),
          exotic,
          hostile,
          tricky,
          nastyValue,
        ),
        (id) => {
          kinds.add(
            expectSame(
              () => shippedInstrumentId(id),
              () => zodPath(id),
            ),
          );
        },
      ),
      { numRuns: RUNS },
    );
    // Unknown texts are rejected as unknown-instrument on both paths (a CchcError too): count the non-texts apart.
    kinds.expectBoth();
  });

  it('control: a check that also took String objects would be caught', () => {
    const loose = (id: unknown) => shippedInstrumentId(id instanceof String ? String(id) : id);
    expect(() =>
      fc.assert(
        fc.property(fc.constant(new String('sipas-2017')), (id) => {
          expectSame(
            () => loose(id),
            () => zodPath(id),
          );
        }),
      ),
    ).toThrow();
  });
});

describe('the responses list of validateResponses ≡ z.array(z.unknown())', () => {
  it('on lists of anything (sparse ones too) and any value', () => {
    const kinds = tally();
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(hostile, { maxLength: 5 }),
          fc.sparseArray(hostile, { maxLength: 6 }),
          fc.array(exotic, { maxLength: 3 }),
          exotic,
          hostile,
          tricky,
        ),
        (responses) => {
          kinds.add(
            expectSame(
              () => responseList(responses),
              () => parseOrThrow(ListSchema, responses, 'responses'),
            ),
          );
        },
      ),
      { numRuns: RUNS },
    );
    kinds.expectBoth();
  });
});

const ListSchema = z.array(z.unknown());
const OptionsSchema = z.strictObject({ weighted: z.optional(z.boolean()) });

describe('the options of validateResponses ≡ z.strictObject({ weighted: z.optional(z.boolean()) })', () => {
  it('on options objects, inherited and proto keys, getters, proxies and any value', () => {
    const kinds = tally();
    fc.assert(
      fc.property(
        fc.oneof(
          { weight: 4, arbitrary: optionsLike },
          fc.record({ weighted: fc.boolean() }, { requiredKeys: [] }),
          fc.constantFrom(null, undefined, {}, { weighted: undefined }),
          exotic,
          hostile,
          tricky,
        ),
        (options) => {
          kinds.add(
            expectSame(
              () => validationOptions(options),
              () => parseOrThrow(OptionsSchema, options ?? {}, 'options'),
            ),
          );
        },
      ),
      { numRuns: RUNS },
    );
    kinds.expectBoth();
  });

  it('control: a check that ignored unknown keys would be caught', () => {
    const lax = (options: unknown) => {
      const { weighted } = (options ?? {}) as { weighted?: unknown };
      return validationOptions(weighted === undefined ? {} : { weighted });
    };
    expect(() =>
      fc.assert(
        fc.property(optionsLike, (options) => {
          expectSame(
            () => lax(options),
            () => parseOrThrow(OptionsSchema, options ?? {}, 'options'),
          );
        }),
      ),
    ).toThrow();
  });
});

// Instruments core has checked: the shipped ones, and one that went through parseInstrument.
const INSTRUMENTS: Instrument[] = [
  ...SHIPPED_INSTRUMENTS.map((id) => getInstrument(id)),
  parseInstrument(structuredClone(getInstrument('commune-ubnd-example'))),
];

const OFF_SCALE = [7, -1, 2.5, '4', '4 sao', '', 0, 101, 'yes', 'a;zz'] as const;

function answerOf(q: Question, nasty: boolean): fc.Arbitrary<unknown> {
  const valid =
    q.type === 'scale'
      ? fc.constantFrom(1, 2, 3, 4, 5, 0)
      : q.type === 'yes-no'
        ? fc.constantFrom('yes', 'no')
        : q.type === 'percentage'
          ? fc.integer({ min: 0, max: 100 })
          : q.options
            ? fc.constantFrom(...q.options.map((o) => o.value))
            : fc.constantFrom('Chờ lâu', '\u202Egnol', 'nông dân');
  return fc.oneof(
    { weight: 6, arbitrary: valid },
    { weight: 2, arbitrary: fc.constant(null) },
    { weight: 2, arbitrary: fc.constantFrom<unknown>(...OFF_SCALE) },
    { weight: nasty ? 1 : 0, arbitrary: nastyValue },
  );
}

/**
 * A response to `inst`: answers valid, blank, off the scale, skipped or to unknown questions; with `nasty`, also
 * hostile answers, weights and empty texts (mostly rows without the shape of a response).
 */
function responseOf(inst: Instrument, nasty: boolean): fc.Arbitrary<unknown> {
  const questions = inst.elements.flatMap((e) => e.questions);
  const answerTo = (q: Question) => answerOf(q, nasty);
  return fc.record(
    {
      respondentId: fc.constantFrom('R1', 'R2', 'r1', ' R1', '01', '1', ...(nasty ? [''] : [])),
      unitCode: fc.constantFrom('U1', 'KS-SB', ...(nasty ? [''] : [])),
      service: fc.constantFrom(...inst.services.map((s) => s.code), 'khac', ...(nasty ? [''] : [])),
      sex: fc.constantFrom('nam', 'nữ'),
      weight: nasty
        ? fc.oneof(fc.constantFrom(1, MIN_WEIGHT, MAX_WEIGHT), nastyNumber)
        : fc.constantFrom(1, 0.5, MIN_WEIGHT, MAX_WEIGHT, 2.75),
      answers: fc
        .tuple(
          fc.subarray(questions, { minLength: 1 }),
          fc.array(fc.constantFrom('X9', ...PROTO_KEYS), { maxLength: 1 }),
        )
        .chain(([asked, unknown]) =>
          fc
            .tuple(...[...asked.map(answerTo), ...unknown.map(() => answerTo(asked[0]!))])
            .map((values) => {
              const keys = [...asked.map((q) => q.id), ...unknown];
              const answers: Record<string, unknown> = {};
              for (const [i, k] of keys.entries())
                Object.defineProperty(answers, k, { value: values[i], enumerable: true });
              return answers;
            }),
        ),
    },
    { requiredKeys: ['respondentId', 'unitCode', 'answers'] },
  );
}

/** Rows of any kind, most with the shape of a response. */
function responseTo(inst: Instrument): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 12, arbitrary: responseOf(inst, false) },
    { weight: 2, arbitrary: responseOf(inst, true) },
    { weight: 1, arbitrary: responseOf(inst, false).chain(mutantOf) },
    { weight: 1, arbitrary: hostile },
  );
}

const instrumentAndRows = fc
  .constantFrom(...INSTRUMENTS)
  .chain((inst) =>
    fc.tuple(
      fc.constant(inst),
      fc.oneof(
        { weight: 8, arbitrary: fc.array(responseTo(inst), { maxLength: 4 }) },
        { weight: 1, arbitrary: fc.sparseArray(responseTo(inst), { maxLength: 3 }) },
        { weight: 1, arbitrary: fc.oneof(hostile, tricky) },
      ),
    ),
  );

const someOptions = fc.oneof(
  { weight: 6, arbitrary: fc.record({ weighted: fc.boolean() }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: fc.constantFrom(undefined, null) },
  { weight: 1, arbitrary: fc.oneof(optionsLike, hostile, tricky) },
);

describe('validateResponses ≡ the same check with the zod schemas of its arguments', () => {
  /** validateResponses as it was: parseOrThrow with the list and options schemas, then every row. */
  function zodPath(inst: Instrument, responses: unknown, options: unknown = {}) {
    const compiled = compileInstrument(parseInstrument(inst));
    const list = parseOrThrow(ListSchema, responses, 'responses');
    const { weighted } = parseOrThrow(OptionsSchema, options ?? {}, 'options');
    return validateRows(list, (input, row) => checkRow(compiled, input, row, weighted === true));
  }

  it('on rows of any shape, lists and options of any kind', () => {
    const kinds = tally();
    fc.assert(
      fc.property(instrumentAndRows, someOptions, ([inst, rows], options) => {
        kinds.add(
          expectSame(
            () => validateResponses(inst, rows as unknown[], options as never),
            () => zodPath(inst, rows, options),
          ),
        );
      }),
      { numRuns: RUNS },
    );
    kinds.expectBoth();
  });
});

describe('tryValidateResponses ≡ validateResponses whenever it decides', () => {
  it('gives the same report or error, and gives up exactly when a row does not have the shape of a response', () => {
    let decided = 0;
    let invalid = 0;
    let undecided = 0;
    fc.assert(
      fc.property(instrumentAndRows, someOptions, ([inst, rows], options) => {
        const full = outcome(() => validateResponses(inst, rows as unknown[], options as never));
        const quick = outcome(() =>
          tryValidateResponses(inst, rows as unknown[], options as never),
        );
        if ('returned' in quick && quick.returned === undefined) {
          undecided++;
          // Only a row without the shape of a response (a hole counts as `undefined`) makes it give up.
          expect('returned' in full).toBe(true);
          expect(Array.from(rows as unknown[]).some((r) => !wellFormed(r))).toBe(true);
          return;
        }
        expect(quick).toStrictEqual(full);
        if ('returned' in full) {
          decided++;
          if (!(full.returned as { valid: boolean }).valid) invalid++;
        }
      }),
      { numRuns: RUNS },
    );
    // Not vacuous: most runs decide, many of them with issues, and some give up.
    expect(decided).toBeGreaterThan(RUNS / 3);
    expect(invalid).toBeGreaterThan(RUNS / 10);
    expect(decided - invalid).toBeGreaterThan(RUNS / 50);
    expect(undecided).toBeGreaterThan(RUNS / 50);
  });

  it('never decides (nor throws) for an instrument core has not checked', () => {
    fc.assert(
      fc.property(instrumentAndRows, someOptions, ([inst, rows], options) => {
        const unchecked = structuredClone(inst); // equal data, but not known to be valid
        expect(
          tryValidateResponses(unchecked, rows as unknown[], options as never),
        ).toBeUndefined();
      }),
      { numRuns: RUNS / 4 },
    );
  });
});
