import * as z from 'zod/mini';
import { PlainDateSchema } from '../schema/plainDate.js';

/**
 * Zod schema of one inspection of the one-stop section (kiểm tra bộ phận một cửa) by the head of the unit.
 *
 * `violations` counts the violations recorded; `handledOn` is the day they were dealt with (xử lý vi phạm).
 *
 * @example
 * InspectionSchema.parse({ unitCode: 'KS-SONBINH', date: '2017-05-03', inspectorRole: 'Chủ tịch UBND xã', violations: 0 })
 * @see Công văn 112/UBND-NV (10/4/2017) của UBND huyện Khánh Sơn, mục 4
 */
export const InspectionSchema = z
  .strictObject({
    unitCode: z.string().check(z.minLength(1)),
    date: PlainDateSchema,
    /** Who inspected, e.g. 'Chủ tịch UBND xã' (chairperson) or 'Phó Chủ tịch'. */
    inspectorRole: z.string().check(z.minLength(1)),
    violations: z.int().check(z.minimum(0)),
    handledOn: z.optional(PlainDateSchema),
    note: z.optional(z.string()),
  })
  .check(
    z.superRefine((x, ctx) => {
      if (x.handledOn !== undefined && x.handledOn < x.date)
        ctx.addIssue({
          code: 'custom',
          path: ['handledOn'],
          message: 'a date not before the inspection date',
          params: {
            vi: `một ngày không trước ngày kiểm tra (${x.date})`,
            en: `a date not before the inspection date (${x.date})`,
          },
        });
    }),
  );
/** One inspection of the one-stop section. */
export type Inspection = z.infer<typeof InspectionSchema>;
