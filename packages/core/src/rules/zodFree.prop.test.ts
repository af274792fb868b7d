// The checks of the rules' arguments written by hand must behave as the zod schemas they stand for, on generated and
// hostile input: plainDateOrThrow (regimeFor's date) as parseOrThrow(PlainDateSchema) — same text, or the same
// CchcError: code, issues and bilingual messages — and tryCheckOptions as CheckOptionsSchema wherever it decides.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  exotic,
  hostile,
  mutantOf,
  nastyString,
  nastyValue,
} from '../../../../test/fuzz/hostile.js';
import evaluationTable from '../../data/rule-packs/one-stop-evaluation-tt01-2018.json';
import { createCalendar } from '../calendar/createCalendar.js';
import { CchcError } from '../schema/CchcError.js';
import { plainDateOrThrow } from '../schema/internal/handIssues.js';
import { parseOrThrow } from '../schema/parse.js';
import { PlainDateSchema } from '../schema/plainDate.js';
import { tryCheckOptions } from './internal/checkOptions.js';
import { CheckOptionsSchema } from './internal/context.js';
import { EvaluationTableSchema } from './internal/evaluationTable.js';
import { parseRows } from './internal/rows.js';
import { trySummaryItems } from './internal/summaryItems.js';
import { ItemSchema, summarize } from './summarize.js';

const RUNS = 2000;

// test/fuzz/rules-data.ts imports its types from '@cchc/core', a name this package's tsconfig does not map (only the
// test project's does): loaded by a path tsc does not follow.
const RULES_DATA = '../../../../test/fuzz/rules-data.js';
const { finding } = (await import(/* @vite-ignore */ RULES_DATA)) as {
  finding: fc.Arbitrary<Record<string, unknown>>;
};

// The same object is equal to itself (toStrictEqual compares `constructor`s, which a hostile own key can make NaN).
expect.addEqualityTesters([(a, b) => (Object.is(a, b) ? true : undefined)]);

/** What a call did: its result, or everything a caller can see of its CchcError, or another throw. */
function outcome(run: () => unknown): Record<string, unknown> {
  try {
    return { returned: run() };
  } catch (e) {
    if (e instanceof CchcError)
      return { cchcError: { code: e.code, issues: e.issues, text: e.text, message: e.message } };
    return { other: e instanceof Error ? `${e.constructor.name}: ${e.message}` : String(e) };
  }
}

