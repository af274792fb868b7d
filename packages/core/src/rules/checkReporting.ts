import * as z from 'zod/mini';
import { resolveCalendar } from '../calendar/internal/args.js';
import { dayNumberOf } from '../internal/days.js';
import { CchcError, type CchcIssue } from '../schema/CchcError.js';
import { parseOrThrow } from '../schema/parse.js';
import { PlainDateSchema } from '../schema/plainDate.js';
import type { Finding } from './findingSchema.js';
import { compiledPackOf } from './internal/compiledPack.js';
import { CheckOptionsSchema, makeContext } from './internal/context.js';
import { evaluateRule } from './internal/evaluate.js';
import { parseRows } from './internal/rows.js';
import { reportFacts } from './internal/subjectFacts.js';
import { schedulePeriods, YearSchema } from './reportingSchedule.js';
import { ReportSchema } from './reportSchema.js';

const ReportingOptionsSchema = z.extend(CheckOptionsSchema, {
  /** Units expected to report; a unit that filed nothing is checked too. Units found in `reports` are added. */
  unitCodes: z._default(z.array(z.string().check(z.minLength(1))), []),
  asOf: PlainDateSchema,
});

/**
 * Checks a year's reporting (kiểm tra chế độ báo cáo): for every unit and every period of every `report.*` rule of
 * the pack, whether the report was filed by its deadline — `met`, `missed` (late or not filed after the deadline),
 * or `pending` (not filed, deadline not yet passed at `asOf`).
 *
 * Several reports for the same unit, obligation and period: the earliest submission counts. Reports dated after
 * `asOf` count as not yet filed. Reports for other years are ignored, so a whole log can be passed.
 *
 * @param reports - Reports filed (or owed), validated with {@link ReportSchema}.
 * @param year - The year checked.
 * @param pack - A rule pack with `report.*` rules (e.g. `khanhson-2017`).
 * @param options - `unitCodes` (units expected to report), `asOf` (required), `calendar`.
 * @returns One finding per unit × obligation × period, by unit then schedule order.
 * @throws {@link CchcError} on invalid rows, an obligation the pack does not have, or a period that does not fit it.
 * @example
 * checkReporting([{ unitCode: 'KS-SONBINH', obligation: 'report.six-month', period: '2017-H1', submittedOn: '2017-06-20' }],
 *   2017, getRulePack('khanhson-2017'), { unitCodes: ['KS-SONBINH'], asOf: '2017-12-31' })
 * @see Nghị định 09/2019/NĐ-CP, Điều 12; Công văn 112/UBND-NV (2017), mục 3
 */
export function checkReporting(
  reports: unknown,
  year: number,
  pack: unknown,
  options: z.input<typeof ReportingOptionsSchema>,
): Finding[] {
  const rows = parseRows(ReportSchema, reports, 'reports');
  const y = parseOrThrow(YearSchema, year, 'year');
  const compiled = compiledPackOf(pack);
  const opts = parseOrThrow(ReportingOptionsSchema, options, 'options');
  const ctx = makeContext(compiled.pack, resolveCalendar(opts.calendar), compiled.intern);
  const asOfDay = dayNumberOf(opts.asOf);
  const periods = schedulePeriods(compiled.bySubject.report, y, ctx);
  const known = new Map(periods.map((p) => [`${p.rule.id}|${p.label}`, p] as const));
  const ruleIds = new Set(compiled.bySubject.report.map((r) => r.id));
  const submitted = new Map<string, number | null>();
  const issues: CchcIssue[] = [];
  rows.forEach((r, i) => {
    if (!ruleIds.has(r.obligation)) {
      const list = [...ruleIds].join(', ');
      issues.push({
        path: `reports[${i}].obligation`,
        row: i + 1,
        value: r.obligation,
        expected: {
          vi: `một nghĩa vụ báo cáo của bộ: ${list}`,
          en: `a reporting obligation of the pack: ${list}`,
        },
        message: {
          vi: `dòng ${i + 1}, reports[${i}].obligation: bộ "${compiled.pack.id}" không có nghĩa vụ "${r.obligation}" (có: ${list})`,
          en: `row ${i + 1}, reports[${i}].obligation: pack "${compiled.pack.id}" has no obligation "${r.obligation}" (has: ${list})`,
        },
      });
      return;
    }
    if (!r.period.startsWith(String(y))) return;
    if (!known.has(`${r.obligation}|${r.period}`)) {
      const every = compiled.bySubject.report.find((x) => x.id === r.obligation)!.rule.schedule!
        .every;
      issues.push({
        path: `reports[${i}].period`,
        row: i + 1,
        value: r.period,
        expected: { vi: `một kỳ "${every}" của năm ${y}`, en: `a "${every}" period of ${y}` },
        message: {
          vi: `dòng ${i + 1}, reports[${i}].period: "${r.period}" không phải một kỳ của ${r.obligation} (${every})`,
          en: `row ${i + 1}, reports[${i}].period: "${r.period}" is not a period of ${r.obligation} (${every})`,
        },
      });
      return;
    }
    const key = `${r.unitCode}|${r.obligation}|${r.period}`;
    const day = r.submittedOn === undefined ? null : dayNumberOf(r.submittedOn);
    const prev = submitted.get(key);
    if (prev === undefined || prev === null || (day !== null && day < prev))
      submitted.set(key, day ?? prev ?? null);
  });
  if (issues.length > 0) throw new CchcError('invalid-input', issues);
  const units = [...new Set([...opts.unitCodes, ...rows.map((r) => r.unitCode)])].sort();
  const out: Finding[] = [];
  for (const unitCode of units)
    for (const p of periods) {
      const day = submitted.get(`${unitCode}|${p.rule.id}|${p.label}`) ?? null;
      const facts = reportFacts(p.start, p.cutoff, p.due, day, asOfDay, ctx);
      out.push(
        evaluateRule(p.rule, facts, { kind: 'report', unitCode, period: p.label }, ctx, asOfDay),
      );
    }
  return out;
}
