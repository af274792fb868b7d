import { createSipasAccumulator } from './createSipasAccumulator.js';
import type { Instrument, InstrumentInput } from './instrumentSchema.js';
import type { SipasOptions } from './options.js';
import type { SipasColumns, SipasResponse } from './responseSchema.js';
import type { SipasResult } from './types.js';

/**
 * Computes the satisfaction index (chỉ số hài lòng, SIPAS) from raw answers: per criterion (tiêu chí), per element
 * (yếu tố) and overall, for every group (unit, service, sector, respondent group), each with a 95% interval, the
 * dissatisfied share, the comprehensive index and a minimum-sample flag.
 *
 * Method (default from the instrument; `options.method` overrides):
 * - `share-satisfied`: criterion = % of valid answers (1–5) at 4–5; element = mean of its criteria; overall = mean
 *   of the elements (weighted by element weight). Blank, "not applicable" (0) and skipped answers are left out of
 *   the denominator; an element with no valid answer is listed in `missingElements` and left out of the mean.
 * - `share-satisfied-answers`: element and overall = % of all valid answers at 4–5 (health-facility method).
 * - `mean-score`: (x − 1)·25 on 0–100 instead of the share satisfied.
 * With `weighted: true` every sum is a sum of weights. Intervals: Wilson (effective n = (Σw)²/Σw²) for shares,
 * a normal interval for mean scores, a seeded bucket bootstrap for element, overall and companion means.
 *
 * It runs through {@link createSipasAccumulator}, so scoring at once, in a stream or in shards gives the same result.
 *
 * @param instrument - The instrument, e.g. `getInstrument('sipas-2017')`.
 * @param responses - An array of responses, or a columnar batch ({@link SipasColumns}, the fast path).
 * @param options - `by`, `method`, `weighted`, `seed`, `onInvalid`, `population`… (see {@link SipasOptionsSchema}).
 * @returns One result per group (one group with `key: {}` without `by`), plus what was excluded and why.
 * @throws {@link CchcError} on invalid responses (unless `onInvalid: 'exclude'`), naming row, question and value.
 * @example
 * const r = scoreSipas(getInstrument('sipas-2017'), responses, { by: ['unitCode'] })
 * r.groups[0].elements.E4.index //=> 80.56 for the guide's worked example
 * @see Quyết định 2640/QĐ-BNV ngày 10/10/2017 (SIPAS 2017–2020); docs/guides/sipas.md
 */
export function scoreSipas(
  instrument: Instrument | InstrumentInput,
  responses: readonly (SipasResponse | unknown)[] | SipasColumns,
  options?: SipasOptions,
): SipasResult {
  const accumulator = createSipasAccumulator(instrument, options);
  if (Array.isArray(responses)) {
    for (const response of responses) accumulator.add(response);
  } else {
    accumulator.addColumns(responses as SipasColumns); // checks the batch's shape first
  }
  return accumulator.result();
}
