// The shipped instruments' ids and the check of a requested id, shared by getInstrument (static imports) and
// loadInstrument (dynamic imports). Kept free of any JSON import, so that a bundle that only loads instruments on
// demand carries none of them, and free of zod (the id is checked by hand, with the messages of z.string()).
import { CchcError } from '../../schema/CchcError.js';
import { textOrThrow } from './handIssues.js';

/** Ids of the instruments shipped with the library, in the order they are listed to users. */
export const SHIPPED_INSTRUMENT_IDS = [
  'sipas-2017',
  'commune-ubnd-example',
  'health-station-example',
] as const;

/** Id of a shipped instrument. */
export type ShippedInstrumentId = (typeof SHIPPED_INSTRUMENT_IDS)[number];

const isShipped = (id: string): id is ShippedInstrumentId =>
  (SHIPPED_INSTRUMENT_IDS as readonly string[]).includes(id);

/**
 * Checks a requested instrument id: a text naming a shipped instrument.
 *
 * @throws {@link CchcError} `invalid-input` for an id that is not a text, `unknown-instrument` (listing the
 * known ids) for any other text.
 */
export function shippedInstrumentId(id: unknown): ShippedInstrumentId {
  // Checked first: the lookup and the message below need a string (a Symbol or a null-prototype object has none).
  const text = textOrThrow(id, 'id');
  if (isShipped(text)) return text;
  const known = SHIPPED_INSTRUMENT_IDS.join(', ');
  throw new CchcError('unknown-instrument', [
    {
      path: 'id',
      value: text,
      expected: { vi: `một trong: ${known}`, en: `one of: ${known}` },
      message: {
        vi: `id: không có bộ phiếu "${text}"; các bộ phiếu có sẵn: ${known}`,
        en: `id: no instrument "${text}"; shipped instruments: ${known}`,
      },
    },
  ]);
}
