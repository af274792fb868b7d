// Test helper: runs a function that must throw a CchcError and returns its issues (fails the test otherwise).
import { CchcError, type CchcIssue } from '../../schema/CchcError.js';

export function issuesOf(fn: () => unknown): readonly CchcIssue[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof CchcError) return e.issues;
    throw e;
  }
  throw new Error('expected a CchcError, nothing was thrown');
}
