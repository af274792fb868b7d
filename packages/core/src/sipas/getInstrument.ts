import * as z from 'zod/mini';
import communeUbnd from '../../data/instruments/commune-ubnd-example.json';
import healthStation from '../../data/instruments/health-station-example.json';
import sipas2017 from '../../data/instruments/sipas-2017.json';
import { CchcError } from '../schema/CchcError.js';
import { parseOrThrow } from '../schema/parse.js';
import type { Instrument } from './instrumentSchema.js';
import { parseInstrument } from './parseInstrument.js';

const SHIPPED: Readonly<Record<string, unknown>> = {
  'sipas-2017': sipas2017,
  'commune-ubnd-example': communeUbnd,
  'health-station-example': healthStation,
};

/** Ids of the instruments shipped with the library. */
export const SHIPPED_INSTRUMENTS: readonly string[] = Object.keys(SHIPPED);

const loaded = new Map<string, Instrument>();

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
 * @param id - One of {@link SHIPPED_INSTRUMENTS}.
 * @returns The instrument.
 * @throws {@link CchcError} for an id that is not a text, or an unknown id (listing the known ones).
 * @example
 * getInstrument('sipas-2017').elements.map((e) => e.id) //=> ['E1', 'E2', 'E3', 'E4', 'E5', 'EXP']
 * @see Quyết định 2640/QĐ-BNV ngày 10/10/2017
 */
export function getInstrument(id: string): Instrument {
  // Checked first: the lookups and the message below need a string (a Symbol or a null-prototype object has none).
  parseOrThrow(z.string(), id, 'id');
  const hit = loaded.get(id);
  if (hit) return hit;
  const data = Object.hasOwn(SHIPPED, id) ? SHIPPED[id] : undefined;
  if (data === undefined) {
    const known = SHIPPED_INSTRUMENTS.join(', ');
    throw new CchcError('unknown-instrument', [
      {
        path: 'id',
        value: id,
        expected: { vi: `một trong: ${known}`, en: `one of: ${known}` },
        message: {
          vi: `id: không có bộ phiếu "${id}"; các bộ phiếu có sẵn: ${known}`,
          en: `id: no instrument "${id}"; shipped instruments: ${known}`,
        },
      },
    ]);
  }
  const instrument = parseInstrument(data);
  loaded.set(id, instrument);
  return instrument;
}
