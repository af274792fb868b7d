import * as z from 'zod/mini';
import { mulberry32 } from '../internal/prng.js';
import { CchcError } from '../schema/CchcError.js';
import { parseOrThrow } from '../schema/parse.js';
import { compile, KIND } from './internal/compile.js';
import { competitionRanks, roundIndex } from './internal/numbers.js';
import { parseCriteriaSet } from './internal/parseCriteriaSet.js';
import { rankQuantiles } from './internal/rankQuantiles.js';
import { reportProtoKey } from './internal/records.js';
import { resolveInputs } from './internal/resolveInputs.js';
import { scoreUnits } from './internal/scoreUnits.js';

/** Hundredths of an index point in 100. */
const SCALE = 10_000;
/** Draws per transposition block. */
const BLOCK = 64;

const halfWidth = z.number().check(z.minimum(0), z.maximum(100));

/**
 * Checked before the union, which would only say "Invalid input": a number or a plain object, and no `__proto__`
 * key (z.record drops it silently).
 */
function checkUncertaintyShape(input: unknown, ctx: z.core.$RefinementCtx): void {
  if (typeof input === 'number' && Number.isFinite(input)) return;
  const proto = typeof input === 'object' && input !== null ? Object.getPrototypeOf(input) : 0;
  if (proto === Object.prototype || proto === null) {
    reportProtoKey(input, ctx);
    return;
  }
  const vi = 'một số từ 0 đến 100, hoặc một đối tượng { mã đơn vị: số từ 0 đến 100 }';
  const en = 'a number from 0 to 100, or an object { unit code: number from 0 to 100 }';
  ctx.addIssue({ code: 'custom', input, message: en, params: { vi, en } });
}

/** Options of {@link parSensitivity}. */
export const ParSensitivityOptionsSchema = z.strictObject({
  /** Monte-Carlo draws (e.g. 1000). */
  draws: z.int().check(z.minimum(1), z.maximum(1_000_000)),
  /** Seed of the PRNG (mulberry32): same seed, same result. */
  seed: z.int(),
  /** Each field's weight is multiplied by a uniform factor in [1 − weightJitter, 1 + weightJitter] per draw (e.g. 0.25); < 1, so no weight reaches 0. */
  weightJitter: z.number().check(z.minimum(0), z.lt(1)),
  /**
   * Half-width, in index points, of the uniform noise added to each `survey` criterion's index per draw (clipped to
   * [0, 100]): one number for every unit, or one per unit code (e.g. from the SIPAS intervals). Absent → no survey noise.
   * Unit codes are plain keys (a unit coded `constructor` gets only what is given for it); a `__proto__` key is
   * rejected, as a JavaScript object cannot carry it (give one number for every unit instead).
   */
  surveyUncertainty: z.optional(
    z.pipe(
      z.custom<number | Record<string, number>>().check(z.superRefine(checkUncertaintyShape)),
      z.union([halfWidth, z.record(z.string(), halfWidth)]),
    ),
  ),
  /** Coverage of the rank interval, default 0.9 (the 5th to the 95th percentile). */
  coverage: z._default(z.number().check(z.gt(0), z.lt(1)), 0.9),
});
/** Options of {@link parSensitivity}. */
export type ParSensitivityOptions = z.input<typeof ParSensitivityOptionsSchema>;

/** One unit's rank under perturbation. */
export interface ParSensitivityUnit {
  readonly unitCode: string;
  /** Rank with the nominal weights and survey scores (as {@link scorePar}). */
  readonly rank: number;
  /** Median rank over the draws. */
  readonly medianRank: number;
  /** Lower end of the rank interval (the better rank, e.g. the 5th percentile for 90%). */
  readonly low: number;
  /** Upper end of the rank interval (the worse rank, e.g. the 95th percentile). */
  readonly high: number;
}

/** The result of {@link parSensitivity}, units in input order. */
export interface ParSensitivityResult {
  readonly draws: number;
  readonly seed: number;
  readonly coverage: number;
  readonly units: ParSensitivityUnit[];
}

