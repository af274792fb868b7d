import * as z from 'zod/mini';
import { ownRecord } from './internal/records.js';

/** A leaf criterion's value: points (`manual`), true/false (`boolean`), a rate in [0, 1] (`rate`), an index in [0, 100] (`survey`), a count (`deduction`). */
export const ParValueSchema = z.union([z.number(), z.boolean()]);

/**
 * Zod schema of one unit's input to the PAR index (dữ liệu chấm điểm của một đơn vị).
 *
 * `values` holds the self-assessed values (tự đánh giá) keyed by leaf criterion id; `appraised` the appraisal
 * (thẩm định) values that replace them; `notApplicable` the criteria not assessed for this unit (không đánh giá),
 * which drop out of both the points and the maximum. Values are checked against the criteria set by {@link scorePar}.
 *
 * @example
 * ParUnitInputSchema.parse({ unitCode: 'SON-BINH', values: { '1.1': true, '1.2': 0.8, '3.5': 2 }, notApplicable: ['3.2'] })
 */
export const ParUnitInputSchema = z.strictObject({
  unitCode: z.string().check(z.minLength(1)),
  unitName: z.optional(z.string().check(z.minLength(1))),
  values: ownRecord(ParValueSchema),
  appraised: z.optional(ownRecord(ParValueSchema)),
  notApplicable: z.optional(z.array(z.string().check(z.minLength(1)))),
});
/** One unit's input to the PAR index. */
export type ParUnitInput = z.infer<typeof ParUnitInputSchema>;

/** The inputs of every unit scored together (unit codes unique). */
export const ParInputsSchema = z.array(ParUnitInputSchema).check(z.minLength(1));

/**
 * The same shape with values left `unknown` for the bulk path: scoring checks every value against its criterion's
 * method anyway (type and range, with a message naming the criterion), so parsing the union twice would only cost time.
 * @internal
 */
export const ParInputsBulkSchema = z
  .array(
    z.extend(ParUnitInputSchema, {
      values: ownRecord(z.unknown()),
      appraised: z.optional(ownRecord(z.unknown())),
    }),
  )
  .check(z.minLength(1));
