import * as z from 'zod/mini';
import { isRealDate } from '../internal/days.js';

/** A plain calendar date, `'YYYY-MM-DD'` (ISO 8601), with no time and no time zone. */
export type PlainDate = string;

/**
 * Zod schema of a plain date `'YYYY-MM-DD'` that must exist in the Gregorian calendar (rejects `'2017-02-30'`, `'17/2/2017'`).
 *
 * @example
 * PlainDateSchema.parse('2017-01-25') //=> '2017-01-25'
 */
export const PlainDateSchema = z.string().check((ctx) => {
  if (!isRealDate(ctx.value)) {
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      message: 'expected a real calendar date YYYY-MM-DD',
      params: {
        vi: 'một ngày có thật, dạng YYYY-MM-DD (ví dụ 2017-01-25)',
        en: 'a real calendar date YYYY-MM-DD (e.g. 2017-01-25)',
      },
    });
  }
});
