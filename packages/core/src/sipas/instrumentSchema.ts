import { z } from 'zod';
import { SourceSchema } from '../calendar/holidayTable.js';
import { PlainDateSchema } from '../schema/plainDate.js';
import { checkInstrument } from './internal/checkInstrument.js';

/** A text in Vietnamese (first) and English. */
export const BilingualTextSchema = z.strictObject({
  vi: z.string().min(1),
  en: z.string().min(1),
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
  value: z.union([z.string().min(1), z.number()]),
  label: BilingualTextSchema,
});

/**
 * Skip logic as data (điều kiện hiển thị): the question is asked only when an earlier question's answer equals
 * `equals` or is one of `in`. Otherwise it is skipped; an answer to a skipped question is an invalid answer.
 */
export const ConditionSchema = z
  .strictObject({
    question: z.string().min(1),
    equals: z.union([z.string(), z.number()]).optional(),
    in: z
      .array(z.union([z.string(), z.number()]))
      .min(1)
      .optional(),
  })
  .refine((c) => (c.equals === undefined) !== (c.in === undefined), {
    message: 'give exactly one of equals / in',
    params: { vi: 'đúng một trong equals / in', en: 'exactly one of equals / in' },
  });

/** Which services / sectors (dịch vụ / lĩnh vực) a question or element applies to; absent = all. */
export const AppliesToSchema = z.strictObject({
  services: z.array(z.string().min(1)).min(1).optional(),
  sectors: z.array(z.string().min(1)).min(1).optional(),
});

/** One question (câu hỏi) of an instrument. */
export const QuestionSchema = z.strictObject({
  /** Stable id, e.g. `'E1.1'`; also the CSV column name. */
  id: z.string().regex(/^[A-Za-z][A-Za-z0-9._-]*$/),
  text: BilingualTextSchema,
  help: BilingualTextSchema.optional(),
  type: QuestionTypeSchema,
  /** Counts in the satisfaction index (tính vào chỉ số) — only `scale` questions may. */
  counts: z.boolean().default(false),
  /** The survey form must have an answer before moving on (scoring never requires one). */
  required: z.boolean().default(false),
  /** `scale` only: code 0 "không áp dụng / not applicable" is allowed. */
  notApplicable: z.boolean().default(true),
  /** Choices for `single-choice`, `multiple-choice` and (optionally) `demographic`. */
  options: z.array(OptionSchema).min(1).optional(),
  /** `scale` only: labels for the levels 1–5 when they differ from the instrument's scale (e.g. "would you return?"). */
  labels: z.array(BilingualTextSchema).length(5).optional(),
  showIf: ConditionSchema.optional(),
  appliesTo: AppliesToSchema.optional(),
});
/** One question of an instrument. */
export type Question = z.output<typeof QuestionSchema>;

/** One element (yếu tố) — a group of questions, one page of the form, one component of the index. */
export const ElementSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z][A-Za-z0-9._-]*$/),
  title: BilingualTextSchema,
  description: BilingualTextSchema.optional(),
  /** Weight in the overall index when it is a mean of elements (default 1 = plain mean). */
  weight: z.number().positive().finite().default(1),
  questions: z.array(QuestionSchema).min(1),
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
  id: z.string().regex(/^[A-Za-z][A-Za-z0-9._-]*$/),
  title: BilingualTextSchema,
  /** The question it is computed from. */
  question: z.string().min(1),
  /** `mean` of a `percentage` question, or `share-satisfied` (answers 4–5) of a `scale` question. */
  statistic: z.enum(['mean', 'share-satisfied']),
});

/** The answer scale: labels of levels 1–5 and which levels count as satisfied / dissatisfied. */
export const ScaleSchema = z
  .strictObject({
    labels: z.array(BilingualTextSchema).length(5),
    /** Lowest level counted as satisfied (default 4: "hài lòng" and "rất hài lòng"). */
    satisfiedFrom: z.number().int().min(2).max(5).default(4),
    /** Highest level counted as dissatisfied (default 2). */
    dissatisfiedTo: z.number().int().min(1).max(4).default(2),
  })
  .refine((s) => s.dissatisfiedTo < s.satisfiedFrom, {
    message: 'dissatisfiedTo < satisfiedFrom',
    params: { vi: 'dissatisfiedTo < satisfiedFrom', en: 'dissatisfiedTo < satisfiedFrom' },
  });

/** The instrument's scoring settings (phương pháp tính). */
export const MethodSchema = z.strictObject({
  /** Default method; `scoreSipas(…, { method })` overrides it. */
  score: ScoringMethodSchema.default('share-satisfied'),
  /** How `mean-score` builds element and overall scores: mean of criterion means, or one mean over all answers. */
  meanScoreAggregate: z.enum(['mean-of-criteria', 'pooled-answers']).default('mean-of-criteria'),
  /** The instrument's method reports the comprehensive satisfaction index (chỉ số hài lòng toàn diện). */
  comprehensive: z.boolean().default(false),
  companions: z.array(CompanionSchema).default([]),
  /** Margin of error e in the minimum sample n = N / (1 + N·e²). */
  marginOfError: z.number().gt(0).lt(1).default(0.05),
  /** Minimum sample flagged when the population N is not known. */
  minimumWithoutPopulation: z.number().int().min(1).default(30),
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
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    version: z.string().min(1),
    title: BilingualTextSchema,
    description: BilingualTextSchema.optional(),
    /** `official`: transcribes a published instrument; `example`: a worked example built on an official method. */
    kind: z.enum(['official', 'example']),
    validFrom: PlainDateSchema.optional(),
    validTo: PlainDateSchema.optional(),
    sources: z.array(SourceSchema).min(1),
    /** True only when every question and formula was read in the source document itself. */
    verified: z.boolean(),
    note: z.string().optional(),
    /** Services (dịch vụ / thủ tục) the instrument knows, for `appliesTo` and reports. */
    services: z
      .array(z.strictObject({ code: z.string().min(1), name: BilingualTextSchema }))
      .default([]),
    scale: ScaleSchema,
    method: MethodSchema.default({
      score: 'share-satisfied',
      meanScoreAggregate: 'mean-of-criteria',
      comprehensive: false,
      companions: [],
      marginOfError: 0.05,
      minimumWithoutPopulation: 30,
    }),
    elements: z.array(ElementSchema).min(1),
  })
  .superRefine(checkInstrument);

/** A parsed, validated instrument. */
export type Instrument = z.output<typeof InstrumentSchema>;
/** An instrument as written in JSON (defaults may be omitted). */
export type InstrumentInput = z.input<typeof InstrumentSchema>;
