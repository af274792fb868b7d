import type { Instrument } from './instrumentSchema.js';
import {
  type InstrumentCache,
  type InstrumentImports,
  loadShipped,
} from './internal/loadShipped.js';

// One dynamic import per instrument, with a literal path, so bundlers put each JSON in a chunk of its own that a page
// fetches only when it asks for that instrument. This module must not import getInstrument.ts (which imports every
// instrument statically), or the instruments would all come back into the bundle.
const IMPORTS: InstrumentImports = {
  'sipas-2017': () => import('../../data/instruments/sipas-2017.json'),
  'commune-ubnd-example': () => import('../../data/instruments/commune-ubnd-example.json'),
  'health-station-example': () => import('../../data/instruments/health-station-example.json'),
};

const cache: InstrumentCache = new Map();

/**
 * Loads a shipped survey instrument (bộ phiếu khảo sát) on demand: the same validated, frozen instrument as
 * {@link getInstrument}, but each instrument's data is fetched only when asked for.
 *
 * In a bundled web page every shipped instrument becomes a file of its own (a chunk) that the browser downloads on
 * the first call for that id; later calls return the same object without loading again. Use it where a page needs
 * one instrument at most (the `<cchc-survey instrument-id>` element does); in Node or a batch job
 * {@link getInstrument} is simpler.
 *
 * @param id - One of {@link SHIPPED_INSTRUMENTS}.
 * @returns A promise of the instrument.
 * @throws {@link CchcError} as a rejection: `invalid-input` for an id that is not a text, `unknown-instrument` for an
 * unknown id (listing the known ones), `instrument-unavailable` when its file could not be fetched (offline; a later
 * call tries again).
 * @example
 * const instrument = await loadInstrument('sipas-2017')
 * instrument.elements.map((e) => e.id) //=> ['E1', 'E2', 'E3', 'E4', 'E5', 'EXP']
 * @see Quyết định 2640/QĐ-BNV ngày 10/10/2017 (the SIPAS 2017–2020 instrument)
 */
export function loadInstrument(id: string): Promise<Instrument> {
  return loadShipped(id, IMPORTS, cache);
}
