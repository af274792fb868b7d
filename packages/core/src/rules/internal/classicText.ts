// The text classic zod's English locale gives the issues that formatIssues quotes as they are (an unknown
// discriminator, a bad record key): `zod/mini` loads no locale and would say only "Invalid input". When a locale or
// an error map is configured (`z.config(…)`, or classic zod loaded anywhere), it decides, as it did with classic zod.
import * as z from 'zod/mini';

/** Error function for a schema's `error` param: the classic English text, or `undefined` to let zod decide. */
export function classicText(issue: z.core.$ZodRawIssue): string | undefined {
  const { customError, localeError } = z.config();
  if (customError !== undefined || localeError !== undefined) return undefined;
  if (issue.code === 'invalid_union' && Array.isArray(issue.options) && issue.options.length > 0)
    return `Invalid discriminator value. Expected ${issue.options.map((o) => `'${String(o)}'`).join(' | ')}`;
  if (issue.code === 'invalid_key') return `Invalid key in ${String(issue.origin)}`;
  return undefined;
}
