import * as z from 'zod/mini';
import { parseOrThrow } from '../schema/parse.js';
import type { Instrument, InstrumentInput } from './instrumentSchema.js';
import { checkRow } from './internal/checkRow.js';
import { compileInstrument } from './internal/compile.js';
import { type NormalId, normalizeId } from './internal/ids.js';
import { duplicateRespondent } from './internal/issues.js';
import { parseInstrument } from './parseInstrument.js';
import type { SipasIssue, SipasValidation } from './types.js';

/** The list itself must be a list (its rows may be anything: each is checked and reported on its own). */
const ListSchema = z.array(z.unknown());
const OptionsSchema = z.strictObject({ weighted: z.optional(z.boolean()) });

/**
 * Checks responses against their instrument (kiểm tra phiếu) and reports every problem per row, in Vietnamese and
 * English: malformed rows, answers off the scale or options, unknown questions, answers to questions the skip logic
 * skipped (e.g. E5.x when F0 = "no"), duplicate respondent ids and, with `weighted`, missing weights.
 * Nothing is changed or dropped: this is the report `scoreSipas` would act on.
 *
 * @param instrument - The instrument the responses were collected with.
 * @param responses - The responses, in input order (row 1 = the first).
 * @param options - `weighted: true` also requires a weight on every response.
 * @returns `valid`, the flat list of issues and the same issues grouped by row.
 * @throws {@link CchcError} only when `responses` is not a list or `options` is not `{ weighted?: boolean }`
 *   (a bad row is reported, never thrown).
 * @example
 * const { valid, rows } = validateResponses(getInstrument('sipas-2017'), responses)
 * if (!valid) rows[0].issues[0].message.vi //=> 'dòng 3, answers.E1.1: nhận được 7, cần số nguyên 1–5, …'
 */
export function validateResponses(
  instrument: Instrument | InstrumentInput,
  responses: readonly unknown[],
  options: { weighted?: boolean } = {},
): SipasValidation {
  const compiled = compileInstrument(parseInstrument(instrument));
  const list = parseOrThrow(ListSchema, responses, 'responses');
  const { weighted } = parseOrThrow(OptionsSchema, options ?? {}, 'options');
  const firstRow = new Map<NormalId, number>();
  const issues: SipasIssue[] = [];
  const rows: { row: number; respondentId?: string; issues: SipasIssue[] }[] = [];
  list.forEach((input, index) => {
    const row = index + 1;
    const checked = checkRow(compiled, input, row, weighted === true);
    const found = [...checked.issues];
    const id = checked.response?.respondentId;
    if (id !== undefined) {
      const key = normalizeId(id);
      const first = firstRow.get(key);
      if (first === undefined) firstRow.set(key, row);
      else found.unshift(duplicateRespondent(id, row, first));
    }
    if (found.length === 0) return;
    issues.push(...found);
    rows.push({ row, ...(id === undefined ? {} : { respondentId: id }), issues: found });
  });
  return { valid: issues.length === 0, issues, rows };
}
