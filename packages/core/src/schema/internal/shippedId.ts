// The check of a requested id of shipped data (a rule pack, an instrument), shared by the synchronous getters and the
// on-demand loaders. Free of zod and of any JSON import, so that a page loading data on demand carries neither.
import { type Bilingual, CchcError } from '../CchcError.js';
import { textOrThrow } from './handIssues.js';

/** How the unknown-id error names the data: its error code, one item, and the list of shipped ones. */
export interface ShippedKind {
  /** The CchcError code for an unknown id, e.g. `'unknown-pack'`. */
  readonly code: string;
  /** One item, e.g. `{ vi: 'bộ quy tắc', en: 'rule pack' }`. */
  readonly item: Bilingual;
  /** The heading of the list, e.g. `{ vi: 'các bộ có sẵn', en: 'shipped packs' }`. */
  readonly listed: Bilingual;
}

/**
 * Checks a requested id: a text (`invalid-input`, worded as `z.string()` would, otherwise) naming one of `ids`
 * (`kind.code`, listing them, otherwise).
 */
export function shippedIdOrThrow<T extends string>(
  id: unknown,
  ids: readonly T[],
  kind: ShippedKind,
): T {
  // Checked first: the lookup and the message below need a string (a Symbol or a null-prototype object has none).
  const text = textOrThrow(id, 'id');
  if ((ids as readonly string[]).includes(text)) return text as T;
  const list = ids.join(', ');
  throw new CchcError(kind.code, [
    {
      path: 'id',
      value: text,
      expected: { vi: `một trong: ${list}`, en: `one of: ${list}` },
      message: {
        vi: `id: không có ${kind.item.vi} "${text}"; ${kind.listed.vi}: ${list}`,
        en: `id: no ${kind.item.en} "${text}"; ${kind.listed.en}: ${list}`,
      },
    },
  ]);
}
