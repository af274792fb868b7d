import * as z from 'zod/mini';
import { SourceSchema } from '../calendar/holidayTable.js';
import { PlainDateSchema } from '../schema/plainDate.js';
import { checkInstrument } from './internal/checkInstrument.js';

/** A text in Vietnamese (first) and English. */
export const BilingualTextSchema = z.strictObject({
  vi: z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
});

/** One stored answer value: a number, a text, or `null` (no answer). */
export const AnswerValueSchema = z.union([z.number(), z.string(), z.null()]);
/** One stored answer value. */
export type AnswerValue = z.infer<typeof AnswerValueSchema>;

/**
 * Kind of question (loại câu hỏi).
 * - `scale`: the 5-level satisfaction scale 1–5 (0 = not applicable when allowed); only these can count in the index.
 * - `yes-no`: answers `'yes'` / `'no'` (Có / Không), e.g. the filter F0.
 * - `single-choice`, `multiple-choice`: one option value, or several joined by `;` (e.g. `'a;c'`).
 * - `free-text`: a comment (ý kiến khác), grouped by element in the dissatisfaction analysis.
 * - `demographic`: a respondent attribute (occupation, education…): an option value, or free text when no options.
 * - `percentage`: a whole number 0–100 (e.g. "how far did the visit meet your expectation?").
 */
export const QuestionTypeSchema = z.enum([
  'scale',
  'yes-no',
  'single-choice',
  'multiple-choice',
  'free-text',
  'demographic',
  'percentage',
]);
/** Kind of question. */
export type QuestionType = z.infer<typeof QuestionTypeSchema>;

/** A choice: the stored value and its bilingual label. */
export const OptionSchema = z.strictObject({
  value: z.union([z.string().check(z.minLength(1)), z.number()]),
  label: BilingualTextSchema,
});

/**
 * Skip logic as data (điều kiện hiển thị): the question is asked only when an earlier question's answer equals
 * `equals` or is one of `in`. Otherwise it is skipped; an answer to a skipped question is an invalid answer.
 */
export const ConditionSchema = z
  .strictObject({
    question: z.string().check(z.minLength(1)),
    equals: z.optional(z.union([z.string(), z.number()])),
    in: z.optional(z.array(z.union([z.string(), z.number()])).check(z.minLength(1))),
  })
  .check(
    z.refine((c) => (c.equals === undefined) !== (c.in === undefined), {
      message: 'give exactly one of equals / in',
      params: { vi: 'đúng một trong equals / in', en: 'exactly one of equals / in' },
    }),
  );

/** Which services / sectors (dịch vụ / lĩnh vực) a question or element applies to; absent = all. */
export const AppliesToSchema = z.strictObject({
  services: z.optional(z.array(z.string().check(z.minLength(1))).check(z.minLength(1))),
  sectors: z.optional(z.array(z.string().check(z.minLength(1))).check(z.minLength(1))),
});

/** One question (câu hỏi) of an instrument. */
export const QuestionSchema = z.strictObject({
  /** Stable id, e.g. `'E1.1'`; also the CSV column name. */
  id: z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9._-]*$/)),
  text: BilingualTextSchema,
  help: z.optional(BilingualTextSchema),
  type: QuestionTypeSchema,
  /** Counts in the satisfaction index (tính vào chỉ số) — only `scale` questions may. */
  counts: z._default(z.boolean(), false),
  /** The survey form must have an answer before moving on (scoring never requires one). */
  required: z._default(z.boolean(), false),
  /** `scale` only: code 0 "không áp dụng / not applicable" is allowed. */
  notApplicable: z._default(z.boolean(), true),
  /** Choices for `single-choice`, `multiple-choice` and (optionally) `demographic`. */
  options: z.optional(z.array(OptionSchema).check(z.minLength(1))),
  /** `scale` only: labels for the levels 1–5 when they differ from the instrument's scale (e.g. "would you return?"). */
  labels: z.optional(z.array(BilingualTextSchema).check(z.length(5))),
  showIf: z.optional(ConditionSchema),
  appliesTo: z.optional(AppliesToSchema),
});
/** One question of an instrument. */
export type Question = z.output<typeof QuestionSchema>;

/** One element (yếu tố) — a group of questions, one page of the form, one component of the index. */
export const ElementSchema = z.strictObject({
  id: z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9._-]*$/)),
  title: BilingualTextSchema,
  description: z.optional(BilingualTextSchema),
  /** Weight in the overall index when it is a mean of elements (default 1 = plain mean). */
  weight: z._default(z.number().check(z.positive()), 1),
  questions: z.array(QuestionSchema).check(z.minLength(1)),
});
/** One element of an instrument. */
export type InstrumentElement = z.output<typeof ElementSchema>;

