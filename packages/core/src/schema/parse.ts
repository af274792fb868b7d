import type { z } from 'zod';
import { CchcError } from './CchcError.js';
import { formatIssues } from './formatIssues.js';

/**
 * Parses `input` with a zod schema, or throws a {@link CchcError} whose messages name each bad field in Vietnamese and English.
 *
 * @param schema - Any zod schema.
 * @param input - The untrusted value.
 * @param label - What the value is called in messages (e.g. `'date'`, `'options'`).
 * @returns The parsed, typed value.
 * @example
 * parseOrThrow(PlainDateSchema, '2017-02-06', 'date') //=> '2017-02-06'
 */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  input: unknown,
  label?: string,
): z.output<S> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  throw new CchcError(
    'invalid-input',
    formatIssues(result.error, input, label === undefined ? {} : { label }),
  );
}
