import {
  type Bilingual,
  CchcError,
  type CchcIssue,
  type CriteriaSet,
  CriteriaSetSchema,
  type Criterion,
  type ParSensitivityUnit,
  type ParUnitResult,
  parseOrThrow,
  type SelfAssessmentSeries,
  type SelfAssessmentTrack,
  trackSelfAssessment,
} from '@cchc/core';
import { bilingual, fail, list, number, object, optional, record, text } from './check.js';

/** What the scorecard shows, as given by properties or bundled in the `src` document. */
export interface ScorecardData {
  /** A `scorePar` result. */
  result?: unknown;
  /** A `parSensitivity` result for the same units. */
  sensitivity?: unknown;
  /** Self-assessment series (one per unit), as `trackSelfAssessment` takes them. */
  series?: unknown;
  /** The criteria set scored, for field and criterion titles and the band order. */
  criteriaSet?: unknown;
}

/** The validated data, indexed for rendering. */
export interface ScorecardModel {
  readonly units: readonly ParUnitResult[];
  readonly byCode: ReadonlyMap<string, ParUnitResult>;
  readonly intervals: ReadonlyMap<string, ParSensitivityUnit>;
  /** Coverage of the rank intervals in percent (e.g. 90), and the number of draws; 0 without sensitivity. */
  readonly coverage: number;
  readonly draws: number;
  readonly tracks: ReadonlyMap<string, SelfAssessmentTrack>;
  /** Field and criterion titles by id (from the criteria set). */
  readonly titles: ReadonlyMap<string, Bilingual>;
  /** Field ids in the criteria set's order. */
  readonly fieldIds: readonly string[];
  /** Band id → position, best first. */
  readonly bandOrder: ReadonlyMap<string, number>;
  readonly setTitle: Bilingual | undefined;
  readonly example: boolean;
}

const score = object({ points: number(0), max: number(0) });
const unitResult = object({
  unitCode: text,
  unitName: optional(text),
  total: number(0),
  max: number(0),
  index: number(0, 100),
  rank: number(1, Infinity, true),
  band: text,
  bandLabel: bilingual,
  fields: record(score),
  lost: list(object({ criterionId: text, points: number(0), gain: number(0), message: bilingual })),
  change: optional(object({ index: number(), rank: number(-Infinity, Infinity, true) })),
});
const parResult = object({
  criteriaSet: optional(object({ id: text })),
  units: list(unitResult, 1),
});
const rankInterval = object({
  unitCode: text,
  medianRank: number(1),
  low: number(1),
  high: number(1),
});
const sensitivityResult = object({
  draws: number(1, Infinity, true),
  coverage: number(0, 1),
  units: list(rankInterval, 1),
});

/** Core errors name the input by its own label (`series`); rename it to where it sits in the document. */
function relabel(error: unknown, from: string, to: string): readonly CchcIssue[] {
  if (!(error instanceof CchcError)) throw error;
  const swap = (s: string) => (s.startsWith(from) ? to + s.slice(from.length) : `${to}: ${s}`);
  return error.issues.map((i) => ({
    ...i,
    path: swap(i.path),
    message: { vi: swap(i.message.vi), en: swap(i.message.en) },
  }));
}

function titlesOf(set: CriteriaSet): Map<string, Bilingual> {
  const titles = new Map<string, Bilingual>();
  const walk = (c: Criterion): void => {
    titles.set(c.id, c.title);
    c.children?.forEach(walk);
  };
  set.fields.forEach(walk);
  return titles;
}

/**
 * Validates the scorecard's data and indexes it for rendering.
 *
 * @param data - `{ result, sensitivity?, series?, criteriaSet? }`, from properties or a `src` document.
 * @param label - Prefix of every path in messages (`'src'` for a loaded document).
 * @returns The model, or `undefined` when there is no `result` yet.
 * @throws CchcError with bilingual issues naming each bad field.
 */
export function buildModel(data: ScorecardData, label: string): ScorecardModel | undefined {
  const at = (key: string) => (label === '' ? key : `${label}.${key}`);
  if (data.result === undefined) return undefined;
  const issues: CchcIssue[] = [];
  parResult(data.result, at('result'), issues);
  optional(sensitivityResult)(data.sensitivity, at('sensitivity'), issues);
  optional(list(object({ unitCode: text })))(data.series, at('series'), issues);
  let set: CriteriaSet | undefined;
  if (data.criteriaSet !== undefined) {
    try {
      set = parseOrThrow(CriteriaSetSchema, data.criteriaSet, at('criteriaSet'));
    } catch (error) {
      issues.push(...relabel(error, at('criteriaSet'), at('criteriaSet')));
    }
  }
  if (issues.length > 0) throw new CchcError('invalid-input', issues);

  const result = data.result as { criteriaSet?: { id: string }; units: ParUnitResult[] };
  const byCode = new Map<string, ParUnitResult>();
  result.units.forEach((u, i) => {
    if (byCode.has(u.unitCode))
      fail(issues, at(`result.units[${i}].unitCode`), u.unitCode, {
        vi: 'mã đơn vị không trùng',
        en: 'a unique unit code',
      });
    byCode.set(u.unitCode, u);
  });
  if (set !== undefined && result.criteriaSet !== undefined && result.criteriaSet.id !== set.id)
    fail(issues, at('criteriaSet.id'), set.id, {
      vi: `bộ chỉ số đã chấm "${result.criteriaSet.id}"`,
      en: `the criteria set scored, "${result.criteriaSet.id}"`,
    });
  const known = (code: string, path: string) => {
    if (!byCode.has(code))
      fail(issues, path, code, {
        vi: 'mã một đơn vị có trong kết quả',
        en: 'a unit in the result',
      });
  };
  const sensitivity = data.sensitivity as
    | { draws: number; coverage: number; units: ParSensitivityUnit[] }
    | undefined;
  const intervals = new Map<string, ParSensitivityUnit>();
  sensitivity?.units.forEach((u, i) => {
    known(u.unitCode, at(`sensitivity.units[${i}].unitCode`));
    intervals.set(u.unitCode, u);
  });
  const tracks = new Map<string, SelfAssessmentTrack>();
  (data.series as SelfAssessmentSeries[] | undefined)?.forEach((s, i) => {
    known(s.unitCode, at(`series[${i}].unitCode`));
    try {
      tracks.set(s.unitCode, trackSelfAssessment(s));
    } catch (error) {
      issues.push(...relabel(error, 'series', at(`series[${i}]`)));
    }
  });
  if (issues.length > 0) throw new CchcError('invalid-input', issues);

  const first = result.units[0]!;
  const fieldIds = set?.fields.map((f) => f.id) ?? Object.keys(first.fields);
  const bands = set?.bands.map((b) => b.id) ?? [
    ...new Set([...result.units].sort((a, b) => b.index - a.index).map((u) => u.band)),
  ];
  return {
    units: result.units,
    byCode,
    intervals,
    coverage: sensitivity ? Math.round(sensitivity.coverage * 100) : 0,
    draws: sensitivity?.draws ?? 0,
    tracks,
    titles: set ? titlesOf(set) : new Map(),
    fieldIds,
    bandOrder: new Map(bands.map((id, i) => [id, i])),
    setTitle: set?.title,
    example:
      (result.criteriaSet as { example?: boolean } | undefined)?.example ?? set?.example ?? false,
  };
}
