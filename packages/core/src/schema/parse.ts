import * as z from 'zod/mini';
import { CchcError } from './CchcError.js';
import { formatIssues } from './formatIssues.js';

/**
 * Parses `input` with a zod schema, or throws a {@link CchcError} whose messages name each bad field in Vietnamese and English.
 *
 * Accepts any zod 4 schema (classic or `zod/mini`); the core writes its schemas with `zod/mini` so that the
 * embeddable elements stay small.
 *
 * @param schema - Any zod schema.
 * @param input - The untrusted value.
 * @param label - What the value is called in messages (e.g. `'date'`, `'options'`).
 * @returns The parsed, typed value.
 * @example
 * parseOrThrow(PlainDateSchema, '2017-02-06', 'date') //=> '2017-02-06'
 */
export function parseOrThrow<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
  label?: string,
): z.output<S> {
  const result = z.safeParse(schema, input, { reportInput: true });
  if (result.success) return result.data;
  throw new CchcError(
    'invalid-input',
    formatIssues(result.error, input, label === undefined ? {} : { label }),
  );
}
