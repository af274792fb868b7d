import * as z from 'zod/mini';
import { CchcError } from '../schema/CchcError.js';
import { parseOrThrow } from '../schema/parse.js';
import { normalCdf, Z95 } from './internal/stats.js';
import type { IndexWithInterval, SipasComment, SipasGroupResult, SipasResult } from './types.js';

/** A criterion ranked among a group's weakest. */
export interface WeakCriterion {
  readonly criterion: string;
  readonly element: string;
  readonly index: number;
  /** Share dissatisfied (1–2), percent, with its Wilson interval. */
  readonly dissatisfied: number | null;
  readonly dissatisfiedLow: number | null;
  readonly dissatisfiedHigh: number | null;
  readonly n: number;
}

/** Change of one index since the previous result, with a test of whether it exceeds sampling noise. */
export interface IndexChange {
  readonly level: 'criterion' | 'element' | 'overall';
  readonly id: string;
  readonly previous: number;
  readonly current: number;
  /** current − previous, in percentage points. */
  readonly change: number;
  /** Test statistic; `null` when it cannot be computed (no variance, no interval). */
  readonly z: number | null;
  /** Two-sided p-value. */
  readonly pValue: number | null;
  /** p < alpha. */
  readonly significant: boolean;
  /** `two-proportion-z` for criterion shares; `interval-z` for scores, elements and overall (see the guide). */
  readonly test: 'two-proportion-z' | 'interval-z';
}

/** The dissatisfaction analysis of one group. */
export interface GroupDissatisfaction {
  readonly key: Readonly<Record<string, string>>;
  readonly label: string;
  readonly n: number;
  /** The `lowest` criteria with the lowest index (ties: higher dissatisfied share first, then id). */
  readonly lowest: readonly WeakCriterion[];
  /** Every criterion with answers, by dissatisfied share, highest first. */
  readonly dissatisfied: readonly WeakCriterion[];
  /** Changes since the previous result's group with the same label (empty without one). */
  readonly changes: readonly IndexChange[];
  /** Free-text comments by element. */
  readonly comments: Readonly<Record<string, readonly SipasComment[]>>;
}

/** Options of {@link analyzeDissatisfaction}. */
export interface DissatisfactionOptions {
  /** How many weakest criteria to list per group: a whole number ≥ 0 (default 3). */
  readonly lowest?: number;
  /** Significance level of the change tests: a number strictly between 0 and 1 (default 0.05). */
  readonly alpha?: number;
}

const DissatisfactionOptionsSchema = z.strictObject({
  lowest: z._default(z.int().check(z.minimum(0)), 3),
  alpha: z._default(z.number().check(z.gt(0), z.lt(1)), 0.05),
});

function interval(a: IndexWithInterval): number | null {
  return a.low === null || a.high === null ? null : (a.high - a.low) / (2 * Z95);
}

function change(
  level: IndexChange['level'],
  id: string,
  before: IndexWithInterval & { effectiveN?: number },
  now: IndexWithInterval & { effectiveN?: number },
  proportion: boolean,
  alpha: number,
): IndexChange | null {
  if (before.index === null || now.index === null) return null;
  let z: number | null = null;
  if (proportion && before.effectiveN && now.effectiveN) {
    const p1 = before.index / 100;
    const p2 = now.index / 100;
    const n1 = before.effectiveN;
    const n2 = now.effectiveN;
    const p = (p1 * n1 + p2 * n2) / (n1 + n2);
    const se = Math.sqrt(p * (1 - p) * (1 / n1 + 1 / n2));
    z = se > 0 ? (p2 - p1) / se : null;
  } else {
    const s1 = interval(before);
    const s2 = interval(now);
    const se = s1 === null || s2 === null ? 0 : Math.sqrt(s1 * s1 + s2 * s2);
    z = se > 0 ? (now.index - before.index) / se : null;
  }
  const pValue = z === null ? null : 2 * (1 - normalCdf(Math.abs(z)));
  return {
    level,
    id,
    previous: before.index,
    current: now.index,
    change: now.index - before.index,
    z,
    pValue,
    significant: pValue !== null && pValue < alpha,
    test: proportion ? 'two-proportion-z' : 'interval-z',
  };
}

/** A group's own entry (an id such as `toString` must not find an inherited property). */
function own<T>(record: Readonly<Record<string, T>>, id: string): T | undefined {
  return Object.hasOwn(record, id) ? record[id] : undefined;
}

