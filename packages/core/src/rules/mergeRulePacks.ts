import { parseOrThrow } from '../schema/parse.js';
import { mergeParsedPacks } from './internal/mergeParsed.js';
import {
  type RulePack,
  type RulePackOverride,
  RulePackOverrideSchema,
  RulePackSchema,
} from './rulePackSchema.js';

/**
 * Merges a provincial or local override pack over a base pack (hợp nhất bộ quy tắc): a pure function whose result
 * is validated like any pack.
 *
 * - `override[]` changes rules of the base by id: `params` are merged key by key, `citations` replaced, `addCitations`
 *   appended, every other given field replaced. An id the base does not have is an error — a new rule must be put
 *   under `add`, so a typo cannot silently create a rule that never fires.
 * - `add[]` appends new rules (an id already in the base is an error); `remove[]` drops rules by id.
 * - The result takes the override's id, version, title and jurisdiction; its dates, or the base's when it gives
 *   none (an override that sets `validFrom` without `validTo` is open-ended);
 *   both packs' sources, `verified` only if both are, and `lineage` = base lineage + base id.
 *
 * @param base - A rule pack (validated here).
 * @param override - An override pack (validated here); its `extends`, when given, must be the base's id.
 * @returns The merged, validated pack.
 * @throws {@link CchcError} naming the field, in Vietnamese and English, on an invalid input, an unknown rule id,
 *   a duplicate added rule or an invalid merged pack.
 * @example
 * const twiceAWeek = mergeRulePacks(getRulePack('khanhson-2017'), {
 *   id: 'khanhson-2017-2x', version: '1', title: { vi: '…', en: '…' }, jurisdiction: 'VN-KH/Khánh Sơn',
 *   verified: false, sources: [{ document: 'Quyết định …/QĐ-UBND', issuer: 'UBND huyện Khánh Sơn', verified: false }],
 *   override: [{ id: 'inspection.weekly', params: { minPerWeek: 2 } }],
 * })
 */
export function mergeRulePacks(base: unknown, override: RulePackOverride | unknown): RulePack {
  const b = parseOrThrow(RulePackSchema, base, 'base');
  const o = parseOrThrow(RulePackOverrideSchema, override, 'override');
  return parseOrThrow(RulePackSchema, mergeParsedPacks(b, o), `mergeRulePacks(${b.id}, ${o.id})`);
}
