import * as z from 'zod/mini';
import type { Bilingual } from '../schema/CchcError.js';
import { parseOrThrow } from '../schema/parse.js';
import { compile } from './internal/compile.js';
import { explainUnit, type LostPoints } from './internal/explain.js';
import { competitionRanks, roundIndex } from './internal/numbers.js';
import { parseCriteriaSet } from './internal/parseCriteriaSet.js';
import { resolveInputs } from './internal/resolveInputs.js';
import { scoreUnits } from './internal/scoreUnits.js';

export type { LostPoints } from './internal/explain.js';

/** A previous period's result for one unit (e.g. last year's), to compute the change. */
export const PreviousParResultSchema = z.object({
  unitCode: z.string().check(z.minLength(1)),
  index: z.number().check(z.minimum(0), z.maximum(100)),
  rank: z.int().check(z.minimum(1)),
});

/** Options of {@link scorePar}. */
export const ScoreParOptionsSchema = z.strictObject({
  /** The previous period's results (e.g. `scorePar(…).units` of last year); units not in it get no `change`. */
  previous: z.optional(z.array(PreviousParResultSchema)),
});
/** Options of {@link scorePar}. */
export type ScoreParOptions = z.input<typeof ScoreParOptionsSchema>;

/** Points earned and maximum of a criterion or field for one unit. */
export interface CriterionScore {
  readonly points: number;
  /** Maximum over its applicable leaves (0 when not applicable). */
  readonly max: number;
  /** False when the criterion (or every leaf under it) is not applicable for the unit. */
  readonly applicable: boolean;
  /** For a leaf: whether the value used was the appraised one (`appraised`) or self-assessed (`self`). */
  readonly from?: 'self' | 'appraised';
}

/** One unit's PAR result. */
export interface ParUnitResult {
  readonly unitCode: string;
  readonly unitName?: string;
  /** Points earned (tổng điểm). */
  readonly total: number;
  /** Maximum of the applicable criteria (điểm tối đa). */
  readonly max: number;
  /** Chỉ số CCHC: 100 · total / max, 2 decimals. */
  readonly index: number;
  /** Rank among the units scored together: standard competition ranking on `index` (1, 2, 2, 4). */
  readonly rank: number;
  /** Id of the rating band (xếp loại), e.g. `'good'`. */
  readonly band: string;
  readonly bandLabel: Bilingual;
  /** Field subtotals (lĩnh vực), by field id. */
  readonly fields: Record<string, CriterionScore>;
  /** Every criterion and sub-criterion below the fields, by id. */
  readonly criteria: Record<string, CriterionScore>;
  /** Points lost per leaf criterion, largest gain first. */
  readonly lost: LostPoints[];
  /** Change against `options.previous`: index points, and places moved up (positive) or down (negative). */
  readonly change?: {
    readonly index: number;
    readonly rank: number;
    readonly previousIndex: number;
    readonly previousRank: number;
  };
}

/** The result of {@link scorePar}: units in input order. */
export interface ParResult {
  readonly criteriaSet: {
    readonly id: string;
    readonly version: string;
    readonly example: boolean;
  };
  readonly units: ParUnitResult[];
}

/**
 * Scores units on a PAR criteria set (chấm điểm Chỉ số CCHC): criterion points, field subtotals, total, index,
 * rank, rating band, points lost with what fixing each would gain, and the change from a previous period.
 *
 * - Leaf points by method: `manual` points; `boolean` full or 0; `rate` / `survey` by threshold steps read top-down
 *   (first step reached gives the points, none → 0) or proportional (max · rate, max · index / 100); `deduction`
 *   max − perItem · count, floor 0. Appraised values (`appraised`) replace self-assessed ones.
 * - Not-applicable criteria (`notApplicable`, không đánh giá) drop out of both the points and the maximum:
 *   index = 100 · Σ points / Σ max of the applicable criteria.
 * - Index to 2 decimals; rank by that published index, descending; equal indices share a rank (1, 2, 2, 4).
 * - Band: the first of the set's bands (highest first) whose `min` the index reaches.
 *
 * @param criteriaSet - A criteria set (validated here), e.g. `getCriteriaSet('example-commune-2017')`.
 * @param inputs - One entry per unit; every applicable leaf needs a value. Bad values throw a bilingual {@link CchcError}.
 * @param options - `previous`: last period's `{ unitCode, index, rank }` per unit.
 * @returns `{ criteriaSet, units }`, units in input order.
 * @example
 * const { units } = scorePar(getCriteriaSet('example-commune-2017'), inputs)
 * units[0].index //=> 76.5 (Tô Hạp in the guide's example)
 * units[0].lost[0].message.vi //=> 'Mất 3/4 điểm — 6.1 Tỷ lệ hồ sơ nộp trực tuyến: đạt 25%, 75% chưa đạt.'
 * @see Quyết định 876/QĐ-BNV (10/11/2022) — the national method: self-assessed and appraised points, index = % of max
 */
