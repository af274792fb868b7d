// The merge of an override over a base pack, both already valid: mergeRulePacks validates its arguments and the
// result with zod around it; the shipped override packs are merged here alone (their files are stored in parsed form,
// and loadRulePack.test.ts proves the result equal to mergeRulePacks'). Free of zod.
import type * as z from 'zod/mini';
import { type Bilingual, CchcError, type CchcIssue } from '../../schema/CchcError.js';
import type { RulePack, RulePackOverrideSchema } from '../rulePackSchema.js';

/** An override pack as RulePackOverrideSchema returns it. */
export type ParsedOverride = z.output<typeof RulePackOverrideSchema>;

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
 * The pack `o` makes of `b` (rules changed, added, removed; dates, sources, lineage), not yet validated as a whole.
 *
 * @throws CchcError `invalid-override` for an `extends` naming another pack, or a rule id that is unknown or taken.
 */
export function mergeParsedPacks(b: RulePack, o: ParsedOverride) {
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
  return merged;
}
