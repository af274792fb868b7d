// Fuzz: every zod schema @cchc/core exports rejects hostile input with a bilingual CchcError (through parseOrThrow)
// and never throws anything else; the schema helpers (PlainDateSchema, formatIssues, formatPath, CchcError) hold
// their contracts on arbitrary input.
import * as core from '@cchc/core';
import {
  AdministrativeUnitSchema,
  CchcError,
  formatIssues,
  formatPath,
  PlainDateSchema,
  parseOrThrow,
} from '@cchc/core';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  exotic,
  expectCchcError,
  expectPrototypesClean,
  hostile,
  mutantOf,
  NASTY_STRINGS,
  nastyString,
  PROPERTY_TIMEOUT,
  PROTO_KEYS,
  runs,
} from './kit.js';

import { examples } from './schema-examples.js';

afterAll(expectPrototypesClean);

type Schema = Parameters<typeof parseOrThrow>[0];
const isSchema = (v: unknown): v is Schema => typeof v === 'object' && v !== null && '_zod' in v;
const schemas = Object.entries(core as Record<string, unknown>).filter(
  (entry): entry is [string, Schema] => isSchema(entry[1]),
);

describe('every exported zod schema, through parseOrThrow', () => {
  it('finds the schemas (the inventory is not empty)', () => {
    expect(schemas.length).toBeGreaterThan(40);
  });

  it(
    'returns a value or throws a bilingual CchcError on hostile input — never another error',
    () => {
      const schemaIndex = fc.nat({ max: schemas.length - 1 });
      fc.assert(
        fc.property(schemaIndex, hostile, nastyString, (i, input, label) => {
          const [, schema] = schemas[i]!;
          try {
            parseOrThrow(schema, input, label);
          } catch (e) {
            expectCchcError(e);
          }
        }),
        { numRuns: runs(400) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'rejects or accepts mutants of valid examples (dropped, duplicated, retyped fields, proto keys…)',
    () => {
      const named = Object.keys(examples).map((name) => {
        const schema = schemas.find(([n]) => n === name)?.[1];
        if (schema === undefined) throw new Error(`no exported schema ${name}`);
        return { name, schema, example: examples[name] };
      });
      for (const { schema, example } of named) {
        expect(() => parseOrThrow(schema, example)).not.toThrow(); // the examples are valid
      }
      fc.assert(
        fc.property(
          fc.constantFrom(...named).chain((n) => fc.tuple(fc.constant(n), mutantOf(n.example))),
          ([{ schema }, input]) => {
            try {
              parseOrThrow(schema, input);
            } catch (e) {
              expectCchcError(e);
            }
          },
        ),
        { numRuns: runs(300) },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

/** Independent oracle for a real Gregorian 'YYYY-MM-DD' (years 0000–9999). */
function isRealDateOracle(s: string): boolean {
  if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Whether formatIssues can quote `v` and every value inside it: JSON.stringify or, failing that, String() works. */
function quotable(v: unknown, depth = 0): boolean {
  let ok = true;
  try {
    JSON.stringify(v);
  } catch {
    try {
      String(v);
    } catch {
      ok = false;
    }
  }
  if (!ok || depth > 5 || typeof v !== 'object' || v === null) return ok;
  return Object.values(v).every((x) => quotable(x, depth + 1));
}

describe('exotic values (bigint, objects without toString)', () => {
  // Former bug (core/schema/formatIssues.ts, show()): a value JSON.stringify could not print (it held a bigint) fell
  // back to String(value), which throws for an object with no callable toString — parseOrThrow threw a TypeError.
  // Counterexamples found by fast-check: `{__proto__: null, "": 0n}` and `[{ toString: undefined }, [0n]]`.
  /** The CchcError parseOrThrow raises for `input` (fails the test when it returns or throws anything else). */
  const errorOf = (input: unknown) => {
    let caught: unknown;
    try {
      parseOrThrow(PlainDateSchema, input, 'date');
    } catch (e) {
      caught = e;
    }
    expectCchcError(caught);
    return caught as CchcError;
  };

  it('parseOrThrow reports a null-prototype object holding a bigint as a CchcError', () => {
    const input = Object.assign(Object.create(null) as object, { '': 0n });
    expect(errorOf(input).issues[0]?.message.en).toBe('date: received {"":"0n"}, expected a text');
  });

  it('parseOrThrow reports [{ toString: undefined }, [0n]] as a CchcError', () => {
    expect(errorOf([{ toString: undefined }, [0n]]).issues[0]?.message.vi).toContain('[{},["0n"]]');
  });

  it(
    'rejects bigints, boxed values and null-prototype objects that formatIssues can quote',
    () => {
      fc.assert(
        fc.property(fc.nat({ max: schemas.length - 1 }), exotic, (i, input) => {
          fc.pre(quotable(input));
          try {
            parseOrThrow(schemas[i]![1], input);
          } catch (e) {
            expectCchcError(e);
          }
        }),
        { numRuns: runs(200) },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('PlainDateSchema', () => {
  const dateLike = fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    )
    .map(
      ([y, m, d]) =>
        `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    );

  it(
    'accepts exactly the real dates YYYY-MM-DD, and rejects everything else with a CchcError',
    () => {
      fc.assert(
        fc.property(fc.oneof(dateLike, nastyString, hostile), (input) => {
          const real = typeof input === 'string' && isRealDateOracle(input);
          try {
            expect(parseOrThrow(PlainDateSchema, input, 'date')).toBe(input);
            expect(real).toBe(true);
          } catch (e) {
            if (real) throw e;
            expectCchcError(e);
            expect((e as CchcError).issues[0]!.path).toBe('date');
          }
        }),
        { numRuns: runs(500) },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('AdministrativeUnitSchema', () => {
  it(
    'never keeps an unknown field, whatever its name (proto keys included)',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(fc.constantFrom(...PROTO_KEYS), fc.string({ minLength: 1, maxLength: 8 })),
          nastyString,
          (key, value) => {
            const unit: Record<string, unknown> = { code: 'X', name: 'Y', level: 'commune' };
            Object.defineProperty(unit, key, { value, enumerable: true, configurable: true });
            const known = ['code', 'name', 'level', 'nameEn', 'parentCode', 'kind'];
            if (known.includes(key)) return;
            try {
              const parsed = parseOrThrow(AdministrativeUnitSchema, unit, 'unit');
              expect(Object.hasOwn(parsed, key)).toBe(false);
              throw new Error(`unknown key ${JSON.stringify(key)} was accepted`);
            } catch (e) {
              expectCchcError(e);
            }
          },
        ),
        { numRuns: runs(200) },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('formatIssues, formatPath and CchcError', () => {
  it('formatPath renders any path of keys as text, [] as the empty string', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.nat(), fc.constantFrom(...NASTY_STRINGS))),
        (path) => {
          const text = formatPath(path);
          expect(typeof text).toBe('string');
          if (path.length === 0) expect(text).toBe('');
          for (const key of path) if (typeof key === 'number') expect(text).toContain(`[${key}]`);
        },
      ),
    );
  });

  it(
    'formatIssues gives one bilingual issue per zod issue, with the row and label it is given',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...schemas.map(([, s]) => s)),
          hostile,
          fc.option(nastyString, { nil: undefined }),
          fc.option(fc.nat(), { nil: undefined }),
          (schema, input, label, row) => {
            const r = (
              schema as unknown as { safeParse(x: unknown): { success: boolean; error?: unknown } }
            ).safeParse(input);
            if (r.success) return;
            const error = r.error as Parameters<typeof formatIssues>[0];
            const issues = formatIssues(error, input, {
              ...(label === undefined ? {} : { label }),
              ...(row === undefined ? {} : { row }),
            });
            expect(issues.length).toBe((error as { issues: unknown[] }).issues.length);
            for (const issue of issues) {
              expect(issue.message.vi.length).toBeGreaterThan(0);
              expect(issue.message.en.length).toBeGreaterThan(0);
              if (row !== undefined) expect(issue.row).toBe(row);
            }
          },
        ),
        { numRuns: runs(300) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'CchcError joins its issues in both languages and keeps them',
    () => {
      const issue = fc.record({
        path: nastyString,
        expected: fc.record({ vi: nastyString, en: nastyString }),
        message: fc.record({ vi: nastyString, en: nastyString }),
      });
      fc.assert(
        fc.property(
          nastyString,
          fc.array(issue, { minLength: 1, maxLength: 4 }),
          (code, issues) => {
            const e = new CchcError(code, issues);
            expect(e).toBeInstanceOf(Error);
            expect(e.name).toBe('CchcError');
            expect(e.issues).toBe(issues);
            expect(e.text.vi).toBe(issues.map((i) => i.message.vi).join('; '));
            expect(e.text.en).toBe(issues.map((i) => i.message.en).join('; '));
          },
        ),
      );
    },
    PROPERTY_TIMEOUT,
  );
});
