import * as z from 'zod/mini';
import { CchcError } from '../schema/CchcError.js';
import { parseOrThrow } from '../schema/parse.js';
import { roundIndex } from './internal/numbers.js';

/**
 * Zod schema of one unit's self-assessment series for a year (tự đánh giá hằng tháng, quý): each entry is the index
 * (0–100) the unit gave itself for a month (`'2017-03'`) or a quarter (`'2017-Q1'`), e.g. from {@link scorePar} on the
 * values known at that time.
 */
export const SelfAssessmentSeriesSchema = z.strictObject({
  unitCode: z.string().check(z.minLength(1)),
  year: z.int().check(z.minimum(2000), z.maximum(2100)),
  entries: z
    .array(
      z.strictObject({
        period: z
          .string()
          .check(
            z.regex(
              /^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/,
              "'YYYY-MM' or 'YYYY-Qn' (e.g. 2017-03, 2017-Q1)",
            ),
          ),
        index: z.number().check(z.minimum(0), z.maximum(100)),
      }),
    )
    .check(z.minLength(1)),
});
/** One unit's self-assessment series. */
export type SelfAssessmentSeries = z.input<typeof SelfAssessmentSeriesSchema>;

/** One point of the trend. */
export interface SelfAssessmentPoint {
  readonly period: string;
  readonly index: number;
  /** Change from the previous point of the same list (index points), null for the first. */
  readonly change: number | null;
}

/** What {@link trackSelfAssessment} returns. */
export interface SelfAssessmentTrack {
  readonly unitCode: string;
  readonly year: number;
  /** Monthly entries, in order. */
  readonly monthly: SelfAssessmentPoint[];
  /** Per quarter: the quarterly entry, or else the last monthly entry inside the quarter (`from: 'monthly'`). */
  readonly quarterly: (SelfAssessmentPoint & { readonly from: 'quarterly' | 'monthly' })[];
  /** Least-squares slope over the points used (index points per month); `flat` when |slope| < 0.1. */
  readonly trend: { readonly slopePerMonth: number; readonly direction: 'up' | 'down' | 'flat' };
  /** The year's projected index (for December), clipped to [0, 100]. */
  readonly projection: {
    readonly index: number;
    readonly method: 'least-squares' | 'last-value';
    /** Number of points the projection rests on. */
    readonly basedOn: number;
  };
}

const withChanges = <T extends { index: number }>(list: T[]) =>
  list.map((p, i) => ({ ...p, change: i === 0 ? null : roundIndex(p.index - list[i - 1]!.index) }));

/**
 * Turns a unit's monthly and quarterly self-assessments into a trend and the year's projection.
 *
 * Projection method: each monthly entry is a point (month, index); a quarterly entry adds a point at the quarter's
 * last month only when that month has no monthly entry. With two or more distinct months, an ordinary least-squares
 * line through the points is evaluated at month 12; with one, the projection is that value (`last-value`).
 * The result is clipped to [0, 100] and rounded to 2 decimals. A straight line is a plain, checkable assumption;
 * it says where the year ends if the pace so far holds, not what the appraisal will give.
 *
 * @param series - `{ unitCode, year, entries: [{ period: 'YYYY-MM' | 'YYYY-Qn', index }] }`; periods unique, in `year`.
 * @returns Monthly and quarterly points with changes, the slope and the projection.
 * @example
 * trackSelfAssessment({ unitCode: 'SON-BINH', year: 2017, entries: [
 *   { period: '2017-01', index: 60 }, { period: '2017-02', index: 62 }, { period: '2017-03', index: 64 } ] })
 *   .projection //=> { index: 82, method: 'least-squares', basedOn: 3 }
 * @see Công văn 112/UBND-NV (Khánh Sơn, 10/4/2017) mục 3: tự đánh giá chuyển biến hằng tháng, quý
 */
export function trackSelfAssessment(series: SelfAssessmentSeries): SelfAssessmentTrack {
  const s = parseOrThrow(SelfAssessmentSeriesSchema, series, 'series');
  const seen = new Set<string>();
  s.entries.forEach((e, i) => {
    const wrongYear = Number(e.period.slice(0, 4)) !== s.year;
    if (!wrongYear && !seen.has(e.period)) {
      seen.add(e.period);
      return;
    }
    const [vi, en] = wrongYear
      ? [`một kỳ trong năm ${s.year}`, `a period in ${s.year}`]
      : ['mỗi kỳ chỉ một lần', 'each period once'];
    throw new CchcError('invalid-input', [
      {
        path: `series.entries[${i}].period`,
        value: e.period,
        expected: { vi, en },
        message: {
          vi: `series.entries[${i}].period: nhận được "${e.period}", cần ${vi}`,
          en: `series.entries[${i}].period: received "${e.period}", expected ${en}`,
        },
      },
    ]);
  });
  const months = s.entries
    .filter((e) => !e.period.includes('Q'))
    .map((e) => ({ period: e.period, month: Number(e.period.slice(5)), index: e.index }))
    .sort((a, b) => a.month - b.month);
  const quarters = s.entries
    .filter((e) => e.period.includes('Q'))
    .map((e) => ({ period: e.period, quarter: Number(e.period.slice(6)), index: e.index }));
  type Quarter = { period: string; index: number; from: 'quarterly' | 'monthly' };
  const quarterly = [1, 2, 3, 4].flatMap((q): Quarter[] => {
    const own = quarters.find((e) => e.quarter === q);
    if (own) return [{ period: own.period, index: own.index, from: 'quarterly' }];
    const inside = months.filter((m) => Math.ceil(m.month / 3) === q);
    const last = inside[inside.length - 1];
    return last ? [{ period: `${s.year}-Q${q}`, index: last.index, from: 'monthly' }] : [];
  });
  const points = months.map((m) => ({ x: m.month, y: m.index }));
  for (const q of quarters) {
    if (!months.some((m) => m.month === q.quarter * 3))
      points.push({ x: q.quarter * 3, y: q.index });
  }
  points.sort((a, b) => a.x - b.x);
  let slope = 0;
  let projected = points[points.length - 1]!.y;
  const leastSquares = points.length >= 2;
  if (leastSquares) {
    const mx = points.reduce((a, p) => a + p.x, 0) / points.length;
    const my = points.reduce((a, p) => a + p.y, 0) / points.length;
    const sxy = points.reduce((a, p) => a + (p.x - mx) * (p.y - my), 0);
    const sxx = points.reduce((a, p) => a + (p.x - mx) ** 2, 0);
    slope = sxy / sxx;
    projected = my + slope * (12 - mx);
  }
  const slopePerMonth = roundIndex(slope);
  return {
    unitCode: s.unitCode,
    year: s.year,
    monthly: withChanges(months.map(({ period, index }) => ({ period, index }))),
    quarterly: withChanges(quarterly),
    trend: {
      slopePerMonth,
      direction: Math.abs(slope) < 0.1 ? 'flat' : slope > 0 ? 'up' : 'down',
    },
    projection: {
      index: roundIndex(Math.min(100, Math.max(0, projected))),
      method: leastSquares ? 'least-squares' : 'last-value',
      basedOn: points.length,
    },
  };
}