/** How indices are computed; see docs/guides/sipas.md. */
export const ScoringMethodSchema = z.enum([
  'share-satisfied',
  'share-satisfied-answers',
  'mean-score',
]);
/** How indices are computed. */
export type ScoringMethod = z.infer<typeof ScoringMethodSchema>;

/** A companion figure reported beside the index (e.g. the health method's expectation-met and return rates). */
export const CompanionSchema = z.strictObject({
  id: z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9._-]*$/)),
  title: BilingualTextSchema,
  /** The question it is computed from. */
  question: z.string().check(z.minLength(1)),
  /** `mean` of a `percentage` question, or `share-satisfied` (answers 4–5) of a `scale` question. */
  statistic: z.enum(['mean', 'share-satisfied']),
});

/** The answer scale: labels of levels 1–5 and which levels count as satisfied / dissatisfied. */
export const ScaleSchema = z
  .strictObject({
    labels: z.array(BilingualTextSchema).check(z.length(5)),
    /** Lowest level counted as satisfied (default 4: "hài lòng" and "rất hài lòng"). */
    satisfiedFrom: z._default(z.int().check(z.minimum(2), z.maximum(5)), 4),
    /** Highest level counted as dissatisfied (default 2). */
    dissatisfiedTo: z._default(z.int().check(z.minimum(1), z.maximum(4)), 2),
  })
  .check(
    z.refine((s) => s.dissatisfiedTo < s.satisfiedFrom, {
      message: 'dissatisfiedTo < satisfiedFrom',
      params: { vi: 'dissatisfiedTo < satisfiedFrom', en: 'dissatisfiedTo < satisfiedFrom' },
    }),
  );

/** The instrument's scoring settings (phương pháp tính). */
export const MethodSchema = z.strictObject({
  /** Default method; `scoreSipas(…, { method })` overrides it. */
  score: z._default(ScoringMethodSchema, 'share-satisfied'),
  /** How `mean-score` builds element and overall scores: mean of criterion means, or one mean over all answers. */
  meanScoreAggregate: z._default(
    z.enum(['mean-of-criteria', 'pooled-answers']),
    'mean-of-criteria',
  ),
  /** The instrument's method reports the comprehensive satisfaction index (chỉ số hài lòng toàn diện). */
  comprehensive: z._default(z.boolean(), false),
  companions: z._default(z.array(CompanionSchema), []),
  /** Margin of error e in the minimum sample n = N / (1 + N·e²). */
  marginOfError: z._default(z.number().check(z.gt(0), z.lt(1)), 0.05),
  /** Minimum sample flagged when the population N is not known. */
  minimumWithoutPopulation: z._default(z.int().check(z.minimum(1)), 30),
});

/**
 * Zod schema of a satisfaction survey instrument (bộ phiếu khảo sát): versioned data with its sources.
 *
 * Questions are grouped into elements; `scale` questions with `counts: true` are the criteria (tiêu chí) of the
 * index. Skip logic (`showIf`), service filters (`appliesTo`) and the scoring method are data, so a province can
 * ship its own instrument through the same door.
 *
 * @example
 * const mine = parseOrThrow(InstrumentSchema, json, 'instrument')
 * @see Quyết định 2640/QĐ-BNV ngày 10/10/2017 (SIPAS 2017–2020) — structure UNVERIFIED in detail
 */
export const InstrumentSchema = z
  .strictObject({
    id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/)),
    version: z.string().check(z.minLength(1)),
    title: BilingualTextSchema,
    description: z.optional(BilingualTextSchema),
    /** `official`: transcribes a published instrument; `example`: a worked example built on an official method. */
    kind: z.enum(['official', 'example']),
    validFrom: z.optional(PlainDateSchema),
    validTo: z.optional(PlainDateSchema),
    sources: z.array(SourceSchema).check(z.minLength(1)),
    /** True only when every question and formula was read in the source document itself. */
    verified: z.boolean(),
    note: z.optional(z.string()),
    /** Services (dịch vụ / thủ tục) the instrument knows, for `appliesTo` and reports. */
    services: z._default(
      z.array(
        z.strictObject({ code: z.string().check(z.minLength(1)), name: BilingualTextSchema }),
      ),
      [],
    ),
    scale: ScaleSchema,
    method: z._default(MethodSchema, {
      score: 'share-satisfied',
      meanScoreAggregate: 'mean-of-criteria',
      comprehensive: false,
      companions: [],
      marginOfError: 0.05,
      minimumWithoutPopulation: 30,
    }),
    elements: z.array(ElementSchema).check(z.minLength(1)),
  })
  .check(z.superRefine(checkInstrument));

/** A parsed, validated instrument. */
export type Instrument = z.output<typeof InstrumentSchema>;
/** An instrument as written in JSON (defaults may be omitted). */
export type InstrumentInput = z.input<typeof InstrumentSchema>;
