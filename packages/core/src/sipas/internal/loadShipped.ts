// On-demand loading of a shipped instrument, apart from the table of dynamic imports so it can be tested with
// imports that fail. The shipped files are trusted, not parsed: they are stored already normalised (every default
// written out) and loadInstrument.test.ts proves each equal to its InstrumentSchema parse output, so this path needs
// no zod — a web page showing a shipped instrument downloads no schema code.
import { CchcError } from '../../schema/CchcError.js';
import type { Instrument } from '../instrumentSchema.js';
import { type ShippedInstrumentId, shippedInstrumentId } from './shipped.js';
import { trustInstrument } from './trusted.js';

/**
 * For each shipped id, a dynamic import of its JSON: a module whose default export is the instrument data, already
 * in its parsed form (trusted, not checked again).
 */
export type InstrumentImports = Readonly<
  Record<ShippedInstrumentId, () => Promise<{ readonly default: unknown }>>
>;

/** A load in progress or done, per id: concurrent and later calls share one import. */
export type InstrumentCache = Map<ShippedInstrumentId, Promise<Instrument>>;

function unavailable(id: ShippedInstrumentId, cause: unknown): CchcError {
  const error = new CchcError('instrument-unavailable', [
    {
      path: 'id',
      value: id,
      expected: { vi: 'một bộ phiếu tải được', en: 'an instrument that can be loaded' },
      message: {
        vi: `id: không tải được bộ phiếu "${id}" (mất kết nối hoặc thiếu tệp); hãy thử lại`,
        en: `id: could not load instrument "${id}" (offline or a missing file); please try again`,
      },
    },
  ]);
  error.cause = cause;
  return error;
}

/**
 * Loads a shipped instrument through `imports`, once per id, and returns it frozen and marked as parsed.
 *
 * A failed import (a chunk that could not be fetched) is not kept, so the next call tries again.
 *
 * @throws {@link CchcError} (as a rejection) for an id that is not a text, an unknown id, or an import that failed
 * (`instrument-unavailable`).
 */
export async function loadShipped(
  id: unknown,
  imports: InstrumentImports,
  cache: InstrumentCache,
): Promise<Instrument> {
  const known = shippedInstrumentId(id);
  let pending = cache.get(known);
  if (pending === undefined) {
    pending = imports[known]().then(
      // The JSON's inferred type is wider than Instrument (strings for enums); its content is proved valid.
      (module) => trustInstrument(module.default as Instrument),
      (cause: unknown) => {
        throw unavailable(known, cause);
      },
    );
    cache.set(known, pending);
    pending.catch(() => cache.delete(known));
  }
  return pending;
}
