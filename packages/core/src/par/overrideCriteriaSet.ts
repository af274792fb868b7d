import * as z from 'zod/mini';
import { SourceSchema } from '../calendar/holidayTable.js';
import { CchcError, type CchcIssue } from '../schema/CchcError.js';
import { parseOrThrow } from '../schema/parse.js';
import { PlainDateSchema } from '../schema/plainDate.js';
import { UnitLevelSchema } from '../schema/unit.js';
import {
  BilingualTextSchema,
  type CriteriaSet,
  type Criterion,
  CriterionMethodSchema,
  CriterionSchema,
  RatingBandSchema,
} from './criteriaSetSchema.js';
import { parseCriteriaSet } from './internal/parseCriteriaSet.js';
import { ownRecord } from './internal/records.js';

/**
 * A province's or district's changes to a criteria set (điều chỉnh bộ tiêu chí): new maxima, new scoring methods,
 * added and removed criteria, its own bands. Applied in the order remove → add → points → methods.
 */
export const CriteriaSetOverrideSchema = z.strictObject({
  /** Id of the resulting set. */
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/)),
  version: z.string().check(z.minLength(1)),
  title: z.optional(BilingualTextSchema),
  level: z.optional(UnitLevelSchema),
  /** Defaults to the base set's `example`. */
  example: z.optional(z.boolean()),
  /** Defaults to false: an override is verified only when its author says so. */
  verified: z.optional(z.boolean()),
  validFrom: z.optional(PlainDateSchema),
  validTo: z.optional(PlainDateSchema),
  /** The document that makes the change (e.g. the province's decision). */
  sources: z.array(SourceSchema).check(z.minLength(1)),
  note: z.optional(BilingualTextSchema),
  bands: z.optional(z.array(RatingBandSchema).check(z.minLength(1))),
  /** New maximum per criterion id (any level: a field, a criterion, a sub-criterion). */
  points: z.optional(ownRecord(z.number())),
  /** New scoring method per leaf criterion id. */
  methods: z.optional(ownRecord(CriterionMethodSchema)),
  /** Criteria to add: under `parent` (a criterion id), or as a new field when `parent` is omitted; after `after` or last. */
  add: z.optional(
    z.array(
      z.strictObject({
        parent: z.optional(z.string().check(z.minLength(1))),
        after: z.optional(z.string().check(z.minLength(1))),
        criterion: CriterionSchema,
      }),
    ),
  ),
  /** Criteria (with their sub-criteria) to remove. */
  remove: z.optional(z.array(z.string().check(z.minLength(1)))),
});
/** A province's or district's changes to a criteria set. */
export type CriteriaSetOverride = z.input<typeof CriteriaSetOverrideSchema>;

interface Located {
  node: Criterion;
  siblings: Criterion[];
}

function locate(fields: Criterion[], id: string): Located | undefined {
  const walk = (list: Criterion[]): Located | undefined => {
    for (const node of list) {
      if (node.id === id) return { node, siblings: list };
      const found = node.children ? walk(node.children) : undefined;
      if (found) return found;
    }
    return undefined;
  };
  return walk(fields);
}

/** A deep copy of a criterion (plain JSON data), so the base set is never modified. */
function cloneCriterion(c: Criterion): Criterion {
  return JSON.parse(JSON.stringify(c)) as Criterion;
}

function unknownId(path: string, id: string): CchcIssue {
  return {
    path,
    value: id,
    expected: {
      vi: 'mã một tiêu chí của bộ chỉ số gốc',
      en: 'the id of a criterion in the base set',
    },
    message: {
      vi: `Tiêu chí "${id}" — override.${path}: không có trong bộ chỉ số gốc`,
      en: `Criterion "${id}" — override.${path}: not in the base set`,
    },
  };
}

/**
 * Derives a criteria set from a base one with a province's or district's changes, then validates the result:
 * children's maxima must add up to the parent's, ids stay unique, no negative maximum — every error names the criterion.
 *
 * @param base - The set to start from (validated here), e.g. `getCriteriaSet('example-commune-2017')`.
 * @param override - The changes; see {@link CriteriaSetOverrideSchema}. To add a criterion, also raise its parent's
 *   maximum (and the parent's parent's) so the sums still hold.
 * @returns The new, validated set, with `basedOn: { id, version }` of the base.
 * @throws CchcError when the override names an unknown criterion or the result is not a valid set.
 * @example
 * overrideCriteriaSet(getCriteriaSet('example-commune-2017'), {
 *   id: 'ks-commune-2017', version: '1', sources: [{ document: 'QĐ …/QĐ-UBND', issuer: 'UBND huyện Khánh Sơn' }],
 *   points: { '3': 27 },
 *   add: [{ parent: '3', criterion: { id: '3.6', title: { vi: '…', en: '…' }, max: 2, method: { type: 'rate' } } }],
 * })
 */
export function overrideCriteriaSet(base: unknown, override: unknown): CriteriaSet {
  const from = parseCriteriaSet(base, 'base');
  const o = parseOrThrow(CriteriaSetOverrideSchema, override, 'override');
  const fields = from.fields.map(cloneCriterion);
  const issues: CchcIssue[] = [];
  (o.remove ?? []).forEach((id, i) => {
    const at = locate(fields, id);
    if (at === undefined) issues.push(unknownId(`remove[${i}]`, id));
    else at.siblings.splice(at.siblings.indexOf(at.node), 1);
  });
  (o.add ?? []).forEach((item, i) => {
    const parent = item.parent === undefined ? undefined : locate(fields, item.parent);
    if (item.parent !== undefined && parent === undefined) {
      issues.push(unknownId(`add[${i}].parent`, item.parent));
      return;
    }
    if (parent !== undefined && parent.node.children === undefined) {
      // A leaf becomes a criterion with sub-criteria: it loses its own method.
      parent.node.children = [];
      delete parent.node.method;
    }
    const list = parent === undefined ? fields : parent.node.children!;
    const after =
      item.after === undefined ? -1 : list.findIndex((c: Criterion) => c.id === item.after);
    if (item.after !== undefined && after < 0) {
      issues.push(unknownId(`add[${i}].after`, item.after));
      return;
    }
    list.splice(after < 0 ? list.length : after + 1, 0, cloneCriterion(item.criterion));
  });
  for (const [id, max] of Object.entries(o.points ?? {})) {
    const at = locate(fields, id);
    if (at === undefined) issues.push(unknownId(`points["${id}"]`, id));
    else at.node.max = max;
  }
  for (const [id, method] of Object.entries(o.methods ?? {})) {
    const at = locate(fields, id);
    if (at === undefined) issues.push(unknownId(`methods["${id}"]`, id));
    else at.node.method = method;
  }
  if (issues.length > 0) throw new CchcError('invalid-override', issues);
  const result = {
    id: o.id,
    version: o.version,
    title: o.title ?? from.title,
    ...((o.level ?? from.level) === undefined ? {} : { level: o.level ?? from.level }),
    example: o.example ?? from.example,
    verified: o.verified ?? false,
    ...((o.validFrom ?? from.validFrom) === undefined
      ? {}
      : { validFrom: o.validFrom ?? from.validFrom }),
    ...((o.validTo ?? from.validTo) === undefined ? {} : { validTo: o.validTo ?? from.validTo }),
    sources: [...o.sources, ...from.sources],
    ...((o.note ?? from.note) === undefined ? {} : { note: o.note ?? from.note }),
    basedOn: { id: from.id, version: from.version },
    bands: o.bands ?? from.bands,
    fields,
  };
  return parseCriteriaSet(result, o.id);
}