export function scorePar(
  criteriaSet: unknown,
  inputs: unknown,
  options: ScoreParOptions = {},
): ParResult {
  const set = parseCriteriaSet(criteriaSet);
  const opts = parseOrThrow(ScoreParOptionsSchema, options, 'options');
  const c = compile(set);
  const r = resolveInputs(c, inputs);
  const s = scoreUnits(c, r);
  const n = r.units.length;
  const N = c.nodes.length;
  const L = c.leafNode.length;
  const index = Float64Array.from(s.total, (t, u) => roundIndex((100 * t) / s.totalMax[u]!));
  const ranks = competitionRanks(index);
  const previous = new Map((opts.previous ?? []).map((p) => [p.unitCode, p]));
  const units: ParUnitResult[] = [];
  for (let u = 0; u < n; u++) {
    const input = r.units[u]!;
    const fields: Record<string, CriterionScore> = {};
    const criteria: Record<string, CriterionScore> = {};
    for (let k = 0; k < N; k++) {
      const node = c.nodes[k]!;
      const max = s.max[u * N + k]!;
      const applicable =
        node.leaf >= 0 ? r.applicable[u * L + node.leaf] === 1 : hasApplicable(c, r, u, k);
      const points = s.points[u * N + k]!;
      const score: CriterionScore =
        node.leaf >= 0 && applicable
          ? {
              points,
              max,
              applicable,
              from: r.appraised[u * L + node.leaf] === 1 ? 'appraised' : 'self',
            }
          : { points, max, applicable };
      if (node.parent < 0) fields[node.id] = score;
      else criteria[node.id] = score;
    }
    const band = c.bands.find((b) => index[u]! >= b.min) ?? c.bands[c.bands.length - 1]!;
    const lost = explainUnit(
      c,
      (l) => r.value[u * L + l]!,
      (l) => (r.applicable[u * L + l] === 1 ? s.points[u * N + c.leafNode[l]!]! : undefined),
      (l) => r.appraised[u * L + l] === 1,
      s.totalMax[u]!,
    );
    const prev = previous.get(input.unitCode);
    units.push({
      unitCode: input.unitCode,
      ...(input.unitName === undefined ? {} : { unitName: input.unitName }),
      total: s.total[u]!,
      max: s.totalMax[u]!,
      index: index[u]!,
      rank: ranks[u]!,
      band: band.id,
      bandLabel: band.label,
      fields,
      criteria,
      lost,
      ...(prev === undefined
        ? {}
        : {
            change: {
              index: roundIndex(index[u]! - prev.index),
              rank: prev.rank - ranks[u]!,
              previousIndex: prev.index,
              previousRank: prev.rank,
            },
          }),
    });
  }
  return { criteriaSet: { id: set.id, version: set.version, example: set.example }, units };
}

/** Whether any leaf under node k is applicable for unit u. */
function hasApplicable(
  c: ReturnType<typeof compile>,
  r: { applicable: Uint8Array },
  u: number,
  k: number,
): boolean {
  const L = c.leafNode.length;
  for (let j = k; j < c.nodes[k]!.end; j++) {
    const l = c.nodes[j]!.leaf;
    if (l >= 0 && r.applicable[u * L + l] === 1) return true;
  }
  return false;
}