/**
 * Sensitivity of the ranking (phân tích độ nhạy): Monte-Carlo perturbation of the field weights and of uncertain
 * survey scores, as COINr does for composite indicators; gives each unit's median rank and rank interval.
 *
 * Per draw: every field f gets a weight w_f ~ U(1 − j, 1 + j) (the same for all units: weights belong to the index);
 * each survey criterion's index moves by U(−h, +h) (h per unit, clipped to [0, 100]) and is re-scored by its method;
 * the index is 100 · Σ w_f · points_f / Σ w_f · max_f over applicable criteria, to 2 decimals, ranked as {@link scorePar}
 * ranks (1, 2, 2, 4). The interval is the (1 − coverage)/2 and (1 + coverage)/2 quantiles of a unit's ranks, and the
 * median the 0.5 quantile, all by linear interpolation (R's type 7, COINr's default); so they may end in .5 etc.
 *
 * Precompiled tree and typed arrays: 10,000 units × 1,000 draws take under 2 s of CPU on 2 vCPUs (`pnpm bench par`).
 *
 * @param criteriaSet - The criteria set (validated here).
 * @param inputs - The units' inputs, as for {@link scorePar}.
 * @param options - `{ draws, seed, weightJitter, surveyUncertainty?, coverage? }`.
 * @returns `{ draws, seed, coverage, units: [{ unitCode, rank, medianRank, low, high }] }`.
 * @example
 * const { units } = parSensitivity(set, inputs, { draws: 1000, seed: 2017, weightJitter: 0.25, surveyUncertainty: 5 })
 * units[0] // { unitCode, rank, medianRank, low, high } — e.g. rank 2, median 2, 90% interval [1, 3]
 * @see Saisana, Saltelli & Tarantola (2005), uncertainty and sensitivity analysis of composite indicators; COINr `get_sensitivity()`
 */
