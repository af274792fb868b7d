// The objects the zod-free checks read as zod does: plain (or null-prototype) objects, nothing else.

/** A plain object or one without a prototype (not an array, a class instance, a Date, a Map…). */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}
