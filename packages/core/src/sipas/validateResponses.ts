import type { Instrument, InstrumentInput } from './instrumentSchema.js';
import { checkRow } from './internal/checkRow.js';
import { compileInstrument } from './internal/compile.js';
import { responseList, validationOptions } from './internal/validateArgs.js';
import { validateRows } from './internal/validateRows.js';
import { parseInstrument } from './parseInstrument.js';
import type { SipasValidation } from './types.js';

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
 * @see {@link tryValidateResponses}, the same check without the schema code, for web pages.
 */
export function validateResponses(
  instrument: Instrument | InstrumentInput,
  responses: readonly unknown[],
  options: { weighted?: boolean } = {},
): SipasValidation {
  const compiled = compileInstrument(parseInstrument(instrument));
  const list = responseList(responses);
  const weighted = validationOptions(options).weighted === true;
  // checkRow never gives up: a malformed row is described by the schema.
  return validateRows(list, (input, row) => checkRow(compiled, input, row, weighted))!;
}
