import { type Bilingual, CchcError, type CchcIssue } from '../schema/CchcError.js';
import { parseOrThrow } from '../schema/parse.js';
import {
  type RulePack,
  type RulePackOverride,
  RulePackOverrideSchema,
  RulePackSchema,
} from './rulePackSchema.js';

function problem(
  path: string,
  value: unknown,
  expected: Bilingual,
  vi: string,
  en: string,
): CchcIssue {
  return { path, value, expected, message: { vi: `${path}: ${vi}`, en: `${path}: ${en}` } };
}

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
  const issues: CchcIssue[] = [];
  if (o.extends !== undefined && o.extends !== b.id)
    issues.push(
      problem(
        'override.extends',
        o.extends,
        { vi: `"${b.id}"`, en: `"${b.id}"` },
        `lớp ghi đè viết cho bộ "${o.extends}", không phải "${b.id}"`,
        `the override is written for pack "${o.extends}", not "${b.id}"`,
      ),
    );
  const rules = new Map(b.rules.map((r) => [r.id, r] as const));
  const known = { vi: `một mã quy tắc của bộ "${b.id}"`, en: `a rule id of pack "${b.id}"` };
  o.remove.forEach((id, i) => {
    if (!rules.delete(id))
      issues.push(
        problem(
          `override.remove[${i}]`,
          id,
          known,
          `không có quy tắc "${id}" trong bộ "${b.id}"`,
          `pack "${b.id}" has no rule "${id}"`,
        ),
      );
  });
  o.override.forEach((change, i) => {
    const current = rules.get(change.id);
    if (current === undefined) {
      issues.push(
        problem(
          `override.override[${i}].id`,
          change.id,
          known,
          `không có quy tắc "${change.id}" trong bộ "${b.id}"; muốn thêm quy tắc mới thì đặt vào "add"`,
          `pack "${b.id}" has no rule "${change.id}"; to add a new rule put it under "add"`,
        ),
      );
      return;
    }
    const { id, params, citations, addCitations, ...fields } = change;
    const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    rules.set(id, {
      ...current,
      ...defined,
      params: { ...current.params, ...(params ?? {}) },
      citations: [...(citations ?? current.citations), ...(addCitations ?? [])],
    });
  });
  o.add.forEach((rule, i) => {
    if (rules.has(rule.id))
      issues.push(
        problem(
          `override.add[${i}].id`,
          rule.id,
          { vi: 'một mã quy tắc mới', en: 'a new rule id' },
          `quy tắc "${rule.id}" đã có trong bộ "${b.id}"; muốn sửa thì dùng "override"`,
          `rule "${rule.id}" already exists in pack "${b.id}"; to change it use "override"`,
        ),
      );
    else rules.set(rule.id, rule);
  });
  if (issues.length > 0) throw new CchcError('invalid-override', issues);
  const validTo = o.validTo ?? (o.validFrom === undefined ? b.validTo : undefined);
  const merged = {
    id: o.id,
    version: o.version,
    title: o.title,
    ...(o.description === undefined ? {} : { description: o.description }),
    jurisdiction: o.jurisdiction,
    validFrom: o.validFrom ?? b.validFrom,
    // An override that sets its own start does not inherit the base's end (a new regime may be open-ended).
    ...(validTo === undefined ? {} : { validTo }),
    verified: b.verified && o.verified,
    sources: [...b.sources, ...o.sources],
    ...(b.forms === undefined && o.forms === undefined
      ? {}
      : { forms: { ...b.forms, ...o.forms } }),
    lineage: [...(b.lineage ?? []), b.id],
    reception: { ...b.reception, ...(o.reception ?? {}) },
    rules: [...rules.values()],
  };
  return parseOrThrow(RulePackSchema, merged, `mergeRulePacks(${b.id}, ${o.id})`);
}
