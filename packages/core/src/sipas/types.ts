import type { Bilingual, CchcIssue } from '../schema/CchcError.js';
import type { ScoringMethod } from './instrumentSchema.js';

/** What is wrong with one answer or one response. */
export type SipasIssueKind =
  /** The response is not a well-formed object (missing unit, bad weight type…). */
  | 'invalid-row'
  /** An answer to a question the instrument does not have. */
  | 'unknown-question'
  /** A value outside the question's scale or options (e.g. 7 on a 1–5 scale). */
  | 'out-of-scale'
  /** An answer to a question the skip logic or service filter skipped (e.g. E5.x when F0 = "no"). */
  | 'skipped-question'
  /** A respondent id seen before. */
  | 'duplicate-respondent'
  /** Weighted scoring, and the response has no weight. */
  | 'missing-weight';

/** One problem in the responses, located by row (1-based) and path, in Vietnamese and English. */
export interface SipasIssue extends CchcIssue {
  readonly kind: SipasIssueKind;
  readonly respondentId?: string;
  /** The question concerned, when there is one. */
  readonly question?: string;
}

/** The outcome of {@link validateResponses}. */
export interface SipasValidation {
  /** True when no issue was found. */
  readonly valid: boolean;
  /** Every issue, in row order. */
  readonly issues: readonly SipasIssue[];
  /** Issues grouped by row (only rows with issues). */
  readonly rows: readonly {
    readonly row: number;
    readonly respondentId?: string;
    readonly issues: readonly SipasIssue[];
  }[];
}

/** A percentage with its 95% interval; `null` when there is nothing to compute it from. */
export interface IndexWithInterval {
  readonly index: number | null;
  readonly low: number | null;
  readonly high: number | null;
}

/** One criterion (tiêu chí) of one group. */
export interface CriterionResult extends IndexWithInterval {
  /** Valid answers (1–5), unweighted count. */
  readonly n: number;
  /** Σ weights of valid answers (= n when unweighted). */
  readonly weightedN: number;
  /**
   * Effective sample size (Σw)² / Σw² used by the Wilson interval (= n when unweighted). Σw² is kept in fixed point
   * (units of 2⁻¹⁶), so it is approximate for weights below ≈ 0.05 (and capped at n) and 0 when every weight is
   * below ≈ 0.0028; the intervals are then `null`. Normalise such weights (e.g. to mean 1) first.
   */
  readonly effectiveN: number;
  /** Share satisfied (levels ≥ satisfiedFrom, default 4–5), percent. */
  readonly satisfied: number | null;
  /** Share dissatisfied (levels ≤ dissatisfiedTo, default 1–2), percent, with its Wilson interval. */
  readonly dissatisfied: number | null;
  readonly dissatisfiedLow: number | null;
  readonly dissatisfiedHigh: number | null;
  /** Answers "not applicable" (code 0), skipped by the skip logic, and left blank — unweighted counts. */
  readonly notApplicable: number;
  readonly skipped: number;
  readonly noAnswer: number;
  /** Unweighted count of each level 1–5 (index 0 = level 1). */
  readonly levels: readonly [number, number, number, number, number];
}

/** One element (yếu tố) of one group. */
export interface ElementResult extends IndexWithInterval {
  /** Respondents with at least one valid answer in the element. */
  readonly n: number;
}

/** The comprehensive satisfaction index: share of respondents all of whose valid answers are satisfied. */
export interface ComprehensiveResult extends IndexWithInterval {
  /** Respondents with at least one valid counted answer. */
  readonly n: number;
}

/** The overall index of one group. */
export interface OverallResult extends IndexWithInterval {
  /** Scored elements with no valid answer in this group: the overall index is the mean of the others. */
  readonly missingElements: readonly string[];
  /** Chỉ số hài lòng toàn diện (computed for every instrument; the health method reports it). */
  readonly comprehensive: ComprehensiveResult;
  /** Respondents with at least one valid counted answer. */
  readonly n: number;
}

/** The sample-size check of one group. */
export interface SampleCheck {
  /** Respondents in the group. */
  readonly n: number;
  /** Minimum sample: ⌈N / (1 + N·e²)⌉, or the instrument's fallback (30) with no N. */
  readonly minimum: number;
  /** N used (transactions in the period), when given. */
  readonly population: number | null;
  /** True when n < minimum: report the group's indices with caution. */
  readonly belowMinimum: boolean;
}

/** One free-text comment (ý kiến) and who wrote it. */
export interface SipasComment {
  readonly respondentId: string;
  readonly question: string;
  readonly text: string;
}

/** Indices of one group of respondents (a unit, a service, a sex × age cell, or everyone). */
export interface SipasGroupResult {
  /** The grouping values, e.g. `{ unitCode: 'SON-BINH' }`; `{}` when not grouped; a blank value is `''`. */
  readonly key: Readonly<Record<string, string>>;
  /** The key's values joined by `' | '` (used to match `population` and a previous year's groups). */
  readonly label: string;
  /** Respondents counted in the group. */
  readonly n: number;
  /** Σ weights of those respondents (= n when unweighted). */
  readonly weightedN: number;
  readonly sample: SampleCheck;
  readonly overall: OverallResult;
  readonly elements: Readonly<Record<string, ElementResult>>;
  readonly criteria: Readonly<Record<string, CriterionResult>>;
  /** Companion figures of the instrument's method (e.g. expectation met, return rate). */
  readonly companions: Readonly<Record<string, IndexWithInterval & { readonly n: number }>>;
  /** Free-text comments grouped by element id, sorted by respondent id. */
  readonly comments: Readonly<Record<string, readonly SipasComment[]>>;
}

/** How the numbers were made, so a report can say it. */
export interface SipasResultMeta {
  readonly instrument: {
    readonly id: string;
    readonly version: string;
    readonly verified: boolean;
  };
  readonly method: ScoringMethod;
  readonly weighted: boolean;
  readonly by: readonly string[];
  readonly seed: number;
  readonly bootstrap: { readonly replicates: number; readonly groups: number };
  /** The scored elements and their criteria, in instrument order (for reports and the dissatisfaction analysis). */
  readonly structure: readonly { readonly element: string; readonly criteria: readonly string[] }[];
  readonly notes: readonly Bilingual[];
}

/** The result of {@link scoreSipas} and of an accumulator's `result()`. */
export interface SipasResult extends SipasResultMeta {
  readonly groups: readonly SipasGroupResult[];
  /** Responses counted. */
  readonly respondents: number;
  /** What was excluded (with `onInvalid: 'exclude'`) and why. */
  readonly invalid: {
    readonly issues: readonly SipasIssue[];
    readonly excludedRows: number;
    readonly excludedAnswers: number;
  };
}
