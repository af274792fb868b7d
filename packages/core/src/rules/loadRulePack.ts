import { assemblePack, PACK_RECIPES, shippedPackId } from './internal/packRecipe.js';
import type { RulePack } from './rulePackSchema.js';
import type { ShippedRulePackId } from './shippedRulePacks.js';

// One dynamic import per file, written out so that bundlers see each one and split it into its own chunk. This
// module must not import getRulePack.ts (whose static imports would bundle every pack), nor the reverse.
const files: Record<ShippedRulePackId, () => Promise<{ default: unknown }>> = {
  'vn-one-stop-2015': () => import('../../data/rule-packs/vn-one-stop-2015.json'),
  'khanhson-2017': () => import('../../data/rule-packs/khanhson-2017.json'),
  'vn-one-stop-2018': () => import('../../data/rule-packs/vn-one-stop-2018.json'),
  'vn-one-stop-2025': () => import('../../data/rule-packs/vn-one-stop-2025.json'),
};
// One load per pack; a failed load (a chunk that could not be fetched) is forgotten so that a later call retries.
const loads = new Map<ShippedRulePackId, Promise<RulePack>>();

async function build(id: ShippedRulePackId): Promise<RulePack> {
  const base = PACK_RECIPES[id].base;
  const [file, basePack] = await Promise.all([
    files[id](),
    base === undefined ? undefined : loadRulePack(base),
  ]);
  return assemblePack(id, file.default, basePack);
}

/**
 * Loads a shipped rule pack (tải bộ quy tắc có sẵn) on demand: the same validated, frozen pack as
 * {@link getRulePack}, but each pack's JSON is fetched by a dynamic `import()` on first use, so a bundler puts it in
 * a chunk of its own and a page downloads only the pack it needs (with its base: `khanhson-2017` loads
 * `vn-one-stop-2015`, `vn-one-stop-2025` loads `vn-one-stop-2018`).
 *
 * Each pack is loaded once; later calls resolve to the same frozen object.
 *
 * @param id - A shipped pack id (see {@link SHIPPED_RULE_PACKS}).
 * @returns A promise of the pack.
 * @throws {@link CchcError} (as a rejected promise) for an id that is not a text or not a shipped pack, in
 *   Vietnamese and English; the error a failed chunk fetch gives (a network error) otherwise.
 * @example
 * const pack = await loadRulePack('khanhson-2017')
 * pack.lineage //=> ['vn-one-stop-2015']
 * @see Quyết định 09/2015/QĐ-TTg; Nghị định 61/2018/NĐ-CP; Nghị định 118/2025/NĐ-CP
 */
export async function loadRulePack(id: ShippedRulePackId | (string & {})): Promise<RulePack> {
  const known = shippedPackId(id);
  let load = loads.get(known);
  if (load === undefined) {
    load = build(known);
    loads.set(known, load);
    load.catch(() => {
      if (loads.get(known) === load) loads.delete(known);
    });
  }
  return load;
}
