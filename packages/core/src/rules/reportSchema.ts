import * as z from 'zod/mini';
import { PlainDateSchema } from '../schema/plainDate.js';
import { patternString } from './internal/patternString.js';

/**
 * Pattern of a reporting period: a year `'2017'`, a half `'2017-H1'`, nine months `'2017-9M'`, a quarter
 * `'2017-Q2'` or a month `'2017-06'`.
 */
export const PERIOD_PATTERN = /^(\d{4})(?:-(H[12]|9M|Q[1-4]|0[1-9]|1[0-2]))?$/;

/**
 * Zod schema of a report a unit filed (or owes): which obligation (a `report.*` rule id), which period, and when it
 * was submitted (omitted while not yet submitted).
 *
 * @example
 * ReportSchema.parse({ unitCode: 'KS-SONBINH', obligation: 'report.six-month', period: '2017-H1', submittedOn: '2017-06-16' })
 * @see Nghị định 09/2019/NĐ-CP, Điều 12 (reporting periods and data cut-off)
 */
export const ReportSchema = z.strictObject({
  unitCode: z.string().check(z.minLength(1)),
  /** The rule id of the obligation, e.g. `'report.self-assessment-monthly'`. */
  obligation: z.string().check(z.minLength(1)),
  period: patternString(
    PERIOD_PATTERN,
    "một kỳ như '2017', '2017-H1', '2017-9M', '2017-Q2' hoặc '2017-06'",
    "a period such as '2017', '2017-H1', '2017-9M', '2017-Q2' or '2017-06'",
  ),
  submittedOn: z.optional(PlainDateSchema),
});
/** A report filed (or owed) by a unit. */
export type Report = z.infer<typeof ReportSchema>;
