// Test helpers of the rules (not part of the package's API).
import { CchcError, type CchcIssue } from '../../schema/CchcError.js';

/** Runs a function that must throw a CchcError and returns its issues (fails the test otherwise). */
export function issuesOf(fn: () => unknown): readonly CchcIssue[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof CchcError) return e.issues;
    throw e;
  }
  throw new Error('expected a CchcError, nothing was thrown');
}

/** Every object's keys in order, depth first: toStrictEqual ignores key order, this does not. */
export function keyOrder(v: unknown, out: string[] = []): string[] {
  if (Array.isArray(v))
    for (let i = 0; i < v.length; i++) {
      out.push(`[${i}]`);
      keyOrder(v[i], out);
    }
  else if (typeof v === 'object' && v !== null)
    for (const k of Object.keys(v)) {
      out.push(k);
      keyOrder((v as Record<string, unknown>)[k], out);
    }
  return out;
}
