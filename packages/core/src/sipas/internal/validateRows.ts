// The report of validateResponses over checked rows: each row's issues, a duplicate respondent id first. Shared by
// validateResponses (every row checked, the schema naming what is wrong with a malformed one) and
// tryValidateResponses (no zod: it gives up on a malformed row).
import type { SipasIssue, SipasValidation } from '../types.js';
import type { CheckedRow } from './checkAnswers.js';
import { type NormalId, normalizeId } from './ids.js';
import { duplicateRespondent } from './issues.js';

/**
 * Checks each row with `check` (row numbers are 1-based) and collects the issues; `undefined` as soon as `check`
 * gives up on a row.
 */
export function validateRows(
  list: readonly unknown[],
  check: (input: unknown, row: number) => CheckedRow | undefined,
): SipasValidation | undefined {
  const firstRow = new Map<NormalId, number>();
  const issues: SipasIssue[] = [];
  const rows: { row: number; respondentId?: string; issues: SipasIssue[] }[] = [];
  for (let index = 0; index < list.length; index++) {
    const row = index + 1;
    const checked = check(list[index], row);
    if (checked === undefined) return undefined;
    const found = [...checked.issues];
    const id = checked.response?.respondentId;
    if (id !== undefined) {
      const key = normalizeId(id);
      const first = firstRow.get(key);
      if (first === undefined) firstRow.set(key, row);
      else found.unshift(duplicateRespondent(id, row, first));
    }
    if (found.length === 0) continue;
    issues.push(...found);
    rows.push({ row, ...(id === undefined ? {} : { respondentId: id }), issues: found });
  }
  return { valid: issues.length === 0, issues, rows };
}
