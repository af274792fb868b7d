import { parseOrThrow } from '../schema/parse.js';
import { type Instrument, InstrumentSchema } from './instrumentSchema.js';

const parsed = new WeakSet<object>();

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

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
  if (input !== null && typeof input === 'object' && parsed.has(input)) return input as Instrument;
  const instrument = deepFreeze(parseOrThrow(InstrumentSchema, input, 'instrument'));
  parsed.add(instrument);
  return instrument;
}
