// The few checks of a public argument that are written by hand rather than with zod (an id, a list, an options
// object), so that the code paths of a web page carry no zod. Each reports its problems as the zod issue the schema
// it replaces would have raised, and formatIssues words them: the messages are the schema's, word for word. The
// sipas/zodFree.prop.test.ts compares each check with that schema on generated and hostile input.
import type * as z from 'zod/mini';
import { isRealDate } from '../../internal/days.js';
import { CchcError } from '../CchcError.js';
import { formatIssues } from '../formatIssues.js';

/** A zod issue of the kinds these checks raise: a value of the wrong type, unknown keys, or a refinement's own text. */
export type HandIssue =
  | {
      readonly code: 'invalid_type';
      readonly expected: 'string' | 'array' | 'object' | 'boolean';
      readonly path: readonly PropertyKey[];
      readonly input: unknown;
    }
  | {
      readonly code: 'unrecognized_keys';
      readonly keys: readonly string[];
      readonly path: readonly PropertyKey[];
      readonly input: unknown;
    }
  | {
      readonly code: 'custom';
      readonly path: readonly PropertyKey[];
      readonly input: unknown;
      readonly params: { readonly vi: string; readonly en: string };
    };

/** The CchcError `parseOrThrow(schema, input, label)` throws for these issues. */
export function invalidInput(
  issues: readonly HandIssue[],
  input: unknown,
  label: string,
): CchcError {
  // zod's own message text is not part of a CchcIssue (formatIssues words these codes itself, a custom one from its
  // params).
  const zodIssues = issues.map((i) => ({ ...i, message: 'Invalid input' }) as z.core.$ZodIssue);
  return new CchcError('invalid-input', formatIssues(zodIssues, input, { label }));
}

/** `parseOrThrow(z.string(), value, label)`, by hand. */
export function textOrThrow(value: unknown, label: string): string {
  if (typeof value === 'string') return value;
  throw invalidInput(
    [{ code: 'invalid_type', expected: 'string', path: [], input: value }],
    value,
    label,
  );
}

/** What PlainDateSchema's refinement says of a text that is not a real date (schema/plainDate.ts, word for word). */
const PLAIN_DATE = {
  vi: 'một ngày có thật, dạng YYYY-MM-DD (ví dụ 2017-01-25)',
  en: 'a real calendar date YYYY-MM-DD (e.g. 2017-01-25)',
} as const;

/** `parseOrThrow(PlainDateSchema, value, label)`, by hand. */
export function plainDateOrThrow(value: unknown, label: string): string {
  const text = textOrThrow(value, label);
  if (isRealDate(text)) return text;
  throw invalidInput([{ code: 'custom', path: [], input: text, params: PLAIN_DATE }], text, label);
}
