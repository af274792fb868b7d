import * as z from 'zod/mini';
import { CchcError } from '../schema/CchcError.js';
import { parseOrThrow } from '../schema/parse.js';
import { type Instrument, ScoringMethodSchema } from './instrumentSchema.js';
import type { AccumulatorSettings } from './internal/batch.js';
import { compileInstrument } from './internal/compile.js';
import { ownRecord } from './internal/ownRecord.js';

/** Response fields that can group results (besides choice and demographic questions). */
export const GROUP_FIELDS = ['unitCode', 'service', 'sector', 'sex', 'ageGroup'] as const;

/** N of one group: a whole number ≥ 1. */
const PopulationSchema = z.int().check(z.positive());

/**
 * Zod schema of the options of {@link scoreSipas} and {@link createSipasAccumulator}.
 *
 * - `by`: group by these response fields (`unitCode`, `service`, `sector`, `sex`, `ageGroup`) or choice /
 *   demographic / yes-no question ids; absent → one group of everyone.
 * - `method`: overrides the instrument's default scoring method.
 * - `weighted`: use each response's `weight` (every response must have one).
 * - `seed`: seeds the bootstrap (same seed, same intervals).
 * - `onInvalid`: `'throw'` (default) stops on the first invalid batch/response; `'exclude'` drops invalid answers
 *   (and rows that cannot be used at all) and reports them in `result.invalid`.
 * - `population`: N (transactions in the period) for the minimum-sample check: one number for every group, or a
 *   map from group label (the key values joined by `' | '`, e.g. the unit code) to N. Only the map's own keys
 *   count: a group labelled `constructor` or `__proto__` has N only when the map lists that label.
 * - `bootstrap`: bootstrap replicates (0 = no element/overall intervals); `bootstrapGroups`: resampling buckets G.
 * - `comments`: keep free-text answers for the dissatisfaction analysis.
 */
export const SipasOptionsSchema = z.strictObject({
  by: z._default(z.array(z.string().check(z.minLength(1))), []),
  method: z.optional(ScoringMethodSchema),
  weighted: z._default(z.boolean(), false),
  seed: z._default(z.int().check(z.minimum(0), z.maximum(0xffffffff)), 20171010),
  onInvalid: z._default(z.enum(['throw', 'exclude']), 'throw'),
  population: z.optional(z.union([PopulationSchema, z.record(z.string(), PopulationSchema)])),
  bootstrap: z._default(z.int().check(z.minimum(0), z.maximum(10000)), 200),
  bootstrapGroups: z._default(z.int().check(z.minimum(1), z.maximum(256)), 32),
  comments: z._default(z.boolean(), true),
});

/** Options of {@link scoreSipas} and {@link createSipasAccumulator}. */
export type SipasOptions = z.input<typeof SipasOptionsSchema>;

/** @internal Parses options and checks the `by` fields against the instrument. */
export function parseSipasOptions(instrument: Instrument, options: unknown): AccumulatorSettings {
  const o = parseOrThrow(SipasOptionsSchema, options ?? {}, 'options');
  const compiled = compileInstrument(instrument);
  o.by.forEach((field, i) => {
    if ((GROUP_FIELDS as readonly string[]).includes(field)) return;
    const qi = compiled.byId.get(field);
    const q = qi === undefined ? undefined : compiled.questions[qi];
    if (q && (q.type === 'yes-no' || q.type === 'single-choice' || q.type === 'demographic'))
      return;
    const expected = {
      vi: `một trong ${GROUP_FIELDS.join(', ')} hoặc mã một câu hỏi lựa chọn/nhân khẩu`,
      en: `one of ${GROUP_FIELDS.join(', ')} or the id of a choice/demographic question`,
    };
    throw new CchcError('invalid-input', [
      {
        path: `options.by[${i}]`,
        value: field,
        expected,
        message: {
          vi: `options.by[${i}]: nhận được "${field}", cần ${expected.vi}`,
          en: `options.by[${i}]: received "${field}", expected ${expected.en}`,
        },
      },
    ]);
  });
  if (new Set(o.by).size !== o.by.length) {
    throw new CchcError('invalid-input', [
      {
        path: 'options.by',
        value: o.by,
        expected: { vi: 'các trường không trùng nhau', en: 'distinct fields' },
        message: { vi: 'options.by: có trường bị trùng', en: 'options.by: a field is repeated' },
      },
    ]);
  }
  return {
    by: o.by,
    method: o.method ?? instrument.method.score,
    weighted: o.weighted,
    seed: o.seed,
    onInvalid: o.onInvalid,
    population:
      o.population === undefined || typeof o.population === 'number'
        ? o.population
        : ownRecord(
            (options as { population: unknown }).population,
            o.population,
            PopulationSchema,
            'options.population',
          ),
    bootstrap: o.bootstrap,
    bootstrapGroups: o.bootstrapGroups,
    comments: o.comments,
  };
}
