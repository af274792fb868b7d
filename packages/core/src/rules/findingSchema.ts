import * as z from 'zod/mini';
import { PlainDateSchema } from '../schema/plainDate.js';
import { OPERATORS } from './internal/conditionCheck.js';
import { BilingualSchema, CitationSchema } from './rulePackSchema.js';

/** What a finding is about: a dossier, a unit's ISO week, one inspection, a report period, a feedback item. */
export const FindingSubjectSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('dossier'), id: z.string(), unitCode: z.string() }),
  /** `period` is an ISO week, e.g. `'2017-W15'`. */
  z.strictObject({ kind: z.literal('unit-week'), unitCode: z.string(), period: z.string() }),
  /** `index` is the inspection's position in the log given. */
  z.strictObject({
    kind: z.literal('inspection'),
    unitCode: z.string(),
    date: PlainDateSchema,
    index: z.int().check(z.minimum(0)),
  }),
  z.strictObject({ kind: z.literal('report'), unitCode: z.string(), period: z.string() }),
  z.strictObject({ kind: z.literal('feedback'), id: z.string(), unitCode: z.string() }),
]);
/** What a finding is about. */
export type FindingSubject = z.infer<typeof FindingSubjectSchema>;

/**
 * One reason behind a finding: a fact's value and, for a tested condition, the stage (`applies` / `met` /
 * `pending`), the operator, the expected value and whether it held. Date facts are shown as `'YYYY-MM-DD'`.
 */
export const BecauseSchema = z.strictObject({
  fact: z.string(),
  value: z.union([z.string(), z.number(), z.boolean(), z.null()]),
  stage: z.optional(z.enum(['applies', 'met', 'pending'])),
  operator: z.optional(z.enum(OPERATORS)),
  expected: z.optional(z.unknown()),
  holds: z.optional(z.boolean()),
});
/** One reason behind a finding. */
export type Because = z.infer<typeof BecauseSchema>;

/** Status of an obligation: met (đạt), missed (không đạt), pending (chưa đến hạn), not-applicable (không áp dụng). */
export const FindingStatusSchema = z.enum(['met', 'missed', 'pending', 'not-applicable']);
/** Status of an obligation. */
export type FindingStatus = z.infer<typeof FindingStatusSchema>;

/**
 * Zod schema of a finding (kết quả kiểm tra): whether one obligation was met for one subject, its due date, when it
 * was done, how many working days late, the legal citations, a bilingual message and the facts that decided it.
 *
 * @example
 * FindingSchema.parse(checkDossier(dossier, getRulePack('vn-one-stop-2018'))[0])
 * @see Nghị định 61/2018/NĐ-CP; Thông tư 01/2018/TT-VPCP
 */
export const FindingSchema = z.strictObject({
  ruleId: z.string(),
  status: FindingStatusSchema,
  severity: z.enum(['high', 'medium', 'low']),
  subject: FindingSubjectSchema,
  dueDate: z.optional(PlainDateSchema),
  actualDate: z.optional(PlainDateSchema),
  lateByWorkingDays: z.optional(z.int().check(z.minimum(1))),
  citations: z.array(CitationSchema),
  message: BilingualSchema,
  because: z.array(BecauseSchema),
});
/** One finding. */
export type Finding = z.infer<typeof FindingSchema>;
