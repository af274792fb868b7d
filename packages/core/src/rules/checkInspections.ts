import * as z from 'zod/mini';
import { resolveCalendar } from '../calendar/internal/args.js';
import { dayNumberOf, formatDayNumber } from '../internal/days.js';
import { parseOrThrow } from '../schema/parse.js';
import { PlainDateSchema } from '../schema/plainDate.js';
import type { Finding } from './findingSchema.js';
import { InspectionSchema } from './inspectionSchema.js';
import { compiledPackOf } from './internal/compiledPack.js';
import { CheckOptionsSchema, makeContext } from './internal/context.js';
import { evaluateRule } from './internal/evaluate.js';
import { isoWeekOf } from './internal/periods.js';
import { parseRows } from './internal/rows.js';
import { inspectionFacts, inspectionWeekFacts } from './internal/subjectFacts.js';

const PeriodSchema = z.strictObject({ from: PlainDateSchema, to: PlainDateSchema }).check(
  z.refine((p) => p.from <= p.to, {
    message: 'from ≤ to',
    path: ['to'],
    params: { vi: 'một ngày không trước "from"', en: 'a date not before "from"' },
  }),
);

const InspectionOptionsSchema = z.extend(CheckOptionsSchema, {
  /** Units that must inspect; a unit with no inspection at all is checked too. Units in the log are added. */
  unitCodes: z._default(z.array(z.string().check(z.minLength(1))), []),
});

/**
 * Checks the heads' inspections of the one-stop section (kiểm tra hoạt động bộ phận một cửa) over a period:
 * for `inspection-week` rules one finding per unit and ISO week (weeks clipped to the period; weeks with no working
 * day are not applicable), for `inspection` rules one finding per inspection in the period (violations handled in
 * time).
 *
 * `asOf` (default: `period.to`) decides pending versus missed; inspections and handling dated after it are ignored.
 *
 * @param inspections - The inspection log, validated with {@link InspectionSchema}.
 * @param period - `{ from, to }`, inclusive plain dates.
 * @param pack - A rule pack with inspection rules (e.g. `khanhson-2017`).
 * @param options - `unitCodes`, `asOf`, `calendar`.
 * @returns Weekly findings (unit by unit, week by week), then per-inspection findings in log order.
 * @throws {@link CchcError} on invalid rows, period or options.
 * @example
 * checkInspections(log, { from: '2017-04-10', to: '2017-06-30' }, getRulePack('khanhson-2017'), { unitCodes: ['KS-SONBINH'] })
 * @see Công văn 112/UBND-NV (2017), mục 4 ("ít nhất mỗi tuần 01-02 lần")
 */
export function checkInspections(
  inspections: unknown,
  period: { from: string; to: string },
  pack: unknown,
  options?: z.input<typeof InspectionOptionsSchema>,
): Finding[] {
  const log = parseRows(InspectionSchema, inspections, 'inspections');
  const p = parseOrThrow(PeriodSchema, period, 'period');
  const compiled = compiledPackOf(pack);
  const opts = parseOrThrow(InspectionOptionsSchema, options ?? {}, 'options');
  const ctx = makeContext(compiled.pack, resolveCalendar(opts.calendar), compiled.intern);
  const from = dayNumberOf(p.from);
  const to = dayNumberOf(p.to);
  const asOfDay = opts.asOf === undefined ? to : dayNumberOf(opts.asOf);
  const byUnit = new Map<string, number[]>();
  for (const u of opts.unitCodes) byUnit.set(u, []);
  for (const x of log) {
    const days = byUnit.get(x.unitCode) ?? [];
    byUnit.set(x.unitCode, days);
    days.push(dayNumberOf(x.date));
  }
  const units = [...byUnit.keys()].sort();
  const out: Finding[] = [];
  for (const cr of compiled.bySubject['inspection-week'])
    for (const unitCode of units) {
      const days = byUnit.get(unitCode)!;
      for (let monday = isoWeekOf(from).monday; monday <= to; monday += 7) {
        const start = Math.max(monday, from);
        const end = Math.min(monday + 6, to);
        const facts = inspectionWeekFacts(days, start, end, asOfDay, ctx);
        const subject = { kind: 'unit-week' as const, unitCode, period: isoWeekOf(monday).label };
        out.push(evaluateRule(cr, facts, subject, ctx, asOfDay));
      }
    }
  for (const cr of compiled.bySubject.inspection)
    log.forEach((x, index) => {
      const day = dayNumberOf(x.date);
      if (day < from || day > to || day > asOfDay) return;
      const handled = x.handledOn === undefined ? null : dayNumberOf(x.handledOn);
      const facts = inspectionFacts(day, x.violations, handled, asOfDay, ctx);
      const subject = {
        kind: 'inspection' as const,
        unitCode: x.unitCode,
        date: formatDayNumber(day),
        index,
      };
      out.push(evaluateRule(cr, facts, subject, ctx, asOfDay));
    });
  return out;
}
