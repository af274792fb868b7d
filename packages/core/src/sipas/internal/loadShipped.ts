// On-demand loading of a shipped instrument, apart from the table of dynamic imports so it can be tested with
// imports that fail.
import { CchcError } from '../../schema/CchcError.js';
import type { Instrument } from '../instrumentSchema.js';
import { parseInstrument } from '../parseInstrument.js';
import { type ShippedInstrumentId, shippedInstrumentId } from './shipped.js';

/** For each shipped id, a dynamic import of its JSON (a module whose default export is the instrument data). */
export type InstrumentImports = Readonly<
  Record<ShippedInstrumentId, () => Promise<{ readonly default: unknown }>>
>;

/** A load in progress or done, per id: concurrent and later calls share one import and one parse. */
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
 * Loads, validates and freezes a shipped instrument through `imports`, once per id.
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
      (module) => parseInstrument(module.default),
      (cause: unknown) => {
        throw unavailable(known, cause);
      },
    );
    cache.set(known, pending);
    pending.catch(() => cache.delete(known));
  }
  return pending;
}
