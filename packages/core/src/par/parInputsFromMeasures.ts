import * as z from 'zod/mini';
import { CchcError, type CchcIssue } from '../schema/CchcError.js';
import { parseOrThrow } from '../schema/parse.js';
import { MEASURE_PART } from './internal/measureName.js';
import { parseCriteriaSet } from './internal/parseCriteriaSet.js';
import { ownRecord, ownValue } from './internal/records.js';
import { type ParUnitInput, ParUnitInputSchema } from './parInputSchema.js';

const measureValue = z.optional(z.nullable(z.number()));

/**
 * Every group and key must be spelled as a criteria set can name it ({@link MeasureNameSchema}): one that no
 * criterion could ever read is a mistake (`'deadline.on-time'` as a key, a typo with a space), not something to ignore.
 */
function checkMeasureNames(
  measures: Record<string, Record<string, number | null | undefined>>,
  ctx: z.core.$RefinementCtx,
): void {
  const bad = (path: string[], name: string, vi: string, en: string) =>
    ctx.addIssue({ code: 'custom', path, input: name, message: en, params: { vi, en } });
  // A `__proto__` key is reported by ownRecord already.
  const wrong = (name: string) => !MEASURE_PART.test(name) && name !== '__proto__';
  for (const [group, values] of Object.entries(measures)) {
    if (wrong(group))
      bad(
        [group],
        group,
        'tên nhóm số đo: một chữ cái rồi chữ cái, chữ số, _ hoặc - (như compliance, sipas)',
        'a measure group name: a letter, then letters, digits, _ or - (e.g. compliance, sipas)',
      );
    if (typeof values !== 'object' || values === null) continue; // its type is reported already
    for (const key of Object.keys(values))
      if (wrong(key))
        bad(
          [group, key],
          key,
          'tên số đo: một chữ cái rồi chữ cái, chữ số, _ hoặc - (như onTimeRate, index)',
          'a measure name: a letter, then letters, digits, _ or - (e.g. onTimeRate, index)',
        );
  }
}

/**
 * Plain numbers measured for one unit, grouped as the criteria set names them (`group.key`). `null` means
 * "nothing to measure" (no late dossier, no feedback): the criterion is then not applicable, never full marks or 0.
 *
 * Names read by `example-commune-2017` (the rules engine's per-unit summary and the SIPAS result map onto them):
 * - `compliance.onTimeRate` — dossiers settled on time or early / dossiers settled (`deadline.on-time`)
 * - `compliance.lateApologyRate` — late dossiers with an apology notice / late dossiers (`notice.late-apology`)
 * - `compliance.noticeRate` — guidance, supplement and refusal notices met / due (other `notice.*`)
 * - `compliance.inspectionRate` — weeks with the required inspections / weeks (`inspection.weekly`)
 * - `compliance.reportingRate` — PAR reports on time / due (`report.*`)
 * - `compliance.selfAssessmentRate` — self-assessments done / due (`report.self-assessment-*`)
 * - `compliance.feedbackAnsweredRate` — feedback answered in time / received (`feedback.answered`)
 * - `compliance.unhandledViolations` — count of violations left unhandled (`inspection.violation-handled` missed)
 * - `compliance.evaluationScore` — mean Circular 01/2018 2/1/0 processing score (read with `measureScale: 2`)
 * - `sipas.index` — the unit's overall SIPAS index (0–100); `healthStation.index` — the health station's index
 */
export const ParMeasuresSchema = ownRecord(ownRecord(measureValue)).check(
  z.superRefine(checkMeasureNames),
);
/** Measures for one unit, e.g. `{ compliance: { onTimeRate: 0.96 }, sipas: { index: 82.5 } }`. */
export interface ParMeasures {
  compliance?: {
    onTimeRate?: number | null;
    inspectionRate?: number | null;
    reportingRate?: number | null;
    evaluationScore?: number | null;
    [name: string]: number | null | undefined;
  };
  sipas?: { index?: number | null; [name: string]: number | null | undefined };
  [group: string]: Record<string, number | null | undefined> | undefined;
}

