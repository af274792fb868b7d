import * as z from 'zod/mini';
import { PlainDateSchema } from '../schema/plainDate.js';

/**
 * Zod schema of a feedback item or petition about administrative procedures (phản ánh, kiến nghị, đơn thư).
 *
 * `answerForm` is how it was answered: `'explanation'` (giải thích trực tiếp) or `'written-reply'` (trả lời bằng văn bản).
 *
 * @example
 * FeedbackSchema.parse({ id: 'PA-7', unitCode: 'KS-TOHAP', receivedOn: '2017-06-05', channel: 'hotline', topic: 'Phí chứng thực' })
 * @see Công văn 112/UBND-NV (10/4/2017), mục 6; Nghị định 20/2008/NĐ-CP (phản ánh, kiến nghị về quy định hành chính)
 */
export const FeedbackSchema = z
  .strictObject({
    id: z.string().check(z.minLength(1)),
    unitCode: z.string().check(z.minLength(1)),
    receivedOn: PlainDateSchema,
    /** How it arrived, e.g. 'letter', 'hotline', 'portal', 'suggestion-box', 'in-person'. */
    channel: z.string().check(z.minLength(1)),
    topic: z.string().check(z.minLength(1)),
    answeredOn: z.optional(PlainDateSchema),
    answerForm: z.optional(z.enum(['explanation', 'written-reply'])),
  })
  .check(
    z.superRefine((x, ctx) => {
      if (x.answeredOn !== undefined && x.answeredOn < x.receivedOn)
        ctx.addIssue({
          code: 'custom',
          path: ['answeredOn'],
          message: 'a date not before receivedOn',
          params: {
            vi: `một ngày không trước ngày nhận (${x.receivedOn})`,
            en: `a date not before receivedOn (${x.receivedOn})`,
          },
        });
      if (x.answerForm !== undefined && x.answeredOn === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['answeredOn'],
          message: 'answeredOn is required when answerForm is given',
          params: {
            vi: 'ngày trả lời (answeredOn) khi đã có hình thức trả lời',
            en: 'the answer date (answeredOn) when answerForm is given',
          },
        });
    }),
  );
/** A feedback item or petition. */
export type Feedback = z.infer<typeof FeedbackSchema>;
