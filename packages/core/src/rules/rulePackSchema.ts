import * as z from 'zod/mini';
import { PlainDateSchema } from '../schema/plainDate.js';
import { FACT_CATALOG, type FactDefinition, type RuleSubjectKind } from './factCatalog.js';
import { addIssue, checkCondition, isParamRef } from './internal/conditionCheck.js';
import { patternString } from './internal/patternString.js';

export type { Condition, LeafCondition, Operator, ParamRef } from './internal/conditionCheck.js';

/** Vietnamese and English text, Vietnamese first. */
export const BilingualSchema = z.strictObject({
  vi: z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
});

/**
 * Zod schema of a legal citation (căn cứ pháp lý): document number and title, date, issuer, article/clause, the form
 * it prescribes, and whether the wording was read in the document itself (`verified`).
 */
export const CitationSchema = z.strictObject({
  document: z.string().check(z.minLength(1)),
  date: z.optional(PlainDateSchema),
  issuer: z.string().check(z.minLength(1)),
  article: z.optional(z.string().check(z.minLength(1))),
  /** Form number in the regime's form map, e.g. `'02'` (Mẫu 02). */
  form: z.optional(z.string().check(z.minLength(1))),
  verified: z.boolean(),
  note: z.optional(z.string()),
  url: z.optional(z.string().check(z.minLength(1))),
});
/** A legal citation. */
export type Citation = z.infer<typeof CitationSchema>;

/** A number of working days: a whole number, 0 or more. */
const isDayCount = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0;

const ParamValueSchema = z.union([
  z.number(),
  z.string(),
  z.boolean(),
  z.array(z.union([z.number(), z.string()])),
]);
const ParamRefSchema = z.strictObject({ param: z.string().check(z.minLength(1)) });
const StatusTemplates = z.strictObject({
  met: z.optional(BilingualSchema),
  missed: z.optional(BilingualSchema),
  pending: z.optional(BilingualSchema),
  'not-applicable': z.optional(BilingualSchema),
});

