// Generators of SIPAS responses for any instrument: answers by question type, skip logic and service filters
// respected (so every answer counts), optionally with invalid answers mixed in.
import {
  type IndexWithInterval,
  type Instrument,
  SIPAS_NO_ANSWER,
  type SipasColumns,
  type SipasResponse,
  type SipasResult,
} from '@cchc/core';
import fc from 'fast-check';
import { expect } from 'vitest';

type Question = Instrument['elements'][number]['questions'][number];
type Answer = string | number | null;

const INVALID: Answer[] = [7, -1, 2.5, '4', 'không biết', 101];

function answerOf(q: Question, invalid: boolean): fc.Arbitrary<Answer> {
  const options = (q.options ?? []).map((o) => o.value);
  let valid: fc.Arbitrary<Answer>;
  switch (q.type) {
    case 'scale':
      valid = fc.constantFrom<Answer>(null, 1, 2, 3, 4, 5, 4, 5, ...(q.notApplicable ? [0] : []));
      break;
    case 'yes-no':
      valid = fc.constantFrom<Answer>('yes', 'no', null);
      break;
    case 'single-choice':
    case 'demographic':
      valid =
        options.length > 0
          ? fc.constantFrom<Answer>(null, ...options)
          : fc.constantFrom<Answer>(null, 'nông dân', 'công chức');
      break;
    case 'multiple-choice':
      valid = fc.subarray(options.map(String), { minLength: 1 }).map((xs): Answer => xs.join(';'));
      break;
    case 'free-text':
      valid = fc.constantFrom<Answer>(
        null,
        'Chờ lâu',
        '<script>alert(1)</script>',
        '\u202Egnol tiaw',
        'thiếu\u200Bghế',
      );
      break;
    case 'percentage':
      valid = fc.oneof(fc.constant<Answer>(null), fc.integer({ min: 0, max: 100 }));
      break;
  }
  return invalid ? fc.oneof({ weight: 6, arbitrary: valid }, fc.constantFrom(...INVALID)) : valid;
}

/** Whether a question is asked, given the answers so far and the service (skip logic and service filters). */
function asked(q: Question, answers: Record<string, Answer>, service: string | undefined): boolean {
  const services = q.appliesTo?.services;
  if (services !== undefined && (service === undefined || !services.includes(service)))
    return false;
  const cond = q.showIf;
  if (cond === undefined) return true;
  const a = answers[cond.question];
  if (a === undefined || a === null) return false;
  if (cond.equals !== undefined) return a === cond.equals;
  return (cond.in ?? []).some((v) => String(a).split(';').includes(String(v)));
}

export const SIPAS_UNITS = ['A', 'B', 'C'] as const;

/** Responses to `inst` with ids R0, R1, … — valid unless `invalid` (then some answers are off the scale). */
export function responses(
  inst: Instrument,
  options: { invalid?: boolean; minLength?: number; maxLength?: number } = {},
): fc.Arbitrary<SipasResponse[]> {
  const questions = inst.elements.flatMap((e) => e.questions);
  const one = fc.record({
    unitCode: fc.constantFrom(...SIPAS_UNITS),
    service: fc.option(fc.constantFrom(...inst.services.map((s) => s.code), 'other'), {
      nil: undefined,
    }),
    sex: fc.option(fc.constantFrom('nam', 'nữ'), { nil: undefined }),
    weight: fc.constantFrom(0.5, 1, 1.3, 2.75, 7),
    raw: fc.tuple(...questions.map((q) => answerOf(q, options.invalid === true))),
  });
  return fc
    .array(one, { minLength: options.minLength ?? 0, maxLength: options.maxLength ?? 25 })
    .map((list) =>
      list.map((r, i) => {
        const answers: Record<string, Answer> = {};
        questions.forEach((q, k) => {
          const a = r.raw[k]!;
          answers[q.id] = asked(q, answers, r.service) || INVALID.includes(a) ? a : null;
        });
        return {
          respondentId: `R${i}`,
          unitCode: r.unitCode,
          ...(r.service === undefined ? {} : { service: r.service }),
          ...(r.sex === undefined ? {} : { sex: r.sex }),
          weight: r.weight,
          answers,
        };
      }),
    );
}

