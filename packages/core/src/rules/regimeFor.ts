import { CchcError } from '../schema/CchcError.js';
import { plainDateOrThrow } from '../schema/internal/handIssues.js';
import { NATIONAL_REGIMES } from './internal/regimes.js';
import type { ShippedRulePackId } from './shippedRulePacks.js';

/**
 * Names the national one-stop regime (chế độ một cửa) in force on a date, without loading any pack:
 * `vn-one-stop-2015` (15/5/2015 – 20/6/2018), `vn-one-stop-2018` (21/6/2018 – 30/6/2025) or `vn-one-stop-2025`
 * (from 1/7/2025). Pass the id to {@link getRulePack} or {@link loadRulePack}; {@link packFor} and
 * {@link loadPackFor} do both steps.
 *
 * Local layers are not chosen automatically: ask for `khanhson-2017` or your own merged pack by name.
 *
 * @param date - A plain date, `'YYYY-MM-DD'`.
 * @returns The id of the shipped pack valid on that date.
 * @throws {@link CchcError} on a malformed date (`invalid-input`) or a date before 15/5/2015 (`no-regime`), in
 *   Vietnamese and English.
 * @example
 * regimeFor('2018-06-20') //=> 'vn-one-stop-2015'
 * regimeFor('2018-06-21') //=> 'vn-one-stop-2018'
 * regimeFor('2026-01-05') //=> 'vn-one-stop-2025'
 * @see Quyết định 09/2015/QĐ-TTg (from 15/5/2015); Nghị định 61/2018/NĐ-CP (from 21/6/2018); Nghị định 118/2025/NĐ-CP
 *   (from 1/7/2025, UNVERIFIED)
 */
export function regimeFor(date: string): ShippedRulePackId {
  const d = plainDateOrThrow(date, 'date'); // PlainDateSchema's check, without zod
  for (const regime of NATIONAL_REGIMES)
    if (regime.validFrom <= d && (regime.validTo === undefined || d <= regime.validTo))
      return regime.id;
  const first = NATIONAL_REGIMES[0]?.validFrom;
  throw new CchcError('no-regime', [
    {
      path: 'date',
      value: date,
      expected: { vi: `một ngày từ ${first}`, en: `a date from ${first}` },
      message: {
        vi: `date: chưa có bộ quy tắc cho ngày ${date} (bộ sớm nhất có hiệu lực từ ${first})`,
        en: `date: no rule pack for ${date} (the earliest is in force from ${first})`,
      },
    },
  ]);
}
