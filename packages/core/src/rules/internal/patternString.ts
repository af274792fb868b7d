// A string schema matching a regular expression, with a bilingual "expected" text for formatIssues.
import * as z from 'zod/mini';

export function patternString(pattern: RegExp, vi: string, en: string) {
  return z.string().check((ctx) => {
    if (!pattern.test(ctx.value))
      ctx.issues.push({ code: 'custom', input: ctx.value, message: en, params: { vi, en } });
  });
}
