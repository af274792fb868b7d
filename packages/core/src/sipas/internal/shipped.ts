// The shipped instruments' ids and the check of a requested id, shared by getInstrument (static imports) and
// loadInstrument (dynamic imports). Kept free of any JSON import, so that a bundle that only loads instruments on
// demand carries none of them, and free of zod (the id is checked by hand, with the messages of z.string()).
import { shippedIdOrThrow } from '../../schema/internal/shippedId.js';

/** Ids of the instruments shipped with the library, in the order they are listed to users. */
export const SHIPPED_INSTRUMENT_IDS = [
  'sipas-2017',
  'commune-ubnd-example',
  'health-station-example',
] as const;

/** Id of a shipped instrument. */
export type ShippedInstrumentId = (typeof SHIPPED_INSTRUMENT_IDS)[number];

/**
 * Checks a requested instrument id: a text naming a shipped instrument.
 *
 * @throws `CchcError` `invalid-input` for an id that is not a text, `unknown-instrument` (listing the
 * known ids) for any other text.
 */
export const shippedInstrumentId = (id: unknown): ShippedInstrumentId =>
  shippedIdOrThrow(id, SHIPPED_INSTRUMENT_IDS, {
    code: 'unknown-instrument',
    item: { vi: 'bộ phiếu', en: 'instrument' },
    listed: { vi: 'các bộ phiếu có sẵn', en: 'shipped instruments' },
  });
