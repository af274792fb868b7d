// Records keyed by data (unit codes, cell labels such as "constructor"): copied without a prototype, so a lookup
// never finds an inherited property, and read by own keys only.
import type * as z from 'zod/mini';
import { parseOrThrow } from '../../schema/parse.js';

/**
 * A prototype-less copy of a record that zod has parsed. zod leaves an own `__proto__` key of the input out of the
 * parsed record (JSON.parse makes such keys); here it is a label like any other, so its value is parsed with `value`
 * (errors name `<path>.__proto__`) and kept rather than silently dropped.
 *
 * @param input - The record as received (before parsing).
 * @param parsed - zod's output for it.
 * @param value - The schema of one value.
 * @param path - Where the record is, for messages (e.g. `'options.population'`).
 */
export function ownRecord<T>(
  input: unknown,
  parsed: Readonly<Record<string, T>>,
  value: z.core.$ZodType<T>,
  path: string,
): Record<string, T> {
  const out: Record<string, T> = Object.create(null);
  Object.assign(out, parsed);
  if (input !== null && typeof input === 'object' && Object.hasOwn(input, '__proto__')) {
    const raw = Object.getOwnPropertyDescriptor(input, '__proto__')?.value;
    Object.defineProperty(out, '__proto__', {
      value: parseOrThrow(value, raw, `${path}.__proto__`),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}
