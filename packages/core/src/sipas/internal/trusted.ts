// Instruments known to be valid: the output of InstrumentSchema (parseInstrument), or a shipped file that the tests
// prove equal to its own parse output (loadInstrument). Kept apart from the schema, so that code which only needs to
// know "already checked" (loadInstrument, tryValidateResponses) carries no zod.
import { trustRegistry } from '../../internal/trust.js';
import type { Instrument } from '../instrumentSchema.js';

const instruments = trustRegistry<Instrument>();

/** True for an instrument returned by {@link trustInstrument} (parsed, or a shipped file): no need to check it again. */
export const isTrustedInstrument = instruments.is;

/**
 * Freezes `instrument` deeply and remembers it as valid. Only for the output of `InstrumentSchema`, or data proved
 * equal to it (the shipped instrument files: see loadInstrument.test.ts).
 */
export const trustInstrument = instruments.trust;