const day = fc
  .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.nat(32))
  .map(
    ([y, m, d]) =>
      `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  );

describe('plainDateOrThrow ≡ parseOrThrow(PlainDateSchema)', () => {
  it('on dates real or not, texts and any value', () => {
    const kinds = new Map<string, number>();
    fc.assert(
      fc.property(fc.oneof(day, nastyString, fc.string(), hostile, exotic, nastyValue), (v) => {
        const expected = outcome(() => parseOrThrow(PlainDateSchema, v, 'date'));
        expect(outcome(() => plainDateOrThrow(v, 'date'))).toStrictEqual(expected);
        const kind = Object.keys(expected)[0]!;
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      }),
      { numRuns: RUNS * 2 },
    );
    expect(kinds.get('returned') ?? 0).toBeGreaterThan(RUNS / 10);
    expect(kinds.get('cchcError') ?? 0).toBeGreaterThan(RUNS / 10);
  });

  it('control: a check that took any 10-character text would be caught', () => {
    const loose = (v: unknown) =>
      typeof v === 'string' && v.length === 10 ? v : plainDateOrThrow(v, 'date');
    expect(outcome(() => loose('2017-02-30'))).not.toStrictEqual(
      outcome(() => parseOrThrow(PlainDateSchema, '2017-02-30', 'date')),
    );
  });
});

describe('tryCheckOptions ≡ CheckOptionsSchema where it decides', () => {
  const calendar = createCalendar();
  const key = fc.constantFrom('asOf', 'calendar', 'unitCodes', '__proto__', 'constructor');
  const value = fc.oneof(day, fc.constant(calendar), fc.constant(undefined), nastyValue);
  const wellFormed = fc.oneof(
    fc.record({ asOf: fc.option(day, { nil: undefined }) }),
    fc.record({ asOf: day, calendar: fc.constant(calendar) }, { requiredKeys: [] }),
  );
  const options = fc.oneof(
    wellFormed,
    fc.dictionary(key, value, { maxKeys: 3 }).map((entries) => {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(entries))
        Object.defineProperty(out, k, { value: v, enumerable: true, writable: true });
      return out;
    }),
    fc.constantFrom<unknown>(
      null,
      undefined,
      [],
      new Date(0),
      Object.create({ asOf: '2017-01-01' }),
      Object.assign(Object.create(null), { asOf: '2017-01-01' }),
      new Proxy({}, { has: () => true }),
      Object.defineProperty({}, 'asOf', { value: '2017-02-30', enumerable: false }),
    ),
    hostile,
  );

  /** Checks the promise on one input; returns whether it decided and whether the schema accepted. */
  const judge = (o: unknown) => {
    const quick = tryCheckOptions(o);
    const zod = CheckOptionsSchema.safeParse(o ?? {});
    if (quick !== undefined) {
      expect(zod.success).toBe(true);
      expect(quick.asOf).toBe(zod.data!.asOf);
      expect(quick.calendar).toBe(zod.data!.calendar);
    }
    return { decided: quick !== undefined, valid: zod.success };
  };

  it('on generated, odd and hostile options', () => {
    let valid = 0;
    fc.assert(
      fc.property(options, (o) => {
        if (judge(o).valid) valid++;
      }),
      { numRuns: RUNS * 2 },
    );
    expect(valid).toBeGreaterThan(RUNS / 2); // both kinds met
    expect(valid).toBeLessThan(RUNS * 2);
  });

  it('decides for (almost) all well-formed options', () => {
    let decided = 0;
    let valid = 0;
    fc.assert(
      fc.property(wellFormed, (o) => {
        const r = judge(o);
        if (r.valid) valid++;
        if (r.decided) decided++;
      }),
      { numRuns: RUNS },
    );
    expect(valid).toBeGreaterThan(RUNS / 2);
    expect(decided / valid).toBeGreaterThanOrEqual(0.95);
  });
});

describe('trySummaryItems ≡ summarize’s item schema where it decides', () => {
  /** Checks the promise on one list: when it decides, the schema accepts every item, and summarize's result is that of the schema's items. */
  const judge = (list: unknown) => {
    const quick = trySummaryItems(list);
    let zod: { ok: true; items: unknown[] } | { ok: false };
    try {
      zod = { ok: true, items: parseRows(ItemSchema, list, 'findings') };
    } catch (e) {
      if (!(e instanceof CchcError)) throw e;
      zod = { ok: false };
    }
    if (quick !== undefined) {
      expect(zod.ok).toBe(true);
      expect(quick).toBe(list);
      // summarize sees the same thing either way: its result on the items as zod returns them is the same. Node's
      // deep equality: toStrictEqual would compare the own `constructor` key of a per-rule table (a rule id) as the
      // objects' constructors.
      if (zod.ok) expect(isDeepStrictEqual(summarize(list), summarize(zod.items))).toBe(true);
    }
    return { decided: quick !== undefined, valid: zod.ok };
  };

  it('decides for every list of generated findings', () => {
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 6 }), (list) => {
        expect(judge(list)).toEqual({ decided: true, valid: true });
      }),
      { numRuns: RUNS },
    );
  });

  it('on mutants of findings and hostile values', () => {
    let valid = 0;
    let invalid = 0;
    let decided = 0;
    fc.assert(
      fc.property(
        fc.array(finding, { minLength: 1, maxLength: 3 }).chain((l) => mutantOf(l)),
        fc.oneof(hostile, exotic),
        (m, h) => {
          const r = judge(m);
          if (r.valid) valid++;
          else invalid++;
          if (r.decided) decided++;
          judge(h);
          judge([h]);
        },
      ),
      { numRuns: RUNS * 3 },
    );
    expect(invalid).toBeGreaterThan(RUNS / 4);
    expect(valid).toBeGreaterThan(RUNS / 4);
    expect(decided / valid).toBeGreaterThanOrEqual(0.9);
  });

  it('the shipped evaluation table is stored as its schema output (summarize reads it unparsed)', () => {
    const parsed = EvaluationTableSchema.parse(structuredClone(evaluationTable));
    expect(evaluationTable).toStrictEqual(parsed);
    expect(JSON.stringify(evaluationTable)).toBe(JSON.stringify(parsed));
  });
});
