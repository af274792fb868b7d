// Objects known to be valid: the output of a schema, or shipped data that the tests prove equal to its schema's
// output. Kept apart from the schemas, so that code which only needs to know "already checked" carries no zod.

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** A registry of valid values of one kind: `trust` freezes a value deeply and remembers it; `is` recognises it. */
export function trustRegistry<T extends object>(): {
  readonly is: (input: unknown) => input is T;
  readonly trust: (value: T) => T;
} {
  const trusted = new WeakSet<object>();
  return {
    is: (input: unknown): input is T =>
      input !== null && typeof input === 'object' && trusted.has(input),
    trust: (value: T): T => {
      deepFreeze(value);
      trusted.add(value);
      return value;
    },
  };
}
