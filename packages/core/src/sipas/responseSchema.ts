import * as z from 'zod/mini';
import { AnswerValueSchema } from './instrumentSchema.js';
import { MAX_WEIGHT, MIN_WEIGHT } from './internal/weightBounds.js';

export { MAX_WEIGHT, MIN_WEIGHT };

/**
 * Zod schema of one survey response (phiếu trả lời): who answered, for which unit and service, and the answers
 * keyed by question id. A blank (`null`, `''` or a missing key) is "no answer"; `0` on a scale is "not applicable".
 *
 * @example
 * SipasResponseSchema.parse({ respondentId: 'R1', unitCode: 'SON-BINH', answers: { 'E1.1': 4, F0: 'no' } })
 */
export const SipasResponseSchema = z.strictObject({
  /** Unique per survey round (mã phiếu). */
  respondentId: z.string().check(z.minLength(1)),
  /** Unit surveyed (mã đơn vị), e.g. a commune People's Committee or health station code. */
  unitCode: z.string().check(z.minLength(1)),
  /** Service / procedure used (dịch vụ), e.g. `'ho-tich'`. */
  service: z.optional(z.string().check(z.minLength(1))),
  /** Sector (lĩnh vực). */
  sector: z.optional(z.string().check(z.minLength(1))),
  /** Sex (giới tính), as coded by the survey. */
  sex: z.optional(z.string().check(z.minLength(1))),
  /** Age group (nhóm tuổi). */
  ageGroup: z.optional(z.string().check(z.minLength(1))),
  /** Design / post-stratification weight (trọng số), used when scoring with `weighted: true`. */
  weight: z.optional(z.number().check(z.minimum(MIN_WEIGHT), z.maximum(MAX_WEIGHT))),
  answers: z.record(z.string(), AnswerValueSchema),
});

/** One survey response as received. */
export type SipasResponse = z.infer<typeof SipasResponseSchema>;

/** A dictionary-encoded column: row i holds `values[codes[i]]`. Cheap for units, services and choice answers. */
export interface DictionaryColumn {
  readonly codes: Uint8Array | Uint16Array | Uint32Array;
  readonly values: readonly (string | number | null)[];
}

/** A column of per-row values: a plain array, or a dictionary-encoded column. */
export type ValueColumn = ArrayLike<string | number | null | undefined> | DictionaryColumn;

/** Code of "no answer" in a `Uint8Array` scale column (codes 1–5 are the levels, 0 is "not applicable"). */
export const SIPAS_NO_ANSWER = 255;

/**
 * A batch of responses in columns (the fast path): one entry per field, each with `length` rows.
 *
 * Scale answers are best given as a `Uint8Array` of codes (0 not applicable, 1–5, {@link SIPAS_NO_ANSWER} blank);
 * they are validated once per batch with a tight loop. Units and other keys may be dictionary-encoded.
 * Respondent ids may be a numeric typed array (compared with the string ids of other rows by their decimal form).
 *
 * @example
 * const columns: SipasColumns = {
 *   length: 2,
 *   respondentId: new Uint32Array([1, 2]),
 *   unitCode: { codes: new Uint8Array([0, 0]), values: ['SON-BINH'] },
 *   answers: { 'E1.1': Uint8Array.of(4, 255), F0: ['no', 'no'] },
 * }
 */
export interface SipasColumns {
  readonly length: number;
  readonly respondentId: ArrayLike<string> | Uint32Array | Int32Array | Float64Array;
  readonly unitCode: ValueColumn;
  readonly service?: ValueColumn;
  readonly sector?: ValueColumn;
  readonly sex?: ValueColumn;
  readonly ageGroup?: ValueColumn;
  readonly weight?: ArrayLike<number | null | undefined>;
  readonly answers: Readonly<Record<string, Uint8Array | ValueColumn>>;
}