/**
 * Maps measured numbers (the compliance summary's rates, the SIPAS index) onto a unit's PAR input: every
 * criterion that names a `measure` in the criteria set takes its value from it (divided by `measureScale`, if any).
 *
 * Loosely coupled on purpose: plain numbers in, plain input out, so any rules engine or survey tool can feed it.
 * Measures the set does not name are ignored; a measure the set names but `measures` lacks leaves the criterion
 * to `base` (enter it by hand) — only the unit's own measures count, never a property every object inherits. A
 * `null` measure marks the criterion not applicable. Group and key names must be spelled as a set can name them.
 *
 * @param criteriaSet - The criteria set (validated here).
 * @param unitCode - The unit.
 * @param measures - `{ compliance?: { onTimeRate, inspectionRate, reportingRate, … }, sipas?: { index }, … }`.
 * @param base - Optional hand-entered input to merge into (its `values` for measured criteria are replaced).
 * @returns A {@link ParUnitInput} ready for {@link scorePar}.
 * @throws CchcError when a measured value falls outside the criterion's range (a rate in [0, 1], an index in [0, 100], a count ≥ 0),
 *   or a group or key of `measures` is not a measure name (e.g. `'on time'`, `'__proto__'`).
 * @example
 * parInputsFromMeasures(set, 'SON-BINH', { compliance: { onTimeRate: 0.96, lateApologyRate: null }, sipas: { index: 82.5 } })
 * //=> { unitCode: 'SON-BINH', values: { '3.1': 0.96, '7.1': 82.5 }, notApplicable: ['3.2'] }
 */
export function parInputsFromMeasures(
  criteriaSet: unknown,
  unitCode: string,
  measures: ParMeasures,
  base?: ParUnitInput,
): ParUnitInput {
  const set = parseCriteriaSet(criteriaSet);
  const m = parseOrThrow(ParMeasuresSchema, measures, 'measures');
  parseOrThrow(ParUnitInputSchema.shape.unitCode, unitCode, 'unitCode');
  const start = base === undefined ? undefined : parseOrThrow(ParUnitInputSchema, base, 'base');
  if (start !== undefined && start.unitCode !== unitCode) {
    const expected = { vi: `cùng mã đơn vị "${unitCode}"`, en: `the same unit code "${unitCode}"` };
    throw new CchcError('invalid-input', [
      {
        path: 'base.unitCode',
        value: start.unitCode,
        expected,
        message: {
          vi: `base.unitCode: nhận được "${start.unitCode}", cần ${expected.vi}`,
          en: `base.unitCode: received "${start.unitCode}", expected ${expected.en}`,
        },
      },
    ]);
  }
  const values: Record<string, number | boolean> = { ...(start?.values ?? {}) };
  const notApplicable = new Set(start?.notApplicable ?? []);
  const issues: CchcIssue[] = [];
  const visit = (node: (typeof set.fields)[number]): void => {
    node.children?.forEach(visit);
    const method = node.method;
    if (method === undefined || method.type === 'manual' || method.type === 'boolean') return;
    if (method.measure === undefined) return;
    // Own properties only: a measure named like `constructor.length` must not read Object.prototype.
    const [groupName, key] = method.measure.split('.') as [string, string];
    const group = ownValue(m, groupName);
    const raw = group === undefined ? undefined : ownValue(group, key);
    if (raw === undefined) return;
    if (raw === null) {
      notApplicable.add(node.id);
      delete values[node.id];
      return;
    }
    const scale = method.type === 'deduction' ? 1 : (method.measureScale ?? 1);
    const v = raw / scale;
    const [lo, hi, vi, en] =
      method.type === 'rate'
        ? [0, 1, 'một tỷ lệ trong [0, 1]', 'a rate in [0, 1]']
        : method.type === 'survey'
          ? [0, 100, 'một chỉ số trong [0, 100]', 'an index in [0, 100]']
          : [0, Number.POSITIVE_INFINITY, 'một số đếm nguyên ≥ 0', 'a whole count ≥ 0'];
    const whole = method.type !== 'deduction' || Number.isInteger(v);
    if (!(v >= lo && v <= hi) || !whole) {
      const scaleVi = scale === 1 ? '' : ` (sau khi chia cho ${scale})`;
      const scaleEn = scale === 1 ? '' : ` (after dividing by ${scale})`;
      issues.push({
        path: `measures.${method.measure}`,
        value: raw,
        expected: { vi: `${vi}${scaleVi}`, en: `${en}${scaleEn}` },
        message: {
          vi: `Tiêu chí "${node.id}" — measures.${method.measure}: nhận được ${raw}, cần ${vi}${scaleVi}`,
          en: `Criterion "${node.id}" — measures.${method.measure}: received ${raw}, expected ${en}${scaleEn}`,
        },
      });
      return;
    }
    values[node.id] = v;
    notApplicable.delete(node.id);
  };
  set.fields.forEach(visit);
  if (issues.length > 0) throw new CchcError('invalid-input', issues);
  const unitName = start?.unitName;
  return {
    unitCode,
    ...(unitName === undefined ? {} : { unitName }),
    values,
    ...(start?.appraised === undefined ? {} : { appraised: start.appraised }),
    ...(notApplicable.size === 0 ? {} : { notApplicable: [...notApplicable] }),
  };
}
