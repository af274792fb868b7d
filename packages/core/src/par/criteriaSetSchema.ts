import * as z from 'zod/mini';
import { SourceSchema } from '../calendar/holidayTable.js';
import { PlainDateSchema } from '../schema/plainDate.js';
import { UnitLevelSchema } from '../schema/unit.js';
import { checkCriteriaSet } from './internal/checkCriteriaSet.js';
import { MEASURE_NAME } from './internal/measureName.js';

/** Văn bản hai ngôn ngữ — a Vietnamese and an English text. */
export const BilingualTextSchema = z.strictObject({
  vi: z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
});

/**
 * One step of a threshold scale (thang bậc): a measured value of at least `min` earns `points`.
 * Steps are read top-down (highest `min` first); the first that holds gives the points, none → 0.
 */
export const ThresholdStepSchema = z.strictObject({
  /** Lowest value that earns the step: a rate in [0, 1] for `rate`, an index in [0, 100] for `survey`. */
  min: z.number(),
  /** Points earned, 0 ≤ points ≤ the criterion's maximum. */
  points: z.number().check(z.minimum(0)),
});
/** One step of a threshold scale. */
export type ThresholdStep = z.infer<typeof ThresholdStepSchema>;

/**
 * Name of a measure a criterion reads from data, `group.key` (e.g. `compliance.onTimeRate`, `sipas.index`);
 * see {@link parInputsFromMeasures}.
 */
export const MeasureNameSchema = z
  .string()
  .check(z.regex(MEASURE_NAME, 'group.key, e.g. compliance.onTimeRate'));

const measure = {
  /** The measure that feeds this criterion (plain number from the compliance summary or the SIPAS result). */
  measure: z.optional(MeasureNameSchema),
  /** Full-scale value of the measure: the rate is `measure / measureScale` (e.g. 2 for a mean 2/1/0 score). Default 1. */
  measureScale: z.optional(z.number().check(z.positive())),
};

/**
 * How a leaf criterion turns its input into points (phương pháp chấm điểm):
 * - `manual`: points entered by the unit (tự chấm), optionally replaced by appraised points (thẩm định); 0 ≤ points ≤ max.
 * - `boolean`: full points if done, else 0.
 * - `rate`: a measured rate r ∈ [0, 1] → points by `thresholds`, or `max · r` (proportional) without thresholds.
 * - `survey`: an index in [0, 100] (e.g. SIPAS) → points by `thresholds`, or `max · index / 100` without thresholds.
 * - `deduction`: starts at max, minus `perItem` points per counted violation, floor 0.
 */
export const CriterionMethodSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('manual') }),
  z.strictObject({ type: z.literal('boolean') }),
  z.strictObject({
    type: z.literal('rate'),
    thresholds: z.optional(z.array(ThresholdStepSchema).check(z.minLength(1))),
    ...measure,
  }),
  z.strictObject({
    type: z.literal('survey'),
    thresholds: z.optional(z.array(ThresholdStepSchema).check(z.minLength(1))),
    ...measure,
  }),
  z.strictObject({
    type: z.literal('deduction'),
    /** Points taken off per counted item (> 0). */
    perItem: z.number().check(z.positive()),
    measure: z.optional(MeasureNameSchema),
  }),
]);
/** How a leaf criterion is scored. */
export type CriterionMethod = z.infer<typeof CriterionMethodSchema>;

/** A criterion (tiêu chí) or sub-criterion (tiêu chí thành phần) as written in JSON. */
export interface Criterion {
  /** Stable id, e.g. `'3.1'`; leaf ids are the keys of a unit's `values` and the analysts' CSV columns. */
  id: string;
  title: { vi: string; en: string };
  /** Maximum points (điểm tối đa), ≥ 0; for a node with children, the sum of the children's maxima. */
  max: number;
  /** Scoring method; required on a leaf, absent on a node with children. */
  method?: CriterionMethod | undefined;
  /** Evidence expected (tài liệu kiểm chứng). */
  evidence?: { vi: string; en: string } | undefined;
  /** Where the criterion comes from (document and article), as a short citation. */
  source?: string | undefined;
  /** Sub-criteria. */
  children?: Criterion[] | undefined;
}

/** Zod schema of one criterion node, recursive through `children`. */
export const CriterionSchema: z.ZodMiniType<Criterion, Criterion> = z.lazy(() =>
  z.strictObject({
    id: z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'letters, digits, . _ -')),
    title: BilingualTextSchema,
    max: z.number().check(z.minimum(0)),
    method: z.optional(CriterionMethodSchema),
    evidence: z.optional(BilingualTextSchema),
    source: z.optional(z.string().check(z.minLength(1))),
    children: z.optional(z.array(CriterionSchema).check(z.minLength(1))),
  }),
);

/** A rating band (xếp loại): units whose index is ≥ `min` (and below the band above) get it. */
export const RatingBandSchema = z.strictObject({
  /** Stable id, e.g. `'excellent'`. */
  id: z.string().check(z.minLength(1)),
  /** Lowest index (0–100) of the band. */
  min: z.number().check(z.minimum(0), z.maximum(100)),
  label: BilingualTextSchema,
});
/** A rating band. */
export type RatingBand = z.infer<typeof RatingBandSchema>;

/**
 * Zod schema of a PAR criteria set (bộ tiêu chí Chỉ số CCHC): a tree of fields (lĩnh vực) → criteria (tiêu chí) →
 * sub-criteria (tiêu chí thành phần), with maximum points, scoring methods, evidence and sources, plus rating bands.
 *
 * Checked beyond shape: ids unique across the tree; every node with children has a maximum equal to the sum of its
 * children's; leaves have a method and nodes with children do not; threshold points within the maximum and
 * thresholds in descending order within range; bands in descending order ending at 0. Every message names the criterion.
 *
 * @example
 * const set = CriteriaSetSchema.parse(json) // or getCriteriaSet('example-commune-2017')
 * @see Quyết định 1294/QĐ-BNV (3/12/2012), 876/QĐ-BNV (10/11/2022): the national PAR INDEX structure this models
 */
export const CriteriaSetSchema = z
  .strictObject({
    id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and -')),
    version: z.string().check(z.minLength(1)),
    title: BilingualTextSchema,
    /** Level of the units it scores. */
    level: z.optional(UnitLevelSchema),
    /** True for an illustrative set (not an issued one). */
    example: z.boolean(),
    /** True only when every maximum was read in the issuing document itself. */
    verified: z.boolean(),
    validFrom: z.optional(PlainDateSchema),
    validTo: z.optional(PlainDateSchema),
    sources: z.array(SourceSchema).check(z.minLength(1)),
    note: z.optional(BilingualTextSchema),
    /** The set this one was derived from by {@link overrideCriteriaSet}. */
    basedOn: z.optional(
      z.strictObject({
        id: z.string().check(z.minLength(1)),
        version: z.string().check(z.minLength(1)),
      }),
    ),
    /** Rating bands, highest first; the last has `min: 0`. */
    bands: z.array(RatingBandSchema).check(z.minLength(1)),
    /** The fields (lĩnh vực), the top level of the tree. */
    fields: z.array(CriterionSchema).check(z.minLength(1)),
  })
  .check(z.superRefine(checkCriteriaSet));

/** A validated PAR criteria set. */
export type CriteriaSet = z.output<typeof CriteriaSetSchema>;
/** A PAR criteria set as written in JSON. */
export type CriteriaSetInput = z.input<typeof CriteriaSetSchema>;