function weak(group: SipasGroupResult, structure: SipasResult['structure']): WeakCriterion[] {
  const out: WeakCriterion[] = [];
  for (const { element, criteria } of structure) {
    for (const id of criteria) {
      const c = own(group.criteria, id);
      if (!c || c.index === null) continue;
      out.push({
        criterion: id,
        element,
        index: c.index,
        dissatisfied: c.dissatisfied,
        dissatisfiedLow: c.dissatisfiedLow,
        dissatisfiedHigh: c.dissatisfiedHigh,
        n: c.n,
      });
    }
  }
  return out;
}

const byId = (a: WeakCriterion, b: WeakCriterion) =>
  a.criterion < b.criterion ? -1 : a.criterion > b.criterion ? 1 : 0;

/**
 * Finds what people are not satisfied with (phân tích sự không hài lòng): per group, the weakest criteria, the
 * share "dissatisfied" + "very dissatisfied" of every criterion, the change since last year with a test of whether
 * it exceeds sampling noise, and the free-text comments by element.
 *
 * Change tests: for criterion shares, the two-proportion z test with pooled p and each year's effective n,
 * z = (p₂ − p₁) / √(p(1−p)(1/n₁ + 1/n₂)); for mean scores, element and overall indices, z = Δ / √(se₁² + se₂²)
 * with se = (high − low) / (2 · 1.96) read from each 95% interval (an approximation: it treats the bootstrap
 * interval as normal). Groups are matched by label (e.g. the unit code); criteria by id.
 *
 * @param result - This year's {@link scoreSipas} result.
 * @param previous - Last year's result, scored with the same method.
 * @param options - `lowest`: how many weakest criteria to list, a whole number ≥ 0 (default 3); `alpha`: the
 *   significance level, strictly between 0 and 1 (default 0.05). No other keys.
 * @returns One analysis per group of `result`, in the same order.
 * @throws {@link CchcError} when the two results use different methods, or an option is not as described (the
 *   issue names `options.lowest` / `options.alpha` and what was expected).
 * @example
 * const a = analyzeDissatisfaction(scoreSipas(inst, thisYear, { by: ['unitCode'] }), lastYearResult)
 * a[0].lowest[0].criterion //=> e.g. 'E1.3'
 */
export function analyzeDissatisfaction(
  result: SipasResult,
  previous?: SipasResult,
  options?: DissatisfactionOptions,
): GroupDissatisfaction[] {
  const { lowest: lowestCount, alpha } = parseOrThrow(
    DissatisfactionOptionsSchema,
    options ?? {},
    'options',
  );
  if (previous && previous.method !== result.method) {
    throw new CchcError('incompatible-results', [
      {
        path: 'previous.method',
        value: previous.method,
        expected: { vi: `phương pháp "${result.method}"`, en: `method "${result.method}"` },
        message: {
          vi: `previous.method: năm trước tính bằng "${previous.method}", năm nay "${result.method}" — không so sánh được`,
          en: `previous.method: last year used "${previous.method}", this year "${result.method}" — not comparable`,
        },
      },
    ]);
  }
  const proportion = result.method !== 'mean-score';
  const before = new Map((previous?.groups ?? []).map((g) => [g.label, g]));
  return result.groups.map((group) => {
    const criteria = weak(group, result.structure);
    const lowest = [...criteria]
      .sort(
        (a, b) => a.index - b.index || (b.dissatisfied ?? 0) - (a.dissatisfied ?? 0) || byId(a, b),
      )
      .slice(0, lowestCount);
    const dissatisfied = [...criteria].sort(
      (a, b) => (b.dissatisfied ?? 0) - (a.dissatisfied ?? 0) || byId(a, b),
    );
    const old = before.get(group.label);
    const changes: IndexChange[] = [];
    if (old) {
      const push = (c: IndexChange | null) => c && changes.push(c);
      push(change('overall', 'overall', old.overall, group.overall, false, alpha));
      for (const { element, criteria: ids } of result.structure) {
        const e0 = own(old.elements, element);
        const e1 = own(group.elements, element);
        if (e0 && e1) push(change('element', element, e0, e1, false, alpha));
        for (const id of ids) {
          const c0 = own(old.criteria, id);
          const c1 = own(group.criteria, id);
          if (c0 && c1) push(change('criterion', id, c0, c1, proportion, alpha));
        }
      }
    }
    return {
      key: group.key,
      label: group.label,
      n: group.n,
      lowest,
      dissatisfied,
      changes,
      comments: group.comments,
    };
  });
}
