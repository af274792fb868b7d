// Property: scoring in one pass, or in any number of shards fed row by row or as columns, serialised or not, and
// merged in any order, gives exactly the same result.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSipasAccumulator, SipasAccumulator } from './createSipasAccumulator.js';
import { getInstrument } from './getInstrument.js';
import type { SipasOptions } from './options.js';
import { SIPAS_NO_ANSWER, type SipasColumns, type SipasResponse } from './responseSchema.js';
import { scoreSipas } from './scoreSipas.js';
import type { SipasResult } from './types.js';

const inst = getInstrument('sipas-2017');
const scaleIds = inst.elements.flatMap((e) =>
  e.questions.filter((q) => q.type === 'scale').map((q) => q.id),
);
const level = fc.constantFrom<number | null>(null, 0, 1, 2, 3, 4, 5, 5, 4, 4);

const response = (withInvalid: boolean) =>
  fc.record({
    unitCode: fc.constantFrom('A', 'B', 'C'),
    sex: fc.constantFrom<string | undefined>('nam', 'nu', undefined),
    weight: fc.constantFrom(0.5, 1, 1.3, 2.75, 1 / 3, 7),
    f0: fc.constantFrom<string | null>('yes', 'no', null),
    levels: fc.array(withInvalid ? fc.oneof(level, fc.constant(9)) : level, {
      minLength: 22,
      maxLength: 22,
    }),
    comment: fc.option(fc.constantFrom('chờ lâu', 'thiếu ghế', 'tốt'), { nil: undefined }),
  });

function toResponses(
  raw: {
    unitCode: string;
    sex?: string;
    weight: number;
    f0: string | null;
    levels: (number | null)[];
    comment?: string;
  }[],
): SipasResponse[] {
  return raw.map((r, i) => {
    const answers: Record<string, number | string | null> = { F0: r.f0 };
    scaleIds.forEach((id, k) => {
      const asked = !id.startsWith('E5') || r.f0 === 'yes';
      answers[id] = asked || r.levels[k] === 9 ? r.levels[k]! : null;
    });
    if (r.comment) answers.comment_E1 = r.comment;
    return {
      respondentId: i % 3 === 0 ? String(i + 1) : `R-${i}`,
      unitCode: r.unitCode,
      ...(r.sex ? { sex: r.sex } : {}),
      weight: r.weight,
      answers,
    };
  });
}

function toColumns(rows: readonly SipasResponse[]): SipasColumns {
  const answers: Record<string, Uint8Array | (string | number | null)[]> = {};
  for (const id of scaleIds) {
    answers[id] = Uint8Array.from(rows, (r) => {
      const v = r.answers[id];
      return typeof v === 'number' ? v : SIPAS_NO_ANSWER;
    });
  }
  answers.F0 = rows.map((r) => r.answers.F0 ?? null);
  answers.comment_E1 = rows.map((r) => r.answers.comment_E1 ?? null);
  return {
    length: rows.length,
    respondentId: rows.map((r) => r.respondentId),
    unitCode: rows.map((r) => r.unitCode),
    sex: rows.map((r) => r.sex ?? null),
    weight: rows.map((r) => r.weight ?? null),
    answers,
  };
}

/** What must not depend on sharding (row numbers in issues are per shard by design). */
function comparable(r: SipasResult) {
  return {
    ...r,
    invalid: {
      excludedRows: r.invalid.excludedRows,
      excludedAnswers: r.invalid.excludedAnswers,
      count: r.invalid.issues.length,
    },
  };
}

describe('SIPAS accumulator (property)', () => {
  it('any sharding, input path, serialisation and merge order gives the one-pass result', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom<string[]>([], ['unitCode'], ['unitCode', 'sex']),
        fc.constantFrom<'share-satisfied' | 'share-satisfied-answers' | 'mean-score'>(
          'share-satisfied',
          'share-satisfied-answers',
          'mean-score',
        ),
        fc
          .boolean()
          .chain((invalid) =>
            fc.tuple(
              fc.constant(invalid),
              fc.array(response(invalid), { minLength: 0, maxLength: 40 }),
            ),
          ),
        fc.array(fc.nat(4), { minLength: 40, maxLength: 40 }),
        fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
        fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
        fc.array(fc.nat(), { minLength: 5, maxLength: 5 }),
        (weighted, _unused, by, method, [invalid, raw], shardOf, asColumns, viaJson, order) => {
          const rows = toResponses(raw);
          const options: SipasOptions = {
            by,
            method,
            weighted,
            bootstrap: 20,
            onInvalid: invalid ? 'exclude' : 'throw',
          };
          const expected = comparable(scoreSipas(inst, rows, options));
          const shards = [0, 1, 2, 3, 4].map((s) => rows.filter((_, i) => shardOf[i] === s));
          const accumulators = shards.map((part, s) => {
            let acc = createSipasAccumulator(inst, options);
            if (asColumns[s]) acc.addColumns(toColumns(part));
            else for (const r of part) acc.add(r);
            if (viaJson[s])
              acc = SipasAccumulator.fromJSON(inst, JSON.parse(JSON.stringify(acc.toJSON())));
            return acc;
          });
          const ordered = accumulators
            .map((acc, s) => ({ acc, key: order[s]! }))
            .sort((a, b) => a.key - b.key)
            .map((x) => x.acc);
          const merged = ordered.slice(1).reduce((a, b) => a.merge(b), ordered[0]!);
          expect(comparable(merged.result())).toEqual(expected);
        },
      ),
      { numRuns: 100 },
    );
  }, 120_000);

  it('a rows batch and the same rows as columns are scored identically, including the issues', () => {
    fc.assert(
      fc.property(fc.array(response(true), { maxLength: 30 }), fc.boolean(), (raw, weighted) => {
        const rows = toResponses(raw);
        const options: SipasOptions = {
          by: ['unitCode'],
          weighted,
          onInvalid: 'exclude',
          bootstrap: 20,
        };
        expect(scoreSipas(inst, toColumns(rows), options)).toEqual(scoreSipas(inst, rows, options));
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
