// Validation of json-rules-engine condition trees written in a rule pack. Done by hand rather than with a recursive
// zod union so that each problem names its exact path and says in both languages what was expected.
import type * as z from 'zod/mini';
import { FACT_CATALOG, type FactDefinition, type RuleSubjectKind } from '../factCatalog.js';

/** The json-rules-engine operators a pack may use (all built in; no custom operator code). */
export const OPERATORS = [
  'equal',
  'notEqual',
  'lessThan',
  'lessThanInclusive',
  'greaterThan',
  'greaterThanInclusive',
  'in',
  'notIn',
  'contains',
  'doesNotContain',
] as const;
export type Operator = (typeof OPERATORS)[number];

type Scalar = number | string | boolean | null;
/** A reference to one of the rule's parameters, resolved when the pack is compiled. */
export interface ParamRef {
  readonly param: string;
}
/** A leaf condition: `fact operator value`, as json-rules-engine writes it. */
export interface LeafCondition {
  readonly fact: string;
  readonly operator: Operator;
  readonly value: Scalar | readonly Scalar[] | ParamRef;
}
/** A json-rules-engine condition tree (all / any / not / leaf), without fact paths or named references. */
export type Condition =
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition }
  | LeafCondition;

/** A JSON scalar: NaN and ±Infinity are not (JSON would write them as null, which means something else). */
const isScalar = (v: unknown): v is Scalar =>
  v === null ||
  (typeof v === 'number' && Number.isFinite(v)) ||
  typeof v === 'string' ||
  typeof v === 'boolean';

export const isParamRef = (v: unknown): v is ParamRef =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  Object.keys(v).length === 1 &&
  typeof (v as { param?: unknown }).param === 'string';

/** Adds a bilingual custom issue. */
export function addIssue(
  ctx: z.core.$RefinementCtx,
  path: PropertyKey[],
  vi: string,
  en: string,
  input?: unknown,
): void {
  ctx.addIssue({ code: 'custom', path, message: en, params: { vi, en }, input });
}

/** Collects every leaf's fact name (depth first, in order). */
export function leafFacts(c: Condition, out: string[] = []): string[] {
  if ('all' in c) for (const x of c.all) leafFacts(x, out);
  else if ('any' in c) for (const x of c.any) leafFacts(x, out);
  else if ('not' in c) leafFacts(c.not, out);
  else out.push(c.fact);
  return out;
}

/**
 * Checks a condition tree: structure, operators, facts known for the subject and declared by the rule, parameter
 * references that exist. Issues are added to `ctx` at `path`.
 */
export function checkCondition(
  node: unknown,
  path: PropertyKey[],
  ctx: z.core.$RefinementCtx,
  subject: RuleSubjectKind,
  declared: ReadonlySet<string>,
  params: Readonly<Record<string, unknown>>,
): void {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) {
    addIssue(
      ctx,
      path,
      'một điều kiện (all, any, not hoặc fact/operator/value)',
      'a condition (all, any, not or fact/operator/value)',
      node,
    );
    return;
  }
  const keys = Object.keys(node);
  const o = node as Record<string, unknown>;
  if (keys.length === 1 && (keys[0] === 'all' || keys[0] === 'any')) {
    const list = o[keys[0]];
    if (!Array.isArray(list) || list.length === 0) {
      addIssue(
        ctx,
        [...path, keys[0]],
        'một danh sách điều kiện không rỗng',
        'a non-empty list of conditions',
        list,
      );
      return;
    }
    list.forEach((c, i) => {
      checkCondition(c, [...path, keys[0]!, i], ctx, subject, declared, params);
    });
    return;
  }
  if (keys.length === 1 && keys[0] === 'not') {
    checkCondition(o.not, [...path, 'not'], ctx, subject, declared, params);
    return;
  }
  const extra = keys.filter((k) => k !== 'fact' && k !== 'operator' && k !== 'value');
  if (extra.length > 0 || !('fact' in o) || !('operator' in o) || !('value' in o)) {
    addIssue(
      ctx,
      path,
      `đúng các trường fact, operator, value (hoặc all/any/not); nhận được: ${keys.join(', ')}`,
      `exactly fact, operator, value (or all/any/not); got: ${keys.join(', ')}`,
      node,
    );
    return;
  }
  const catalog: Record<string, FactDefinition> = FACT_CATALOG[subject];
  if (typeof o.fact !== 'string' || !Object.hasOwn(catalog, o.fact)) {
    addIssue(
      ctx,
      [...path, 'fact'],
      `một dữ kiện của "${subject}": ${Object.keys(catalog).join(', ')}`,
      `a fact of "${subject}": ${Object.keys(catalog).join(', ')}`,
      o.fact,
    );
  } else if (!declared.has(o.fact)) {
    addIssue(
      ctx,
      [...path, 'fact'],
      `dữ kiện "${o.fact}" phải được khai báo trong "facts" của quy tắc`,
      `fact "${o.fact}" declared in the rule's "facts"`,
      o.fact,
    );
  }
  if (typeof o.operator !== 'string' || !(OPERATORS as readonly string[]).includes(o.operator)) {
    addIssue(
      ctx,
      [...path, 'operator'],
      `một trong: ${OPERATORS.join(', ')}`,
      `one of: ${OPERATORS.join(', ')}`,
      o.operator,
    );
  }
  const v = o.value;
  if (isParamRef(v)) {
    if (!Object.hasOwn(params, v.param))
      addIssue(
        ctx,
        [...path, 'value', 'param'],
        `một tham số có trong "params" của quy tắc`,
        `a parameter listed in the rule's "params"`,
        v.param,
      );
  } else if (!isScalar(v) && !(Array.isArray(v) && v.every(isScalar))) {
    addIssue(
      ctx,
      [...path, 'value'],
      'một giá trị (số hữu hạn, chuỗi, đúng/sai, null), một danh sách giá trị, hoặc { "param": tên }',
      'a value (finite number, text, boolean, null), a list of values, or { "param": name }',
      v,
    );
  } else if ((o.operator === 'in' || o.operator === 'notIn') && !Array.isArray(v)) {
    addIssue(
      ctx,
      [...path, 'value'],
      `một danh sách với toán tử ${String(o.operator)}`,
      `a list for operator ${String(o.operator)}`,
      v,
    );
  }
}
