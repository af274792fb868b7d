import * as z from 'zod/mini';
import { PlainDateSchema } from '../schema/plainDate.js';
import { dossierOrderIssues } from './internal/dossierOrder.js';
import {
  APOLOGY_SUBJECTS,
  NOTIFICATION_CHANNELS,
  RECEPTION_CHANNELS,
} from './internal/dossierVocabulary.js';
import { TimestampSchema } from './timestampSchema.js';

const text = z.string().check(z.minLength(1));
/** Fields every event may carry: who acted (an official's role or id) and a free note. */
const common = { date: TimestampSchema, by: z.optional(text), note: z.optional(z.string()) };

/** Channels through which a citizen can be told a result is ready (ND 61/2018 Art 20(4)). */
export const NotificationChannelSchema = z.enum(NOTIFICATION_CHANNELS);

/**
 * Zod schema of one event in a dossier's life (sự kiện của hồ sơ), ordered by `date`.
 *
 * - `submitted` — handed in at the reception section, not yet accepted (nộp hồ sơ);
 * - `guidance-issued` — guidance slip for an incomplete dossier (phiếu hướng dẫn; from 2019 Mẫu 02);
 * - `accepted` — receipt with appointment (Giấy tiếp nhận hồ sơ và hẹn trả kết quả, Mẫu 01): `dueDate`, `receiptIssued` (default true);
 * - `supplement-requested` — request to supplement (Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ): `reason`, `newDueDate`;
 * - `apology-issued` — apology (Phiếu xin lỗi và hẹn lại ngày trả kết quả, Mẫu 04): `reason`, `newDueDate`, `about` (`'delay'` | `'supplement'`; inferred when absent: same day as a supplement request → supplement);
 * - `refused` — refusal (Phiếu từ chối tiếp nhận giải quyết hồ sơ, Mẫu 03): `reason`, `legalBasis`;
 * - `transferred` — passed to the deciding office; `result-ready`; `citizen-notified` (`channel`); `returned` (result handed over); `withdrawn`.
 *
 * Fields whose absence is itself a violation (`legalBasis`, `reason`, `newDueDate`, `dueDate`) are optional here
 * so that the rules can report them as missed.
 *
 * @example
 * DossierEventSchema.parse({ type: 'refused', date: '2017-05-02', reason: 'Thiếu giấy tờ', legalBasis: 'Điều 5 …' })
 */
export const DossierEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('submitted'), ...common }),
  z.strictObject({
    type: z.literal('guidance-issued'),
    ...common,
    /** What the citizen must add or correct. */
    missing: z.optional(z.array(text)),
  }),
  z.strictObject({
    type: z.literal('accepted'),
    ...common,
    /** Appointment date printed on the receipt (ngày hẹn trả kết quả). */
    dueDate: z.optional(PlainDateSchema),
    /** False when the dossier was accepted without a receipt. Default true. */
    receiptIssued: z.optional(z.boolean()),
    /** Dossier code on the receipt (mã hồ sơ). */
    code: z.optional(text),
  }),
  z.strictObject({
    type: z.literal('supplement-requested'),
    ...common,
    reason: z.optional(text),
    newDueDate: z.optional(PlainDateSchema),
  }),
  z.strictObject({
    type: z.literal('apology-issued'),
    ...common,
    reason: z.optional(text),
    newDueDate: z.optional(PlainDateSchema),
    about: z.optional(z.enum(APOLOGY_SUBJECTS)),
  }),
  z.strictObject({
    type: z.literal('refused'),
    ...common,
    reason: z.optional(text),
    legalBasis: z.optional(text),
  }),
  z.strictObject({ type: z.literal('transferred'), ...common, to: z.optional(text) }),
  z.strictObject({ type: z.literal('result-ready'), ...common }),
  z.strictObject({
    type: z.literal('citizen-notified'),
    ...common,
    channel: NotificationChannelSchema,
  }),
  z.strictObject({ type: z.literal('returned'), ...common }),
  z.strictObject({ type: z.literal('withdrawn'), ...common, reason: z.optional(text) }),
]);
/** One event in a dossier's life. */
export type DossierEvent = z.infer<typeof DossierEventSchema>;

/**
 * Zod schema of a dossier (hồ sơ thủ tục hành chính) as a portal or the one-stop software exports it.
 *
 * Checks beyond the shape: dates within the calendar's range (2013–2100); events in date order and not before
 * `receivedAt`; nothing after `returned` or
 * `withdrawn`; at most one `accepted` and one `refused`; appointment dates not before the event that sets them.
 *
 * @example
 * DossierSchema.parse({
 *   id: 'SB-2017-0042', unitCode: 'KS-SONBINH',
 *   procedure: { code: 'HT-01', name: 'Đăng ký khai sinh', processingDays: 3 },
 *   channel: 'in-person', receivedAt: '2017-05-02T09:15',
 *   events: [{ type: 'accepted', date: '2017-05-02T09:20', dueDate: '2017-05-05' }],
 * })
 * @see Nghị định 61/2018/NĐ-CP, Điều 17–20 (the steps of the one-stop process)
 */
export const DossierSchema = z
  .strictObject({
    id: text,
    unitCode: text,
    procedure: z.strictObject({
      code: text,
      name: text,
      /** Processing time allowed by law, in working days (0 = on the spot). */
      processingDays: z.int().check(z.minimum(0), z.maximum(1000)),
    }),
    channel: z.enum(RECEPTION_CHANNELS),
    receivedAt: TimestampSchema,
    /** Appointment date when known outside the events (the receipt's date wins when both exist). */
    dueDate: z.optional(PlainDateSchema),
    events: z.array(DossierEventSchema),
  })
  .check(
    z.superRefine((d, ctx) => {
      dossierOrderIssues(d, (path, vi, en, input) =>
        ctx.addIssue({ code: 'custom', path, message: en, params: { vi, en }, input }),
      );
    }),
  );

/** A dossier with its events. */
export type Dossier = z.infer<typeof DossierSchema>;
/** A dossier as written in JSON (same shape as {@link Dossier}). */
export type DossierInput = z.input<typeof DossierSchema>;
