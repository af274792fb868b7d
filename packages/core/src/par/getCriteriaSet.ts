import * as z from 'zod/mini';
import exampleCommune2017 from '../../data/criteria/example-commune-2017.json';
import { CchcError } from '../schema/CchcError.js';
import { parseOrThrow } from '../schema/parse.js';
import type { CriteriaSet } from './criteriaSetSchema.js';
import { parseCriteriaSet } from './internal/parseCriteriaSet.js';

/** Shipped criteria sets, as JSON (parsed on every call, so callers get their own copy). */
const SHIPPED: Readonly<Record<string, unknown>> = {
  'example-commune-2017': exampleCommune2017,
};

/**
 * Ids of the criteria sets shipped with the library.
 *
 * Only `example-commune-2017` is shipped: an illustrative commune-level set (`example: true`, `verified: false`).
 * The Ministry's provincial set under Decision 876/QĐ-BNV (2022) is not shipped: its points per criterion could not
 * be confirmed against the decision's own text, and official maxima are never invented.
 */
export const CRITERIA_SET_IDS: readonly string[] = Object.keys(SHIPPED);

/**
 * Returns a shipped PAR criteria set (bộ tiêu chí Chỉ số CCHC), validated.
 *
 * @param id - A shipped id: `'example-commune-2017'` (an illustrative commune-level set, marked `example: true`).
 * @returns The criteria set, a fresh copy each call.
 * @throws CchcError `invalid-input` when `id` is not a text; `unknown-criteria-set` for any other id (the message
 *   lists the shipped ids).
 * @example
 * const set = getCriteriaSet('example-commune-2017')
 * set.fields.map((f) => f.max) //=> [12, 15, 25, 10, 5, 8, 25]
 */
export function getCriteriaSet(id: string): CriteriaSet {
  // Checked first: a symbol or a null-prototype object has no string form to look up or quote.
  parseOrThrow(z.string(), id, 'id');
  const json = Object.hasOwn(SHIPPED, id) ? SHIPPED[id] : undefined;
  if (json === undefined) {
    const list = CRITERIA_SET_IDS.join(', ');
    throw new CchcError('unknown-criteria-set', [
      {
        path: 'id',
        value: id,
        expected: { vi: `một bộ chỉ số có sẵn: ${list}`, en: `a shipped criteria set: ${list}` },
        message: {
          vi: `id: không có bộ chỉ số "${id}"; có sẵn: ${list}`,
          en: `id: no criteria set "${id}"; shipped: ${list}`,
        },
      },
    ]);
  }
  return parseCriteriaSet(json, id);
}
