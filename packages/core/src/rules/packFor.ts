import { CchcError } from '../schema/CchcError.js';
import { parseOrThrow } from '../schema/parse.js';
import { PlainDateSchema } from '../schema/plainDate.js';
import { getRulePack } from './getRulePack.js';
import type { RulePack } from './rulePackSchema.js';

const NATIONAL = ['vn-one-stop-2015', 'vn-one-stop-2018', 'vn-one-stop-2025'] as const;

/**
 * Picks the national one-stop regime (chế độ một cửa) in force on a date: `vn-one-stop-2015` (15/5/2015 –
 * 20/6/2018), `vn-one-stop-2018` (21/6/2018 – 30/6/2025) or `vn-one-stop-2025` (from 1/7/2025).
 *
 * Local layers are not chosen automatically: use `getRulePack('khanhson-2017')` or your own merged pack.
 *
 * @param date - A plain date, `'YYYY-MM-DD'`.
 * @returns The shipped pack valid on that date.
 * @throws {@link CchcError} on a malformed date or a date before 15/5/2015.
 * @example
 * packFor('2017-04-10').id //=> 'vn-one-stop-2015'
 * packFor('2026-01-05').id //=> 'vn-one-stop-2025'
 */
export function packFor(date: string): RulePack {
  const d = parseOrThrow(PlainDateSchema, date, 'date');
  for (const id of NATIONAL) {
    const pack = getRulePack(id);
    if (pack.validFrom <= d && (pack.validTo === undefined || d <= pack.validTo)) return pack;
  }
  const first = getRulePack(NATIONAL[0]).validFrom;
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
