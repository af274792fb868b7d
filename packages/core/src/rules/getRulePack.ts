import * as z from 'zod/mini';
import khanhson2017 from '../../data/rule-packs/khanhson-2017.json';
import oneStop2015 from '../../data/rule-packs/vn-one-stop-2015.json';
import oneStop2018 from '../../data/rule-packs/vn-one-stop-2018.json';
import oneStop2025 from '../../data/rule-packs/vn-one-stop-2025.json';
import { CchcError } from '../schema/CchcError.js';
import { parseOrThrow } from '../schema/parse.js';
import { mergeRulePacks } from './mergeRulePacks.js';
import { type RulePack, RulePackSchema } from './rulePackSchema.js';

/** Ids of the shipped rule packs. */
export const SHIPPED_RULE_PACKS = [
  'vn-one-stop-2015',
  'khanhson-2017',
  'vn-one-stop-2018',
  'vn-one-stop-2025',
] as const;
/** Id of a shipped rule pack. */
export type ShippedRulePackId = (typeof SHIPPED_RULE_PACKS)[number];

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const build: Record<ShippedRulePackId, () => RulePack> = {
  'vn-one-stop-2015': () => parseOrThrow(RulePackSchema, oneStop2015, 'vn-one-stop-2015.json'),
  'vn-one-stop-2018': () => parseOrThrow(RulePackSchema, oneStop2018, 'vn-one-stop-2018.json'),
  'khanhson-2017': () => mergeRulePacks(getRulePack('vn-one-stop-2015'), khanhson2017),
  'vn-one-stop-2025': () => mergeRulePacks(getRulePack('vn-one-stop-2018'), oneStop2025),
};
// Built on first use and frozen; the same immutable object is returned every time.
const built = new Map<string, RulePack>();

/**
 * Returns a shipped rule pack (bộ quy tắc có sẵn), validated and frozen.
 *
 * - `vn-one-stop-2015` — Decision 09/2015/QĐ-TTg with Khánh Hòa Decision 14/2015/QĐ-UBND (articles UNVERIFIED);
 * - `khanhson-2017` — the duties of Khánh Sơn's letter 112/UBND-NV (10/4/2017) merged over `vn-one-stop-2015`;
 * - `vn-one-stop-2018` — Decree 61/2018/NĐ-CP (as amended by Decree 107/2021/NĐ-CP) and Circular 01/2018/TT-VPCP;
 * - `vn-one-stop-2025` — Decree 118/2025/NĐ-CP and Circular 03/2025/TT-VPCP (UNVERIFIED, inherits 2018's rules).
 *
 * @param id - A shipped pack id.
 * @returns The pack.
 * @throws {@link CchcError} for an unknown id.
 * @example
 * getRulePack('khanhson-2017').rules.find((r) => r.id === 'inspection.weekly')?.params //=> { minPerWeek: 1 }
 * @see Quyết định 09/2015/QĐ-TTg; Nghị định 61/2018/NĐ-CP; Nghị định 118/2025/NĐ-CP
 */
export function getRulePack(id: ShippedRulePackId | (string & {})): RulePack {
  parseOrThrow(z.string(), id, 'id');
  const cached = built.get(id);
  if (cached !== undefined) return cached;
  if (!(SHIPPED_RULE_PACKS as readonly string[]).includes(id)) {
    const list = SHIPPED_RULE_PACKS.join(', ');
    throw new CchcError('unknown-pack', [
      {
        path: 'id',
        value: id,
        expected: { vi: `một trong: ${list}`, en: `one of: ${list}` },
        message: {
          vi: `id: không có bộ quy tắc "${id}"; các bộ có sẵn: ${list}`,
          en: `id: no rule pack "${id}"; shipped packs: ${list}`,
        },
      },
    ]);
  }
  const pack = deepFreeze(build[id as ShippedRulePackId]());
  built.set(id, pack);
  return pack;
}
