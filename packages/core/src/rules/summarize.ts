import * as z from 'zod/mini';
import evaluationTable from '../../data/rule-packs/one-stop-evaluation-tt01-2018.json';
import { dayNumberOf } from '../internal/days.js';
import type { Bilingual } from '../schema/CchcError.js';
import { PlainDateSchema } from '../schema/plainDate.js';
import type { EvaluationTable } from './internal/evaluationTable.js';
import { parseRows } from './internal/rows.js';
import { trySummaryItems } from './internal/summaryItems.js';

/** Counts of findings by status, and the compliance rate met / (met + missed) — `null` when nothing applied. */
export interface ComplianceCount {
  met: number;
  missed: number;
  pending: number;
  notApplicable: number;
  /** met + missed: the findings that count for the rate. */
  applicable: number;
  /** met / applicable, in [0, 1]; `null` when applicable = 0 (not applicable — neither full marks nor zero). */
  rate: number | null;
}

/** Circular 01/2018 points on one index over a unit's dossiers. */
export interface IndexScore {
  /** Dossiers scored on this index. */
  scored: number;
  /** How many dossiers got 2, 1 and 0 points. */
  distribution: { '2': number; '1': number; '0': number };
  /** Sum of points. */
  points: number;
  /** Mean points per scored dossier, in [0, 2]; `null` when none was scored. */
  mean: number | null;
}

/** A unit's one-stop evaluation under Circular 01/2018/TT-VPCP Art 13–15, from its dossier findings. */
export interface OneStopEvaluation {
  /** Index 1 — processing time vs the time allowed: early 2, on the due date 1, late 0 (from `deadline.on-time`). */
  processingTime: IndexScore;
  /** Index 3 — contacts needed to complete the dossier: none 2, one 1, more 0 (turn-backs + supplement requests). */
  contacts: IndexScore;
  /** Indices measured (index 2, per participating office, and the others need data the log does not hold). */
  indices: readonly ('processingTime' | 'contacts')[];
  /** Σ of the measured indices' means, scaled to the Circular's maximum (UNVERIFIED scaling); null if none measured. */
  points: number | null;
  /** The grade of `points` by the Circular's thresholds; null if none measured. */
  grade: { grade: 'excellent' | 'good' | 'fair' | 'average' | 'weak'; label: Bilingual } | null;
  /** Always true here: only some of the Circular's indices come from dossier logs. */
  partial: true;
}

/** One unit's summary. */
export interface UnitCompliance {
  unitCode: string;
  /** All its findings together. */
  overall: ComplianceCount;
  /** By rule id, e.g. `byRule['deadline.on-time'].rate` (PAR criterion 3.1). */
  byRule: Record<string, ComplianceCount>;
  /** By rule-id prefix: `notice`, `deadline`, `transfer`, `inspection`, `report`, `feedback`, … */
  byGroup: Record<string, ComplianceCount>;
  /** Circular 01/2018 scores, or null when the unit has no scorable dossier finding. */
  evaluation: OneStopEvaluation | null;
}

/** What {@link summarize} returns. */
export interface ComplianceSummary {
  /** Per unit, keys sorted by unit code. */
  units: Record<string, UnitCompliance>;
  /** Every finding together (unitCode `'*'`). */
  total: UnitCompliance;
}

// Only the fields summarize reads are checked, so large batches stay cheap; findings from check* pass as is.
/** @internal The check of each finding (exported for the test comparing it with the zod-free one). */
export const ItemSchema = z.looseObject({
  ruleId: z.string().check(z.minLength(1)),
  status: z.enum(['met', 'missed', 'pending', 'not-applicable']),
  subject: z.looseObject({ kind: z.string(), unitCode: z.string(), id: z.optional(z.string()) }),
  dueDate: z.optional(PlainDateSchema),
  actualDate: z.optional(PlainDateSchema),
  because: z.array(z.looseObject({ fact: z.string(), value: z.unknown() })),
});
type Input = z.output<typeof ItemSchema>;

