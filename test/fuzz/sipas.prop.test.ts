// Properties of SIPAS results: indices and intervals stay in [0, 100] with low ≤ index ≤ high; the order of the
// responses does not matter; one more satisfied answer never lowers an index under the default method; percentage
// answers and unit codes that are prototype keys.
import {
  analyzeDissatisfaction,
  getInstrument,
  SHIPPED_INSTRUMENTS,
  type SipasOptions,
  type SipasResponse,
  type SipasResult,
  scoreSipas,
  validateResponses,
} from '@cchc/core';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  expectPrototypesClean,
  expectThrowsCchcError,
  PROPERTY_TIMEOUT,
  PROTO_KEYS,
  runs,
  withPermutation,
} from './kit.js';
import { expectBounded, responses, SIPAS_UNITS } from './sipas-data.js';

afterAll(expectPrototypesClean);

const instruments = SHIPPED_INSTRUMENTS.map((id) => getInstrument(id));
const sipas2017 = getInstrument('sipas-2017');
const METHODS = ['share-satisfied', 'share-satisfied-answers', 'mean-score'] as const;
const BY = [[], ['unitCode'], ['unitCode', 'sex'], ['service']] as const;

const scoring = fc.record({
  inst: fc.constantFrom(...instruments),
  method: fc.option(fc.constantFrom(...METHODS), { nil: undefined }),
  weighted: fc.boolean(),
  by: fc.constantFrom(...BY),
  population: fc.option(
    fc.oneof(fc.integer({ min: 1, max: 5000 }), fc.constant({ A: 40, B: 3000 })),
    {
      nil: undefined,
    },
  ),
});
const optionsOf = (s: {
  method?: string;
  weighted: boolean;
  by: readonly string[];
  population?: unknown;
}) =>
  ({
    by: [...s.by],
    weighted: s.weighted,
    bootstrap: 10,
    ...(s.method === undefined ? {} : { method: s.method }),
    ...(s.population === undefined ? {} : { population: s.population }),
  }) as SipasOptions;

