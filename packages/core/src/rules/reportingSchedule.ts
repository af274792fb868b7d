import * as z from 'zod/mini';
import { CALENDAR_RANGE } from '../calendar/internal/holidayRules.js';
import { formatDayNumber } from '../internal/days.js';
import type { Bilingual } from '../schema/CchcError.js';
import { parseOrThrow } from '../schema/parse.js';
import type { CompiledRule } from './internal/compile.js';
import { compiledPackOf } from './internal/compiledPack.js';
import { type CheckOptions, contextOf, type EvalContext } from './internal/context.js';
import { type Every, periodsOf, type Window } from './internal/periods.js';
import type { Citation } from './rulePackSchema.js';

/** One reporting obligation of a year: what, for which period, the data window, and the filing deadline. */
export interface ReportingObligation {
  /** The rule id, e.g. `'report.six-month'`. */
  readonly ruleId: string;
  readonly title: Bilingual;
  /** `'2017-06'`, `'2017-Q2'`, `'2017-H1'`, `'2017-9M'` or `'2017'`. */
  readonly period: string;
  readonly every: Every;
  readonly window: Window;
  /** First day of the data window. */
  readonly from: string;
  /** Data cut-off (ngày chốt số liệu): last day of the data window. */
  readonly cutoff: string;
  /** Filing deadline: the rule's `dueWorkingDays` working days after the cut-off. */
  readonly dueDate: string;
  readonly verified: boolean;
  readonly citations: readonly Citation[];
}

/** @internal One period of a compiled report rule, as day numbers. */
export interface SchedulePeriod {
  readonly rule: CompiledRule;
  readonly label: string;
  readonly start: number;
  readonly cutoff: number;
  readonly due: number;
}

/** @internal The periods of every report rule of a compiled pack in a year, in rule order then period order. */
export function schedulePeriods(
  rules: readonly CompiledRule[],
  year: number,
  ctx: EvalContext,
): SchedulePeriod[] {
  const out: SchedulePeriod[] = [];
  for (const cr of rules) {
    const s = cr.rule.schedule!;
    for (const p of periodsOf(year, s.every, s.window))
      out.push({
        rule: cr,
        label: p.label,
        start: p.start,
        cutoff: p.end,
        due: ctx.days.add(p.end, cr.deadline!.workingDays ?? 0),
      });
  }
  return out;
}

export const YearSchema = z
  .int()
  .check(z.minimum(CALENDAR_RANGE.from + 1), z.maximum(CALENDAR_RANGE.to - 1));

/**
 * Lists every reporting obligation of a pack in a year (lịch báo cáo): each `report.*` rule's periods with their
 * data window, cut-off and filing deadline (working days after the cut-off, from the rule's parameters), sorted by
 * deadline — so a portal can show what is due and what is overdue.
 *
 * Windows follow Decree 09/2019/NĐ-CP Art 12 (`'decree-09-2019'`: 15th of the month before → 14th) or calendar
 * months (`'calendar'`), as each rule's `schedule` says; deadlines not in the source are marked `verified: false`.
 *
 * @param year - The calendar year.
 * @param pack - A rule pack.
 * @param options - `calendar` for the working days.
 * @returns The obligations, by deadline then rule id.
 * @throws {@link CchcError} on an invalid year, pack or options.
 * @example
 * reportingSchedule(2017, getRulePack('khanhson-2017')).find((o) => o.ruleId === 'report.six-month')
 * //=> { period: '2017-H1', from: '2016-12-15', cutoff: '2017-06-14', dueDate: '2017-06-16', … }
 * @see Nghị định 09/2019/NĐ-CP, Điều 12; Công văn 112/UBND-NV (2017), mục 3
 */
export function reportingSchedule(
  year: number,
  pack: unknown,
  options?: Pick<CheckOptions, 'calendar'>,
): ReportingObligation[] {
  const y = parseOrThrow(YearSchema, year, 'year');
  const compiled = compiledPackOf(pack);
  const { ctx } = contextOf(compiled.pack, options, compiled.intern);
  const rows = schedulePeriods(compiled.bySubject.report, y, ctx).map((p) => ({
    ruleId: p.rule.id,
    title: p.rule.rule.title,
    period: p.label,
    every: p.rule.rule.schedule!.every,
    window: p.rule.rule.schedule!.window,
    from: formatDayNumber(p.start),
    cutoff: formatDayNumber(p.cutoff),
    dueDate: formatDayNumber(p.due),
    verified: p.rule.rule.verified,
    citations: p.rule.citations,
  }));
  return rows.sort((a, b) =>
    a.dueDate < b.dueDate
      ? -1
      : a.dueDate > b.dueDate
        ? 1
        : a.ruleId < b.ruleId
          ? -1
          : a.ruleId > b.ruleId
            ? 1
            : 0,
  );
}