/** Every percentage and interval of a result in [0, 100] or null, with low ≤ index ≤ high. */
export function expectBounded(result: SipasResult): void {
  const pct = (v: number | null, where: string) => {
    if (v === null) return;
    if (!(v >= 0 && v <= 100)) throw new Error(`${where} = ${v}, outside [0, 100]`);
  };
  const interval = (x: IndexWithInterval, where: string) => {
    pct(x.index, `${where}.index`);
    pct(x.low, `${where}.low`);
    pct(x.high, `${where}.high`);
    if (x.index === null) {
      expect(x.low, `${where}.low with no index`).toBeNull();
      expect(x.high, `${where}.high with no index`).toBeNull();
    }
    if (x.index !== null && x.low !== null && x.high !== null)
      if (!(x.low <= x.index && x.index <= x.high))
        throw new Error(`${where}: low ${x.low} ≤ index ${x.index} ≤ high ${x.high} fails`);
  };
  let respondents = 0;
  for (const g of result.groups) {
    respondents += g.n;
    const at = `group "${g.label}"`;
    interval(g.overall, `${at}.overall`);
    interval(g.overall.comprehensive, `${at}.overall.comprehensive`);
    for (const [id, e] of Object.entries(g.elements)) interval(e, `${at}.elements.${id}`);
    for (const [id, c] of Object.entries(g.companions)) interval(c, `${at}.companions.${id}`);
    for (const [id, c] of Object.entries(g.criteria)) {
      interval(c, `${at}.criteria.${id}`);
      interval(
        { index: c.dissatisfied, low: c.dissatisfiedLow, high: c.dissatisfiedHigh },
        `${at}.criteria.${id}.dissatisfied`,
      );
      pct(c.satisfied, `${at}.criteria.${id}.satisfied`);
      expect(c.levels.reduce((a, b) => a + b, 0)).toBe(c.n);
      expect(c.weightedN).toBeGreaterThanOrEqual(0);
      // (Σw)²/Σw² ≤ n; weights are summed in fixed point (units of 2⁻¹⁶), hence the small tolerance.
      expect(c.effectiveN).toBeLessThanOrEqual(c.n * (1 + 1e-4));
      if (c.n === 0) expect(c.index).toBeNull();
    }
    expect(g.sample.n).toBe(g.n);
    expect(g.sample.minimum).toBeGreaterThanOrEqual(1);
    expect(g.sample.belowMinimum).toBe(g.n < g.sample.minimum);
  }
  expect(result.respondents).toBe(respondents);
}

/** The same responses as a columnar batch: scale answers as Uint8Array codes where they fit, the unit dictionary-encoded. */
export function toColumns(inst: Instrument, rows: readonly SipasResponse[]): SipasColumns {
  const answers: Record<string, Uint8Array | (string | number | null)[]> = {};
  for (const q of inst.elements.flatMap((e) => e.questions)) {
    const values = rows.map((r) => r.answers[q.id] ?? null);
    // Codes only when every answer is one (a text such as "4" stays a plain value, as in the rows).
    const codes = values.every(
      (v) => v === null || (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 255),
    );
    answers[q.id] =
      q.type === 'scale' && codes
        ? Uint8Array.from(values, (v) => (v === null ? SIPAS_NO_ANSWER : (v as number)))
        : values;
  }
  const units = [...new Set(rows.map((r) => r.unitCode))];
  return {
    length: rows.length,
    respondentId: rows.map((r) => r.respondentId),
    unitCode: { codes: Uint8Array.from(rows, (r) => units.indexOf(r.unitCode)), values: units },
    sex: rows.map((r) => r.sex ?? null),
    weight: rows.map((r) => r.weight ?? null),
    answers,
  };
}