// The shipped table is stored as its schema's output (zodFree.prop.test.ts proves it), so it is read without a parse.
const table = evaluationTable as EvaluationTable;

const emptyCount = (): ComplianceCount => ({
  met: 0,
  missed: 0,
  pending: 0,
  notApplicable: 0,
  applicable: 0,
  rate: null,
});
const emptyIndex = (): IndexScore => ({
  scored: 0,
  distribution: { '2': 0, '1': 0, '0': 0 },
  points: 0,
  mean: null,
});

function add(c: ComplianceCount, status: Input['status']): void {
  if (status === 'not-applicable') c.notApplicable++;
  else c[status]++;
}
function close(c: ComplianceCount): void {
  c.applicable = c.met + c.missed;
  c.rate = c.applicable === 0 ? null : c.met / c.applicable;
}
function score(ix: IndexScore, points: 0 | 1 | 2): void {
  ix.scored++;
  ix.distribution[points]++;
  ix.points += points;
}
const factValue = (f: Input, fact: string): unknown =>
  f.because.find((b) => b.fact === fact)?.value;

interface DossierScore {
  time?: 0 | 1 | 2;
  turnBacks?: number;
  supplements?: number;
}

/** A dictionary without a prototype: rule ids and unit codes such as `__proto__` stay plain keys. */
const dict = <T = ComplianceCount>(): Record<string, T> => Object.create(null) as Record<string, T>;

/**
 * Summarises findings per unit (tổng hợp theo đơn vị): counts by status and compliance rates per rule, per group
 * and overall — the PAR index's "compliance" inputs (rate = met / (met + missed); pending and not-applicable are
 * left out; a rate with nothing applicable is `null`) — and the one-stop evaluation scores of Circular 01/2018.
 *
 * Circular 01/2018 scores per dossier: index 1 from `deadline.on-time` (result before the due date 2, on it 1,
 * after it 0; pending dossiers are not scored); index 3 from the turn-backs at reception (`receptionTurnBacks`,
 * in `notice.guidance-slip`'s reasons) plus supplement requests (`supplementRequests`, in `notice.supplement-*`):
 * none 2, one 1, more 0. A unit's `points` are the sum of the measured indices' means scaled to 20 and graded
 * ≥ 15 excellent, 12–< 15 good, 9–< 12 fair, 6–< 9 average, < 6 weak. The thresholds are the Circular's; the
 * scaling of a partial set of indices is our reading (UNVERIFIED) — `partial: true` says so.
 *
 * @param findings - Findings from the check functions (any mix of subjects and units).
 * @returns Per-unit summaries and a total.
 * @throws {@link CchcError} when an item is not a finding.
 * @example
 * const s = summarize(checkDossiers(batch));
 * s.units['KS-SONBINH'].byRule['deadline.on-time'].rate //=> 0.96
 * s.units['KS-SONBINH'].evaluation?.grade?.label.vi //=> 'Tốt'
 * @see Thông tư 01/2018/TT-VPCP, Điều 13–15
 */
