import type { Instrument, InstrumentInput } from './instrumentSchema.js';
import { checkAnswers } from './internal/checkAnswers.js';
import { compileInstrument } from './internal/compile.js';
import { wellFormed } from './internal/responseShape.js';
import { isTrustedInstrument } from './internal/trusted.js';
import { responseList, validationOptions } from './internal/validateArgs.js';
import { validateRows } from './internal/validateRows.js';
import type { SipasValidation } from './types.js';

/**
 * {@link validateResponses} without the schema code (kiểm tra phiếu, bản gọn): the same report whenever it can be
 * made without zod, `undefined` otherwise — then call `validateResponses`, which describes what is wrong.
 *
 * It decides when `instrument` is one that core has already checked (from {@link getInstrument},
 * {@link loadInstrument} or {@link parseInstrument}) and every response has the shape of a response (text
 * `respondentId` and `unitCode`, answers that are numbers, texts or `null`…); answers off the scale, unknown or
 * skipped questions, duplicates and missing weights are reported exactly as `validateResponses` reports them.
 * It exists for web pages: `<cchc-survey instrument-id>` checks the response it built with it, so the page downloads
 * no schema code (zod) at all.
 *
 * @param instrument - The instrument the responses were collected with.
 * @param responses - The responses, in input order (row 1 = the first).
 * @param options - `weighted: true` also requires a weight on every response.
 * @returns What `validateResponses` returns, or `undefined` when the instrument was not checked by core yet or a
 *   response is malformed.
 * @throws {@link CchcError} as `validateResponses` does, when `responses` is not a list or `options` is not
 *   `{ weighted?: boolean }` (checked once the instrument is known to be checked).
 * @example
 * const instrument = await loadInstrument('sipas-2017')
 * const check = tryValidateResponses(instrument, [response]) ?? validateResponses(instrument, [response])
 */
export function tryValidateResponses(
  instrument: Instrument | InstrumentInput,
  responses: readonly unknown[],
  options: { weighted?: boolean } = {},
): SipasValidation | undefined {
  if (!isTrustedInstrument(instrument)) return undefined;
  const compiled = compileInstrument(instrument);
  const list = responseList(responses);
  const weighted = validationOptions(options).weighted === true;
  return validateRows(list, (input, row) =>
    wellFormed(input) ? checkAnswers(compiled, input, row, weighted) : undefined,
  );
}
