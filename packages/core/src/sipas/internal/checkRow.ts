// Checks one response of any shape: the well-formed shortcut, else SipasResponseSchema (zod) to name what is wrong
// with it; then its answers against the instrument (checkAnswers.ts).
import { formatIssues } from '../../schema/formatIssues.js';
import { type SipasResponse, SipasResponseSchema } from '../responseSchema.js';
import type { SipasIssue } from '../types.js';
import { type CheckedRow, checkAnswers, malformedRow } from './checkAnswers.js';
import type { CompiledInstrument } from './compile.js';
import { isPlainObject, wellFormed } from './responseShape.js';

export type { CheckedRow } from './checkAnswers.js';

/** Parses a response's shape; `issues` (with the row) when it is wrong. */
export function parseResponse(
  input: unknown,
  row: number,
): { response: SipasResponse | null; issues: SipasIssue[] } {
  if (wellFormed(input)) return { response: input, issues: [] };
  const parsed = SipasResponseSchema.safeParse(input, { reportInput: true });
  if (parsed.success) return { response: parsed.data, issues: [] };
  const id =
    isPlainObject(input) && typeof input.respondentId === 'string' ? input.respondentId : undefined;
  const issues = formatIssues(parsed.error, input, { row }).map(
    (issue): SipasIssue => ({ ...issue, kind: 'invalid-row', ...(id ? { respondentId: id } : {}) }),
  );
  return { response: null, issues };
}

/** Checks one response (row numbers are 1-based). */
export function checkRow(
  compiled: CompiledInstrument,
  input: unknown,
  row: number,
  weighted: boolean,
): CheckedRow {
  const { response, issues } = parseResponse(input, row);
  return response === null
    ? malformedRow(compiled, issues)
    : checkAnswers(compiled, response, row, weighted);
}
