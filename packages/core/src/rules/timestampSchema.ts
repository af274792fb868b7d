import * as z from 'zod/mini';
import { parseStamp } from './internal/timestamp.js';

/**
 * Zod schema of a one-stop timestamp (thời điểm): a plain date `'YYYY-MM-DD'` or an ISO 8601 date-time
 * `'YYYY-MM-DDTHH:mm[:ss]'`, local time in Vietnam (UTC+7) unless it ends in `Z` or an offset such as `+07:00`.
 *
 * The time matters for the 15:00 transfer cut-off and for receipts after office hours.
 *
 * @example
 * TimestampSchema.parse('2017-04-10T15:30') //=> '2017-04-10T15:30'
 * @see Nghị định 61/2018/NĐ-CP, Điều 18 khoản 2 (the 15:00 cut-off)
 */
export const TimestampSchema = z.string().check((ctx) => {
  if (parseStamp(ctx.value) === undefined) {
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      message: 'expected a real date YYYY-MM-DD or date-time YYYY-MM-DDTHH:mm',
      params: {
        vi: 'một ngày có thật dạng YYYY-MM-DD, hoặc ngày giờ YYYY-MM-DDTHH:mm (giờ Việt Nam, UTC+7)',
        en: 'a real date YYYY-MM-DD, or a date-time YYYY-MM-DDTHH:mm (Vietnam time, UTC+7)',
      },
    });
  }
});
/** A plain date or an ISO date-time (UTC+7 unless an offset is given). */
export type Timestamp = string;