export function summarize(findings: unknown): ComplianceSummary {
  // Well-formed findings are read as they are (the schema passes the fields read here through unchanged).
  const list =
    (trySummaryItems(findings) as readonly Input[] | undefined) ??
    parseRows(ItemSchema, findings, 'findings');
  const units = new Map<string, { u: UnitCompliance; dossiers: Map<string, DossierScore> }>();
  const total: UnitCompliance = {
    unitCode: '*',
    overall: emptyCount(),
    byRule: dict(),
    byGroup: dict(),
    evaluation: null,
  };
  const totalDossiers = new Map<string, DossierScore>();
  const seenRule = new Map<string, number>();
  const unitOf = (code: string) => {
    let entry = units.get(code);
    if (entry === undefined) {
      entry = {
        u: {
          unitCode: code,
          overall: emptyCount(),
          byRule: dict(),
          byGroup: dict(),
          evaluation: null,
        },
        dossiers: new Map(),
      };
      units.set(code, entry);
    }
    return entry;
  };
  for (const f of list) {
    const { u, dossiers } = unitOf(f.subject.unitCode);
    const group = f.ruleId.split('.')[0]!;
    for (const target of [u, total]) {
      add(target.overall, f.status);
      target.byRule[f.ruleId] ??= emptyCount();
      target.byGroup[group] ??= emptyCount();
      add(target.byRule[f.ruleId]!, f.status);
      add(target.byGroup[group]!, f.status);
    }
    if (f.subject.kind !== 'dossier' || f.subject.id === undefined) continue;
    // The k-th finding of a rule for one (unit, dossier id) belongs to the k-th dossier with that id, so two dossiers
    // sharing an id (from separate calls) are scored as two, whatever the order.
    const ruleKey = `${f.subject.unitCode}\u0000${f.subject.id}\u0000${f.ruleId}`;
    const occurrence = seenRule.get(ruleKey) ?? 0;
    seenRule.set(ruleKey, occurrence + 1);
    const key = `${f.subject.id}\u0000${occurrence}`;
    for (const map of [dossiers, totalDossiers]) {
      const tkey = map === totalDossiers ? `${f.subject.unitCode}\u0000${key}` : key;
      const ds = map.get(tkey) ?? {};
      map.set(tkey, ds);
      if (
        f.ruleId === 'deadline.on-time' &&
        (f.status === 'met' || f.status === 'missed') &&
        f.dueDate &&
        f.actualDate
      ) {
        const diff = dayNumberOf(f.actualDate) - dayNumberOf(f.dueDate);
        ds.time = f.status === 'missed' ? 0 : diff < 0 ? 2 : 1;
      } else if (f.ruleId === 'deadline.on-time' && f.status === 'missed') ds.time = 0;
      const tb = factValue(f, 'receptionTurnBacks');
      if (typeof tb === 'number') ds.turnBacks = tb;
      const sr = factValue(f, 'supplementRequests');
      if (typeof sr === 'number') ds.supplements = sr;
    }
  }
  const evaluate = (dossiers: Map<string, DossierScore>): OneStopEvaluation | null => {
    const time = emptyIndex();
    const contacts = emptyIndex();
    for (const ds of dossiers.values()) {
      if (ds.time !== undefined) score(time, ds.time);
      if (ds.turnBacks !== undefined || ds.supplements !== undefined) {
        const n = (ds.turnBacks ?? 0) + (ds.supplements ?? 0);
        score(contacts, n === 0 ? 2 : n === 1 ? 1 : 0);
      }
    }
    const indices: ('processingTime' | 'contacts')[] = [];
    let sum = 0;
    for (const [name, ix] of [
      ['processingTime', time],
      ['contacts', contacts],
    ] as const) {
      if (ix.scored === 0) continue;
      ix.mean = ix.points / ix.scored;
      sum += ix.mean;
      indices.push(name);
    }
    if (indices.length === 0) return null;
    const points = (sum / (2 * indices.length)) * table.maxPoints;
    const g = table.grades.find((x) => points >= x.min) ?? table.grades[table.grades.length - 1]!;
    return {
      processingTime: time,
      contacts,
      indices,
      points,
      grade: { grade: g.grade, label: g.label },
      partial: true,
    };
  };
  const out = dict<UnitCompliance>();
  for (const code of [...units.keys()].sort()) {
    const { u, dossiers } = units.get(code)!;
    for (const c of [u.overall, ...Object.values(u.byRule), ...Object.values(u.byGroup)]) close(c);
    u.evaluation = evaluate(dossiers);
    out[code] = u;
  }
  for (const c of [total.overall, ...Object.values(total.byRule), ...Object.values(total.byGroup)])
    close(c);
  total.evaluation = evaluate(totalDossiers);
  return { units: out, total };
}
