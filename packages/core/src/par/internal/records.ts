import * as z from 'zod/mini';

/**
 * Reads `record[key]` only when the key is the record's own: a user-chosen key (a unit code, a measure name) such
 * as `constructor` or `toString` must never reach `Object.prototype`.
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Reports an own `__proto__` key of a record's raw input, which z.record would otherwise drop without a word. */
export function reportProtoKey(input: unknown, ctx: z.core.$RefinementCtx): void {
  if (typeof input !== 'object' || input === null || !Object.hasOwn(input, '__proto__')) return;
  const vi =
    'một khoá khác "__proto__" (đối tượng JavaScript không giữ được khoá này, nên nó sẽ bị bỏ qua)';
  const en =
    'a key other than "__proto__" (a JavaScript object cannot keep it, so it would be ignored)';
  ctx.addIssue({
    code: 'custom',
    path: ['__proto__'],
    input: Object.getOwnPropertyDescriptor(input, '__proto__')?.value,
    message: en,
    params: { vi, en },
  });
}

/**
 * `z.record(z.string(), value)` for user-keyed maps (unit codes, criterion ids, measure names): an own `__proto__`
 * key is rejected with a bilingual issue instead of being dropped silently, as z.record does (assigning it to the
 * output would replace the output's prototype).
 */
export function ownRecord<V extends z.core.SomeType>(
  value: V,
): z.ZodMiniPipe<z.ZodMiniCustom<Record<string, z.input<V>>>, z.ZodMiniRecord<z.ZodMiniString, V>> {
  const raw = z.custom<Record<string, z.input<V>>>().check(z.superRefine(reportProtoKey));
  // The record's input is exactly what `raw` lets through; TypeScript cannot see that for a generic V.
  return z.pipe(raw, z.record(z.string(), value) as never);
}
