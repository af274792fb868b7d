import { parseOrThrow } from '../schema/parse.js';
import { type Instrument, InstrumentSchema } from './instrumentSchema.js';
import { isTrustedInstrument, trustInstrument } from './internal/trusted.js';

/**
 * Validates an instrument (bộ phiếu khảo sát) — a shipped one or a province's own JSON — and returns it frozen.
 *
 * Passing the returned object again skips the check, so scoring many batches with one instrument is cheap.
 *
 * @param input - Instrument data (see {@link InstrumentSchema}).
 * @returns The parsed, deeply frozen instrument.
 * @throws {@link CchcError} naming every bad field, in Vietnamese and English.
 * @example
 * const mine = parseInstrument(JSON.parse(text))
 * scoreSipas(mine, responses)
 */
export function parseInstrument(input: unknown): Instrument {
  if (isTrustedInstrument(input)) return input;
  return trustInstrument(parseOrThrow(InstrumentSchema, input, 'instrument'));
}
