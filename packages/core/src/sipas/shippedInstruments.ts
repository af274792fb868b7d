import { SHIPPED_INSTRUMENT_IDS } from './internal/shipped.js';

/**
 * Ids of the survey instruments (bộ phiếu khảo sát) shipped with the library: `sipas-2017`, `commune-ubnd-example`,
 * `health-station-example`. Importing this list loads none of the instruments.
 *
 * @example
 * SHIPPED_INSTRUMENTS.includes('sipas-2017') //=> true
 * @see {@link getInstrument} and {@link loadInstrument}, which return one of them.
 */
export const SHIPPED_INSTRUMENTS: readonly string[] = SHIPPED_INSTRUMENT_IDS;
