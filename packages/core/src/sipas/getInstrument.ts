import communeUbnd from '../../data/instruments/commune-ubnd-example.json';
import healthStation from '../../data/instruments/health-station-example.json';
import sipas2017 from '../../data/instruments/sipas-2017.json';
import type { Instrument } from './instrumentSchema.js';
import { type ShippedInstrumentId, shippedInstrumentId } from './internal/shipped.js';
import { parseInstrument } from './parseInstrument.js';

// Every shipped id has its JSON here (and nothing else): `satisfies` fails the type check when the two drift apart.
const SHIPPED = {
  'sipas-2017': sipas2017,
  'commune-ubnd-example': communeUbnd,
  'health-station-example': healthStation,
} satisfies Record<ShippedInstrumentId, unknown>;

const loaded = new Map<ShippedInstrumentId, Instrument>();

/**
 * Returns a shipped survey instrument (bộ phiếu khảo sát), validated and frozen.
 *
 * - `sipas-2017`: the national SIPAS 2017–2020 structure — 5 elements, 22 criteria `E1.1 … E5.4`, filter `F0`
 *   (UNVERIFIED in detail: `verified: false`).
 * - `commune-ubnd-example`: a commune People's Committee one-stop section (example).
 * - `health-station-example`: a commune health station, on the Ministry of Health's patient-satisfaction method
 *   (example, UNVERIFIED).
 *
 * `sipas-2023` is not shipped: the index formulas of Decision 1001/QĐ-BNV (2023–2026) could not be confirmed.
 *
 * Every shipped instrument is bundled with this function; a web page that needs at most one of them should use
 * {@link loadInstrument}, which fetches only the one asked for.
 *
 * @param id - One of {@link SHIPPED_INSTRUMENTS}.
 * @returns The instrument.
 * @throws {@link CchcError} for an id that is not a text, or an unknown id (listing the known ones).
 * @example
 * getInstrument('sipas-2017').elements.map((e) => e.id) //=> ['E1', 'E2', 'E3', 'E4', 'E5', 'EXP']
 * @see Quyết định 2640/QĐ-BNV ngày 10/10/2017
 */
export function getInstrument(id: string): Instrument {
  const known = shippedInstrumentId(id);
  let instrument = loaded.get(known);
  if (!instrument) {
    instrument = parseInstrument(SHIPPED[known]);
    loaded.set(known, instrument);
  }
  return instrument;
}