export function parSensitivity(
  criteriaSet: unknown,
  inputs: unknown,
  options: ParSensitivityOptions,
): ParSensitivityResult {
  const set = parseCriteriaSet(criteriaSet);
  const opts = parseOrThrow(ParSensitivityOptionsSchema, options, 'options');
  const c = compile(set);
  const r = resolveInputs(c, inputs);
  const s = scoreUnits(c, r);
  const n = r.units.length;
  const N = c.nodes.length;
  const L = c.leafNode.length;
  const F = c.fieldNode.length;
  const D = opts.draws;

  // Field points and maxima per unit: the only state a weight draw needs.
  const fieldPoints = new Float64Array(n * F);
  const fieldMax = new Float64Array(n * F);
  for (let u = 0; u < n; u++) {
    for (let f = 0; f < F; f++) {
      fieldPoints[u * F + f] = s.points[u * N + c.fieldNode[f]!]!;
      fieldMax[u * F + f] = s.max[u * N + c.fieldNode[f]!]!;
    }
  }
  // Survey criteria with uncertainty: (unit, leaf, nominal index, nominal points, half-width).
  if (opts.surveyUncertainty !== undefined && typeof opts.surveyUncertainty !== 'number') {
    const codes = new Set(r.units.map((u) => u.unitCode));
    const unknown = Object.keys(opts.surveyUncertainty).filter((code) => !codes.has(code));
    if (unknown.length > 0) {
      throw new CchcError(
        'invalid-input',
        unknown.map((code) => ({
          path: `options.surveyUncertainty["${code}"]`,
          value: code,
          expected: { vi: 'mã một đơn vị trong inputs', en: 'the code of a unit in inputs' },
          message: {
            vi: `options.surveyUncertainty: không có đơn vị "${code}" trong inputs`,
            en: `options.surveyUncertainty: no unit "${code}" in inputs`,
          },
        })),
      );
    }
  }
  // Per-unit half-widths in a Map: a unit coded "constructor" or "toString" must not read Object.prototype.
  const uncertainty = opts.surveyUncertainty ?? 0;
  const perUnit =
    typeof uncertainty === 'number' ? undefined : new Map(Object.entries(uncertainty));
  const everyUnit = typeof uncertainty === 'number' ? uncertainty : 0;
  const half = (code: string): number => perUnit?.get(code) ?? everyUnit;
  const entries: number[][] = [];
  for (let u = 0; u < n; u++) {
    const h = half(r.units[u]!.unitCode);
    if (h === 0) continue;
    for (let l = 0; l < L; l++) {
      if (c.leafKind[l] !== KIND.survey || r.applicable[u * L + l] === 0) continue;
      entries.push([
        u * F + c.leafField[l]!,
        r.value[u * L + l]!,
        s.points[u * N + c.leafNode[l]!]!,
        h,
        l,
      ]);
    }
  }
  // Survey criteria with uncertainty, flattened: field slot, nominal index, nominal points, half-width, scale.
  const S = entries.length;
  const sSlot = Int32Array.from(entries, (e) => e[0]!);
  const sValue = Float64Array.from(entries, (e) => e[1]!);
  const sPoints = Float64Array.from(entries, (e) => e[2]!);
  const sHalf = Float64Array.from(entries, (e) => e[3]!);
  const sFrom = Int32Array.from(entries, (e) => c.stepStart[e[4]!]!);
  const sTo = Int32Array.from(entries, (e) => c.stepStart[e[4]! + 1]!);
  const sPerIndexPoint = Float64Array.from(entries, (e) => c.leafMax[e[4]!]! / 100);
  const { stepMin, stepPoints } = c;

  const random = mulberry32(opts.seed);
  const weights = new Float64Array(F);
  // Field points of the draw: the nominal ones, moved by survey noise when there is any.
  const points = S > 0 ? new Float64Array(n * F) : fieldPoints;
  // Scores in hundredths of an index point (0…10,000): ranking is a counting sort, O(n) per draw.
  const score = new Int32Array(n);
  const above = new Int32Array(SCALE + 2);
  const ranks = n < 65536 ? new Uint16Array(n * D) : new Uint32Array(n * D);
  // Ranks of a block of draws, draw-major, transposed into the unit-major `ranks` once per block (cache-friendly).
  const block = n < 65536 ? new Uint16Array(BLOCK * n) : new Uint32Array(BLOCK * n);
  for (let d = 0; d < D; d++) {
    for (let f = 0; f < F; f++) weights[f] = 1 + opts.weightJitter * (2 * random() - 1);
    if (S > 0) points.set(fieldPoints);
    for (let k = 0; k < S; k++) {
      const moved = Math.min(100, Math.max(0, sValue[k]! + sHalf[k]! * (2 * random() - 1)));
      let p = 0;
      const from = sFrom[k]!;
      const to = sTo[k]!;
      if (from === to) p = sPerIndexPoint[k]! * moved;
      else
        for (let t = from; t < to; t++) {
          if (moved >= stepMin[t]! - 1e-12) {
            p = stepPoints[t]!;
            break;
          }
        }
      const slot = sSlot[k]!;
      points[slot] = points[slot]! + p - sPoints[k]!;
    }
    above.fill(0);
    for (let u = 0; u < n; u++) {
      let num = 0;
      let den = 0;
      for (let f = 0; f < F; f++) {
        num += weights[f]! * points[u * F + f]!;
        den += weights[f]! * fieldMax[u * F + f]!;
      }
      // Hundredths of an index point, as published: ties at 2 decimals share a rank.
      const v = Math.min(SCALE, Math.max(0, Math.round((SCALE * num) / den)));
      score[u] = v;
      above[v] = above[v]! + 1;
    }
    // above[v] ← number of units scoring strictly more than v.
    let greater = 0;
    for (let v = SCALE; v >= 0; v--) {
      const here = above[v]!;
      above[v] = greater;
      greater += here;
    }
    const row = (d % BLOCK) * n;
    for (let u = 0; u < n; u++) block[row + u] = above[score[u]!]! + 1;
    if (d % BLOCK === BLOCK - 1 || d === D - 1) {
      const first = d - (d % BLOCK);
      const count = (d % BLOCK) + 1;
      for (let u = 0; u < n; u++) {
        const at = u * D + first;
        for (let b = 0; b < count; b++) ranks[at + b] = block[b * n + u]!;
      }
    }
  }

  const nominal = competitionRanks(
    Float64Array.from(s.total, (t, u) => roundIndex((100 * t) / s.totalMax[u]!)),
  );
  const lowP = (1 - opts.coverage) / 2;
  const q = rankQuantiles(ranks, D, n, [lowP, 0.5, 1 - lowP]);
  const units: ParSensitivityUnit[] = [];
  for (let u = 0; u < n; u++) {
    units.push({
      unitCode: r.units[u]!.unitCode,
      rank: nominal[u]!,
      medianRank: roundIndex(q[3 * u + 1]!),
      low: roundIndex(q[3 * u]!),
      high: roundIndex(q[3 * u + 2]!),
    });
  }
  return { draws: D, seed: opts.seed, coverage: opts.coverage, units };
}
