// The few checks of a public argument that are written by hand rather than with zod (an id, a list, an options
// object), so that the code paths of a web page carry no zod. Each reports its problems as the zod issue the schema
// it replaces would have raised, and formatIssues words them: the messages are the schema's, word for word. The
// sipas/zodFree.prop.test.ts compares each check with that schema on generated and hostile input.
import type * as z from 'zod/mini';
import { CchcError } from '../CchcError.js';
import { formatIssues } from '../formatIssues.js';

/** A zod issue of the two kinds these checks raise: a value of the wrong type, or unknown keys. */
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
    };

/** The CchcError `parseOrThrow(schema, input, label)` throws for these issues. */
export function invalidInput(
  issues: readonly HandIssue[],
  input: unknown,
  label: string,
): CchcError {
  // zod's own message text is not part of a CchcIssue (formatIssues words these two codes itself).
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
