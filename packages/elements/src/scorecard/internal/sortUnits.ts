import type { ParUnitResult } from '@cchc/core';
import type { Lang } from '../../shared/lang.js';

/** Columns the ranking table sorts by. */
export type SortKey = 'rank' | 'name' | 'index' | 'band';
/** Sort direction, with the values of `aria-sort`. */
export type SortDirection = 'ascending' | 'descending';

/** Every sort key, in column order. */
export const SORT_KEYS: readonly SortKey[] = ['rank', 'name', 'index', 'band'];

/** The direction a column takes when first chosen: highest index first, everything else ascending (rank 1, A→Z, best band). */
export const firstDirection = (key: SortKey): SortDirection =>
  key === 'index' ? 'descending' : 'ascending';

/** The name a unit is shown and sorted by. */
export const unitName = (u: ParUnitResult): string => u.unitName ?? u.unitCode;

/**
 * Sorts units for the ranking table. Names compare with the language's collation (Vietnamese letters in Vietnamese
 * order); bands by `bandOrder` (best first). Ties fall back to the name, then the code, ascending either way, so the
 * order is total and the same on every render.
 */
export function sortUnits(
  units: readonly ParUnitResult[],
  key: SortKey,
  direction: SortDirection,
  bandOrder: ReadonlyMap<string, number>,
  lang: Lang,
): ParUnitResult[] {
  const collator = new Intl.Collator(lang, { numeric: true });
  const band = (u: ParUnitResult) => bandOrder.get(u.band) ?? bandOrder.size;
  const primary: (a: ParUnitResult, b: ParUnitResult) => number =
    key === 'rank'
      ? (a, b) => a.rank - b.rank
      : key === 'index'
        ? (a, b) => a.index - b.index
        : key === 'band'
          ? (a, b) => band(a) - band(b)
          : (a, b) => collator.compare(unitName(a), unitName(b));
  const sign = direction === 'ascending' ? 1 : -1;
  return [...units].sort(
    (a, b) =>
      sign * primary(a, b) ||
      collator.compare(unitName(a), unitName(b)) ||
      (a.unitCode < b.unitCode ? -1 : a.unitCode > b.unitCode ? 1 : 0),
  );
}
