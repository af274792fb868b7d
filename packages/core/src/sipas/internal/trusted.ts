// Instruments known to be valid: the output of InstrumentSchema (parseInstrument), or a shipped file that the tests
// prove equal to its own parse output (loadInstrument). Kept apart from the schema, so that code which only needs to
// know "already checked" (loadInstrument, tryValidateResponses) carries no zod.
import type { Instrument } from '../instrumentSchema.js';

const trusted = new WeakSet<object>();

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** True for an instrument returned by {@link trustInstrument} (parsed, or a shipped file): no need to check it again. */
export function isTrustedInstrument(input: unknown): input is Instrument {
  return input !== null && typeof input === 'object' && trusted.has(input);
}

/**
 * Freezes `instrument` deeply and remembers it as valid. Only for the output of `InstrumentSchema`, or data proved
 * equal to it (the shipped instrument files: see loadInstrument.test.ts).
 */
export function trustInstrument(instrument: Instrument): Instrument {
  deepFreeze(instrument);
  trusted.add(instrument);
  return instrument;
}