/** Rule id pattern: lower-case words joined by dots, e.g. `notice.supplement-request`. */
export const RULE_ID_PATTERN = /^[a-z][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+$/;

const RuleShape = z.strictObject({
  id: patternString(
    RULE_ID_PATTERN,
    'một mã quy tắc như notice.receipt',
    'a rule id such as notice.receipt',
  ),
  title: BilingualSchema,
  description: z.optional(BilingualSchema),
  subject: z.enum(['dossier', 'inspection-week', 'inspection', 'report', 'feedback']),
  severity: z.enum(['high', 'medium', 'low']),
  verified: z.boolean(),
  /** Parameters (tham số) that conditions and deadlines refer to as `{ "param": name }`. */
  params: z._default(z.record(z.string(), ParamValueSchema), {}),
  /** The facts the rule needs; every fact its conditions test must be listed. */
  facts: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  conditions: z.strictObject({
    /** When false, the rule does not apply (`not-applicable`). Omitted: always applies. */
    applies: z.optional(z.unknown()),
    /** When true, the obligation is met. */
    met: z.unknown(),
    /** When not met and this holds, the obligation is still open (`pending`); otherwise it is missed. */
    pending: z.optional(z.unknown()),
  }),
  /** How the finding's `dueDate`, `actualDate` and `lateByWorkingDays` are worked out (date facts). */
  deadline: z.optional(
    z.strictObject({
      from: z.optional(z.string().check(z.minLength(1))),
      workingDays: z.optional(z.union([z.int().check(z.minimum(0)), ParamRefSchema])),
      /** Count the working days backwards from `from` (a notice due N days before a date). */
      before: z.optional(z.boolean()),
      actual: z.optional(z.string().check(z.minLength(1))),
      /** A date fact after which an undone obligation stops counting (e.g. the result was handed over). */
      until: z.optional(z.string().check(z.minLength(1))),
    }),
  ),
  /** For `report` rules: how often the report is due and how its data window is cut. */
  schedule: z.optional(
    z.strictObject({
      every: z.enum(['month', 'quarter', 'half-year', 'nine-months', 'year']),
      /** `'decree-09-2019'`: data from the 15th of the month before to the 14th; `'calendar'`: calendar months. */
      window: z.enum(['decree-09-2019', 'calendar']),
    }),
  ),
  citations: z.array(CitationSchema).check(z.minLength(1)),
  /** Message templates; `{dueDate}`, `{actualDate}`, `{lateByWorkingDays}` and `{title}` are filled in. */
  messages: z.optional(StatusTemplates),
});

function checkRule(rule: z.output<typeof RuleShape>, ctx: z.core.$RefinementCtx): void {
  const subject: RuleSubjectKind = rule.subject;
  const catalog: Record<string, FactDefinition> = FACT_CATALOG[subject];
  rule.facts.forEach((f, i) => {
    if (!Object.hasOwn(catalog, f))
      addIssue(
        ctx,
        ['facts', i],
        `một dữ kiện của "${subject}": ${Object.keys(catalog).join(', ')}`,
        `a fact of "${subject}": ${Object.keys(catalog).join(', ')}`,
        f,
      );
  });
  const declared = new Set(rule.facts);
  for (const stage of ['applies', 'met', 'pending'] as const) {
    const c = rule.conditions[stage];
    if (c === undefined && stage !== 'met') continue;
    checkCondition(c, ['conditions', stage], ctx, subject, declared, rule.params);
  }
  const dl = rule.deadline;
  for (const key of ['from', 'actual', 'until'] as const) {
    const f = dl?.[key];
    if (f !== undefined && (!Object.hasOwn(catalog, f) || catalog[f]?.type !== 'date'))
      addIssue(
        ctx,
        ['deadline', key],
        `một dữ kiện ngày của "${subject}"`,
        `a date fact of "${subject}"`,
        f,
      );
  }
  const wd = dl?.workingDays;
  if (
    isParamRef(wd) &&
    (!Object.hasOwn(rule.params, wd.param) || !isDayCount(rule.params[wd.param]))
  )
    addIssue(
      ctx,
      ['deadline', 'workingDays', 'param'],
      'một tham số có trong "params" mang số nguyên ≥ 0 (số ngày làm việc)',
      'a parameter listed in "params" holding a whole number ≥ 0 (working days)',
      wd.param,
    );
  if ((subject === 'report') !== (rule.schedule !== undefined))
    addIssue(
      ctx,
      ['schedule'],
      'lịch báo cáo (schedule) khi và chỉ khi subject là "report"',
      'a schedule exactly when the subject is "report"',
      rule.schedule,
    );
  if (subject === 'report' && (dl?.from !== 'cutoffDay' || dl.workingDays === undefined))
    addIssue(
      ctx,
      ['deadline'],
      'với báo cáo: deadline.from = "cutoffDay" và deadline.workingDays',
      'for reports: deadline.from = "cutoffDay" and deadline.workingDays',
      dl,
    );
}

/**
 * Zod schema of one rule (quy tắc) of a rule pack: id, bilingual title, subject, severity, parameters, the facts it
 * needs, json-rules-engine conditions for `applies` / `met` / `pending`, the deadline it reports, and citations.
 *
 * Status: `not-applicable` when `applies` is false; else `met` when `met` holds; else `pending` when `pending` holds;
 * else `missed`.
 */
export const RuleSchema = RuleShape.check(z.superRefine(checkRule));
/** One rule of a pack. */
export type Rule = z.output<typeof RuleSchema>;
/** One rule as written in JSON. */
export type RuleInput = z.input<typeof RuleSchema>;

/** How receipt times count (UNVERIFIED as law: common practice, configurable). */
export const ReceptionConventionSchema = z.strictObject({
  /** Office closing time, `'HH:mm'`; a dossier received at or after it counts from the next working day. */
  closesAt: patternString(/^([01]\d|2[0-3]):[0-5]\d$/, 'một giờ dạng HH:mm', 'a time HH:mm'),
  afterHoursCountsNextWorkingDay: z.boolean(),
  nonWorkingDayCountsNextWorkingDay: z.boolean(),
  verified: z.boolean(),
  note: z.optional(z.string()),
});
/** How receipt times count. */
export type ReceptionConvention = z.infer<typeof ReceptionConventionSchema>;

const PackMeta = {
  id: z.string().check(z.minLength(1)),
  version: z.string().check(z.minLength(1)),
  title: BilingualSchema,
  description: z.optional(BilingualSchema),
  /** Where the pack applies, e.g. 'VN' or 'VN-KH/Khánh Sơn'. */
  jurisdiction: z.string().check(z.minLength(1)),
  validFrom: PlainDateSchema,
  validTo: z.optional(PlainDateSchema),
  verified: z.boolean(),
  sources: z.array(CitationSchema).check(z.minLength(1)),
  /** Form numbers of the regime (Mẫu 01 …) with their names and aliases. */
  forms: z.optional(
    z.record(
      z.string(),
      z.strictObject({
        name: BilingualSchema,
        aliases: z.optional(z.array(z.string().check(z.minLength(1)))),
      }),
    ),
  ),
};

/**
 * Zod schema of a rule pack (bộ quy tắc): a versioned, cited set of rules for one regime, with its validity dates,
 * sources, the reception convention and the regime's form map. Shipped packs and user packs go through it alike.
 *
 * @example
 * RulePackSchema.parse(getRulePack('vn-one-stop-2018')) // a shipped pack re-validates
 * @see Nghị định 61/2018/NĐ-CP; Thông tư 01/2018/TT-VPCP
 */
export const RulePackSchema = z
  .strictObject({
    ...PackMeta,
    /** Ids of the packs this one was merged from, oldest first. */
    lineage: z.optional(z.array(z.string().check(z.minLength(1)))),
    reception: ReceptionConventionSchema,
    rules: z.array(RuleSchema).check(z.minLength(1)),
  })
  .check(
    z.superRefine((pack, ctx) => {
      if (pack.validTo !== undefined && pack.validTo < pack.validFrom)
        addIssue(
          ctx,
          ['validTo'],
          `một ngày không trước validFrom (${pack.validFrom})`,
          `a date not before validFrom (${pack.validFrom})`,
          pack.validTo,
        );
      const seen = new Map<string, number>();
      pack.rules.forEach((r, i) => {
        const first = seen.get(r.id);
        if (first !== undefined)
          addIssue(
            ctx,
            ['rules', i, 'id'],
            `mã quy tắc không trùng (đã có ở rules[${first}])`,
            `a rule id used once (already at rules[${first}])`,
            r.id,
          );
        seen.set(r.id, i);
      });
    }),
  );
/** A validated rule pack. */
export type RulePack = z.output<typeof RulePackSchema>;
/** A rule pack as written in JSON. */
export type RulePackInput = z.input<typeof RulePackSchema>;

/** What an override may change in an existing rule: any field but `id` and `subject`; `params` are merged. */
export const RuleOverrideSchema = z.extend(z.partial(z.omit(RuleShape, { subject: true })), {
  id: z.string().check(z.minLength(1)),
  addCitations: z.optional(z.array(CitationSchema)),
});
/** A change to one rule of the base pack. */
export type RuleOverride = z.input<typeof RuleOverrideSchema>;

/**
 * Zod schema of an override pack (lớp quy định địa phương): a province's or district's layer over a national pack.
 * `override` changes existing rules by id (parameters are merged, other fields replaced); `add` brings new rules,
 * which must not exist in the base; `remove` drops rules by id.
 *
 * @example
 * { "id": "vn-kh-2x-week", "extends": "khanhson-2017", "version": "1", …, "override": [{ "id": "inspection.weekly", "params": { "minPerWeek": 2 } }] }
 */
export const RulePackOverrideSchema = z.strictObject({
  ...PackMeta,
  validFrom: z.optional(PlainDateSchema),
  /** Id of the pack it is written for; checked by mergeRulePacks when given. */
  extends: z.optional(z.string().check(z.minLength(1))),
  reception: z.optional(z.partial(ReceptionConventionSchema)),
  override: z._default(z.array(RuleOverrideSchema), []),
  add: z._default(z.array(RuleSchema), []),
  remove: z._default(z.array(z.string().check(z.minLength(1))), []),
});
/** An override pack as written in JSON. */
export type RulePackOverride = z.input<typeof RulePackOverrideSchema>;