describe('SIPAS results', () => {
  it(
    'every index and interval is in [0, 100] or null, with low ≤ index ≤ high',
    () => {
      fc.assert(
        fc.property(
          scoring.chain((s) =>
            fc.tuple(fc.constant(s), responses(s.inst, { invalid: true, maxLength: 20 })),
          ),
          ([s, rows]) => {
            const r = scoreSipas(s.inst, rows, { ...optionsOf(s), onInvalid: 'exclude' });
            expectBounded(r);
            const a = analyzeDissatisfaction(r, r, { lowest: 2 });
            for (const g of a) {
              expect(g.lowest.length).toBeLessThanOrEqual(2);
              for (const c of g.changes) {
                expect(c.change).toBe(0);
                if (c.pValue !== null) expect(c.pValue).toBeGreaterThanOrEqual(0);
                if (c.pValue !== null) expect(c.pValue).toBeLessThanOrEqual(1);
              }
            }
          },
        ),
        { numRuns: runs(60) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'does not depend on the order of the responses',
    () => {
      fc.assert(
        fc.property(
          scoring.chain((s) => fc.tuple(fc.constant(s), withPermutation(responses(s.inst)))),
          ([s, [rows, shuffled]]) => {
            expect(scoreSipas(s.inst, shuffled, optionsOf(s))).toEqual(
              scoreSipas(s.inst, rows, optionsOf(s)),
            );
          },
        ),
        { numRuns: runs(80) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'one more satisfied answer (4–5 instead of 1–3) never lowers a criterion, element or overall index',
    () => {
      const criteria = sipas2017.elements.flatMap((e) =>
        e.questions
          .filter((q) => q.type === 'scale' && q.counts)
          .map((q) => ({ element: e.id, id: q.id })),
      );
      fc.assert(
        fc.property(
          responses(sipas2017, { minLength: 1 }),
          fc.nat(),
          fc.nat({ max: criteria.length - 1 }),
          fc.constantFrom(4, 5),
          fc.constantFrom<readonly string[]>([], ['unitCode']),
          fc.boolean(),
          (rows, at, k, better, by, weighted) => {
            const { element, id } = criteria[k]!;
            const i = at % rows.length;
            const old = rows[i]!.answers[id];
            fc.pre(old === 1 || old === 2 || old === 3);
            const changed: SipasResponse[] = rows.map((r, j) =>
              j === i ? { ...r, answers: { ...r.answers, [id]: better } } : r,
            );
            const options = { by: [...by], weighted, bootstrap: 0 };
            const group = (r: SipasResult) =>
              r.groups.find((g) => by.length === 0 || g.key.unitCode === rows[i]!.unitCode)!;
            const before = group(scoreSipas(sipas2017, rows, options));
            const after = group(scoreSipas(sipas2017, changed, options));
            const up = (a: number | null, b: number | null) =>
              expect(a! + 1e-9).toBeGreaterThanOrEqual(b!);
            up(after.criteria[id]!.index, before.criteria[id]!.index);
            up(after.elements[element]!.index, before.elements[element]!.index);
            up(after.overall.index, before.overall.index);
            up(after.overall.comprehensive.index, before.overall.comprehensive.index);
            expect(after.criteria[id]!.dissatisfied! - 1e-9).toBeLessThanOrEqual(
              before.criteria[id]!.dissatisfied!,
            );
          },
        ),
        { numRuns: runs(100) },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('percentage answers', () => {
  // Former bug (core/sipas/internal/answers.ts): only `v > 100` was rejected, so G1 = -1 passed as valid and drove
  // the companion index of health-station-example to -1.
  it('a negative percentage is an invalid answer, never a companion index below 0', () => {
    const health = getInstrument('health-station-example');
    for (const G1 of [-1, '-1', -100]) {
      const rows = [{ respondentId: 'R0', unitCode: 'A', answers: { G1 } }];
      const check = validateResponses(health, rows);
      expect(check.valid).toBe(false);
      expect(check.issues.map((i) => [i.kind, i.path])).toEqual([['out-of-scale', 'answers.G1']]);
      expectThrowsCchcError(() => scoreSipas(health, rows, { bootstrap: 0 }));
      const r = scoreSipas(health, rows, { onInvalid: 'exclude', bootstrap: 0 });
      expectBounded(r);
      expect(r.groups[0]!.companions.expectationMet).toMatchObject({ index: null, n: 0 });
      expect(r.invalid.excludedAnswers).toBe(1);
    }
  });

  it('a percentage answer in 0–100 is the companion mean; one below 0 or above 100 is excluded', () => {
    const health = getInstrument('health-station-example');
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -100, max: 200 }), { minLength: 1, maxLength: 8 }),
        (values) => {
          const rows = values.map((v, i) => ({
            respondentId: `R${i}`,
            unitCode: 'A',
            answers: { G1: v },
          }));
          const r = scoreSipas(health, rows, { onInvalid: 'exclude', bootstrap: 0 });
          const kept = values.filter((v) => v >= 0 && v <= 100);
          const companion = r.groups[0]!.companions.expectationMet!;
          expect(companion.n).toBe(kept.length);
          expect(r.invalid.excludedAnswers).toBe(values.length - kept.length);
          if (kept.length > 0)
            expect(companion.index!).toBeCloseTo(kept.reduce((a, b) => a + b, 0) / kept.length, 9);
          else expect(companion.index).toBeNull();
          expectBounded(r);
        },
      ),
      { numRuns: runs(100) },
    );
  });
});

describe('prototype keys as data', () => {
  // Former bug (core/sipas/internal/estimate.ts sampleCheck): `population?.[label]` read inherited properties, so a
  // unit coded "constructor", "toString", "__proto__"… took a function (or Object.prototype) as its population N
  // and scoring threw. The population map is now a prototype-less copy read by own keys only.
  it('a unit code that is a prototype key is scored like any other unit', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PROTO_KEYS), (code) => {
        const row = { respondentId: 'R1', unitCode: code, answers: { 'E1.1': 4 } };
        const r = scoreSipas(sipas2017, [row], {
          by: ['unitCode'],
          population: { A: 100 },
          bootstrap: 0,
        });
        expect(r.groups.map((g) => g.label)).toEqual([code]);
        expect(r.groups[0]!.sample.population).toBeNull();
        expect(r.groups[0]!.sample.minimum).toBe(sipas2017.method.minimumWithoutPopulation);
        expect(r.groups[0]!.criteria['E1.1']!.index).toBe(100);
        // The map names the unit (JSON.parse keeps an own "__proto__" key): its N is used, like any other label's.
        const listed = JSON.parse(
          JSON.stringify({ A: 100 }).replace('{', `{${JSON.stringify(code)}:40,`),
        );
        const s = scoreSipas(sipas2017, [row], {
          by: ['unitCode'],
          population: listed,
          bootstrap: 0,
        });
        expect(s.groups[0]!.sample).toMatchObject({ n: 1, population: 40, belowMinimum: true });
      }),
    );
  });

  it('unit codes that are prototype keys are scored like any other without a population map', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PROTO_KEYS, ...SIPAS_UNITS),
        fc.constantFrom(3, 4),
        (code, level) => {
          const row = { respondentId: 'R1', unitCode: code, answers: { 'E1.1': level } };
          const r = scoreSipas(sipas2017, [row], { by: ['unitCode'], bootstrap: 0 });
          expect(r.groups.map((g) => g.label)).toEqual([code]);
          expect(r.groups[0]!.criteria['E1.1']!.index).toBe(level === 4 ? 100 : 0);
        },
      ),
    );
  });

  // Former bug (core/sipas/analyzeDissatisfaction.ts): options were not validated; `lowest: -1` listed every
  // criterion but the last (slice(0, -1)), `lowest: NaN` none, `alpha: NaN` made every change "not significant".
  it('analyzeDissatisfaction rejects a negative or non-numeric `lowest` / `alpha` with a CchcError', () => {
    const rows = [
      { respondentId: 'R1', unitCode: 'A', answers: { 'E1.1': 2, 'E1.2': 4, 'E1.3': 5 } },
    ];
    const r = scoreSipas(sipas2017, rows, { bootstrap: 0 });
    const cases: [Record<string, unknown>, string][] = [
      [{ lowest: -1 }, 'options.lowest'],
      [{ lowest: Number.NaN }, 'options.lowest'],
      [{ lowest: 1.5 }, 'options.lowest'],
      [{ lowest: '2' }, 'options.lowest'],
      [{ alpha: Number.NaN }, 'options.alpha'],
      [{ alpha: 7 }, 'options.alpha'],
      [{ alpha: 0 }, 'options.alpha'],
      [{ alpha: -0.05 }, 'options.alpha'],
    ];
    for (const [options, path] of cases) {
      const e = expectThrowsCchcError(() => analyzeDissatisfaction(r, r, options as never));
      expect(e.issues.map((i) => i.path)).toEqual([path]);
    }
    expect(analyzeDissatisfaction(r, r, { lowest: 0, alpha: 0.5 })[0]!.lowest).toEqual([]);
    expect(analyzeDissatisfaction(r, undefined, { lowest: 2 })[0]!.lowest).toHaveLength(2);
    expect(analyzeDissatisfaction(r)[0]!.lowest).toHaveLength(3);
  });
});
