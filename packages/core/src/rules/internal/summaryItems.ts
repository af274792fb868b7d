// The check summarize makes of its findings, without zod, for well-formed ones (the findings the check functions
// return): the list itself when summarize's item schema would accept every item — summarize reads only fields the
// schema passes through unchanged, so the items serve as they are — and undefined otherwise (summarize then runs the
// schema, which words the errors). rules/zodFree.prop.test.ts compares it with that schema.
import { isRealDate } from '../../internal/days.js';
import { isPlainObject as isPlain } from './plain.js';

const STATUSES = new Set(['met', 'missed', 'pending', 'not-applicable']);

const optionalDate = (v: unknown) => v === undefined || (typeof v === 'string' && isRealDate(v));

function wellFormed(f: unknown): boolean {
  if (!isPlain(f)) return false;
  const { ruleId, status, subject, because } = f;
  if (typeof ruleId !== 'string' || ruleId.length === 0 || typeof status !== 'string') return false;
  if (!STATUSES.has(status) || !optionalDate(f.dueDate) || !optionalDate(f.actualDate))
    return false;
  if (!isPlain(subject) || typeof subject.kind !== 'string') return false;
  if (typeof subject.unitCode !== 'string') return false;
  if (subject.id !== undefined && typeof subject.id !== 'string') return false;
  if (!Array.isArray(because)) return false;
  for (let i = 0; i < because.length; i++) {
    const b: unknown = because[i];
    if (!isPlain(b) || typeof b.fact !== 'string' || !('value' in b)) return false;
  }
  return true;
}

/** The findings when summarize's item schema accepts each of them as it is, without zod; `undefined` otherwise. */
export function trySummaryItems(findings: unknown): readonly unknown[] | undefined {
  if (!Array.isArray(findings)) return undefined;
  for (let i = 0; i < findings.length; i++) if (!wellFormed(findings[i])) return undefined;
  return findings;
}
