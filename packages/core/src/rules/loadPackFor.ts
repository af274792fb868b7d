import { loadRulePack } from './loadRulePack.js';
import { regimeFor } from './regimeFor.js';
import type { RulePack } from './rulePackSchema.js';

/**
 * Loads the national one-stop regime (chế độ một cửa) in force on a date, on demand: `loadRulePack(regimeFor(date))`
 * — the same pack as {@link packFor}, with only that pack's data (and its base's) fetched.
 *
 * @param date - A plain date, `'YYYY-MM-DD'`.
 * @returns A promise of the shipped pack valid on that date.
 * @throws {@link CchcError} (as a rejected promise) on a malformed date or a date before 15/5/2015, in Vietnamese
 *   and English.
 * @example
 * (await loadPackFor('2017-05-08')).id //=> 'vn-one-stop-2015'
 * (await loadPackFor('2025-07-01')).lineage //=> ['vn-one-stop-2018']
 * @see Quyết định 09/2015/QĐ-TTg; Nghị định 61/2018/NĐ-CP; Nghị định 118/2025/NĐ-CP
 */
export async function loadPackFor(date: string): Promise<RulePack> {
  return loadRulePack(regimeFor(date));
}
