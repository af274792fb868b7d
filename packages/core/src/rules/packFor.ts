import { getRulePack } from './getRulePack.js';
import { regimeFor } from './regimeFor.js';
import type { RulePack } from './rulePackSchema.js';

/**
 * Picks the national one-stop regime (chế độ một cửa) in force on a date: `vn-one-stop-2015` (15/5/2015 –
 * 20/6/2018), `vn-one-stop-2018` (21/6/2018 – 30/6/2025) or `vn-one-stop-2025` (from 1/7/2025).
 * Same as `getRulePack(regimeFor(date))`; {@link loadPackFor} is the on-demand version.
 *
 * Local layers are not chosen automatically: use `getRulePack('khanhson-2017')` or your own merged pack.
 *
 * @param date - A plain date, `'YYYY-MM-DD'`.
 * @returns The shipped pack valid on that date.
 * @throws {@link CchcError} on a malformed date or a date before 15/5/2015.
 * @example
 * packFor('2017-04-10').id //=> 'vn-one-stop-2015'
 * packFor('2026-01-05').id //=> 'vn-one-stop-2025'
 * @see Quyết định 09/2015/QĐ-TTg; Nghị định 61/2018/NĐ-CP; Nghị định 118/2025/NĐ-CP
 */
export function packFor(date: string): RulePack {
  return getRulePack(regimeFor(date));
}
