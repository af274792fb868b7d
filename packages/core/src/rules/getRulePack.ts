import khanhson2017 from '../../data/rule-packs/khanhson-2017.json';
import oneStop2015 from '../../data/rule-packs/vn-one-stop-2015.json';
import oneStop2018 from '../../data/rule-packs/vn-one-stop-2018.json';
import oneStop2025 from '../../data/rule-packs/vn-one-stop-2025.json';
import { assemblePack, PACK_RECIPES, shippedPackId } from './internal/packRecipe.js';
import type { RulePack } from './rulePackSchema.js';
import type { ShippedRulePackId } from './shippedRulePacks.js';

// Every pack's file, bundled with this module (loadRulePack.ts is the on-demand counterpart).
const files: Record<ShippedRulePackId, unknown> = {
  'vn-one-stop-2015': oneStop2015,
  'khanhson-2017': khanhson2017,
  'vn-one-stop-2018': oneStop2018,
  'vn-one-stop-2025': oneStop2025,
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
 * Every shipped pack is bundled with this function; a page that needs one pack at most should use
 * {@link loadRulePack}, which fetches each pack on first use.
 *
 * @param id - A shipped pack id.
 * @returns The pack.
 * @throws {@link CchcError} for an unknown id.
 * @example
 * getRulePack('khanhson-2017').rules.find((r) => r.id === 'inspection.weekly')?.params //=> { minPerWeek: 1 }
 * @see Quyết định 09/2015/QĐ-TTg; Nghị định 61/2018/NĐ-CP; Nghị định 118/2025/NĐ-CP
 */
export function getRulePack(id: ShippedRulePackId | (string & {})): RulePack {
  const cached = typeof id === 'string' ? built.get(id) : undefined;
  if (cached !== undefined) return cached;
  const known = shippedPackId(id);
  const base = PACK_RECIPES[known].base;
  const pack = assemblePack(
    known,
    files[known],
    base === undefined ? undefined : getRulePack(base),
  );
  built.set(known, pack);
  return pack;
}
