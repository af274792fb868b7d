// Properties of summarize: counts and rates stay in bounds, the order of the findings does not matter, one more
// missed obligation never raises a rate; duplicate dossier ids and prototype keys as data.
import {
  type ComplianceCount,
  compileRulePack,
  getRulePack,
  parseDossiers,
  summarize,
  type UnitCompliance,
} from '@cchc/core';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  expectCchcError,
  expectFiniteNumbers,
  expectPrototypesClean,
  PROPERTY_TIMEOUT,
  runIsolated,
  runs,
  withPermutation,
} from './kit.js';
import { dossiers, finding, type SyntheticFinding } from './rules-data.js';

afterAll(expectPrototypesClean);

const khanhson = getRulePack('khanhson-2017');
const evaluator = compileRulePack(khanhson);

function expectCount(c: ComplianceCount): void {
  for (const k of ['met', 'missed', 'pending', 'notApplicable'] as const) {
    expect(Number.isInteger(c[k])).toBe(true);
    expect(c[k]).toBeGreaterThanOrEqual(0);
  }
  expect(c.applicable).toBe(c.met + c.missed);
  if (c.applicable === 0) expect(c.rate).toBeNull();
  else {
    expect(c.rate).toBe(c.met / c.applicable);
    expect(c.rate).toBeGreaterThanOrEqual(0);
    expect(c.rate).toBeLessThanOrEqual(1);
  }
}
const size = (c: ComplianceCount) => c.met + c.missed + c.pending + c.notApplicable;

function expectUnit(u: UnitCompliance, findings: readonly { subject: { unitCode: string } }[]) {
  const mine =
    u.unitCode === '*' ? findings : findings.filter((f) => f.subject.unitCode === u.unitCode);
  expectCount(u.overall);
  expect(size(u.overall)).toBe(mine.length);
  for (const list of [u.byRule, u.byGroup]) {
    Object.values(list).forEach(expectCount);
    expect(Object.values(list).reduce((t, c) => t + size(c), 0)).toBe(mine.length);
  }
  const e = u.evaluation;
  if (e === null) return;
  expect(e.points).not.toBeNull();
  expect(e.points!).toBeGreaterThanOrEqual(0);
  expect(e.points!).toBeLessThanOrEqual(20);
  for (const ix of [e.processingTime, e.contacts]) {
    const d = ix.distribution;
    expect(d['2'] + d['1'] + d['0']).toBe(ix.scored);
    expect(ix.points).toBe(2 * d['2'] + d['1']);
    if (ix.scored === 0) expect(ix.mean).toBeNull();
    else {
      expect(ix.mean!).toBeGreaterThanOrEqual(0);
      expect(ix.mean!).toBeLessThanOrEqual(2);
    }
  }
}

function expectSummary(findings: readonly { subject: { unitCode: string } }[]): void {
  const s = summarize(findings);
  expectFiniteNumbers(s);
  expect(Object.keys(s.units)).toEqual(
    [...new Set(findings.map((f) => f.subject.unitCode))].sort(),
  );
  for (const u of Object.values(s.units)) expectUnit(u, findings);
  expectUnit(s.total, findings);
  for (const k of ['met', 'missed', 'pending', 'notApplicable'] as const)
    expect(Object.values(s.units).reduce((t, u) => t + u.overall[k], 0)).toBe(s.total.overall[k]);
}

describe('summarize', () => {
  it(
    'keeps counts consistent and rates in [0, 1] or null; Circular 01 points in [0, 20]',
    () => {
      fc.assert(
        fc.property(fc.array(finding, { maxLength: 40 }), (list) => expectSummary(list)),
        { numRuns: runs(150) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'does the same on the findings of generated dossiers',
    () => {
      fc.assert(
        fc.property(dossiers('2017-04-10', '2018-03-31'), (list) => {
          expectSummary(evaluator.checkDossiers(list, { asOf: '2018-06-01' }));
        }),
        { numRuns: runs(60) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'does not depend on the order of the findings (one finding per dossier and rule, as the checks give)',
    () => {
      // Real findings never hold two results of one rule for one dossier, nor two different fact values for it.
      const consistent = (list: SyntheticFinding[]) => {
        const seen = new Set<string>();
        const facts = new Map<string, SyntheticFinding['because']>();
        return list.flatMap((f) => {
          const id = `${f.subject.unitCode}|${'id' in f.subject ? f.subject.id : f.subject.kind}`;
          if (seen.has(`${id}|${f.ruleId}`)) return [];
          seen.add(`${id}|${f.ruleId}`);
          if (!facts.has(id)) facts.set(id, f.because);
          return [{ ...f, because: facts.get(id)! }];
        });
      };
      fc.assert(
        fc.property(
          withPermutation(fc.array(finding, { maxLength: 30 }).map(consistent)),
          ([list, shuffled]) => {
            expect(summarize(shuffled)).toEqual(summarize(list));
          },
        ),
        { numRuns: runs(150) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'one more missed obligation never raises a unit’s rate (overall, by rule, by group)',
    () => {
      const rateOf = (c: ComplianceCount | undefined) => c?.rate ?? null;
      const notHigher = (after: number | null, before: number | null) => {
        if (before === null) expect(after === null || after === 0).toBe(true);
        else expect(after!).toBeLessThanOrEqual(before);
      };
      fc.assert(
        fc.property(fc.array(finding, { maxLength: 30 }), finding, fc.nat(), (list, extra, at) => {
          const missed: SyntheticFinding = { ...extra, status: 'missed' };
          const before = summarize(list).units[missed.subject.unitCode];
          const afterList = [...list];
          afterList.splice(at % (list.length + 1), 0, missed);
          const after = summarize(afterList).units[missed.subject.unitCode]!;
          const group = missed.ruleId.split('.')[0]!;
          notHigher(rateOf(after.overall), rateOf(before?.overall));
          notHigher(rateOf(after.byRule[missed.ruleId]), rateOf(before?.byRule[missed.ruleId]));
          notHigher(rateOf(after.byGroup[group]), rateOf(before?.byGroup[group]));
          expect(after.overall.missed).toBe((before?.overall.missed ?? 0) + 1);
        }),
        { numRuns: runs(150) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'turning one obligation from met, pending or not-applicable into missed never raises a rate',
    () => {
      fc.assert(
        fc.property(fc.array(finding, { minLength: 1, maxLength: 30 }), fc.nat(), (list, at) => {
          const i = at % list.length;
          const changed = list.map((f, k) => (k === i ? { ...f, status: 'missed' as const } : f));
          const unit = list[i]!.subject.unitCode;
          const before = summarize(list).units[unit]!.overall.rate;
          const after = summarize(changed).units[unit]!.overall.rate!;
          if (before !== null) expect(after).toBeLessThanOrEqual(before);
          else expect(after).toBe(0);
        }),
        { numRuns: runs(150) },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('duplicate dossier ids', () => {
  // Regression (fixed in 184cc1a): two dossiers of one unit sharing an id were merged into one Circular 01/2018
  // record, last one wins — the unit's evaluation counted one dossier instead of two and flipped with the input
  // order (points 0 "weak" ⇄ 20 "excellent" for the two dossiers below). Found by this suite.
  const base = {
    unitCode: 'KS-TOHAP',
    procedure: { code: 'HT-01', name: 'Khai sinh', processingDays: 3 },
    channel: 'in-person' as const,
  };
  const a = {
    ...base,
    id: 'D1',
    receivedAt: '2017-05-02T09:00',
    events: [
      { type: 'accepted' as const, date: '2017-05-02T09:05', dueDate: '2017-05-05' },
      { type: 'returned' as const, date: '2017-05-04' },
    ],
  };
  const b = {
    ...base,
    id: 'D1',
    receivedAt: '2017-05-08T09:00',
    events: [
      { type: 'accepted' as const, date: '2017-05-08T09:05', dueDate: '2017-05-11' },
      {
        type: 'supplement-requested' as const,
        date: '2017-05-09',
        reason: 'Thiếu',
        newDueDate: '2017-05-15',
      },
      {
        type: 'supplement-requested' as const,
        date: '2017-05-10',
        reason: 'Thiếu',
        newDueDate: '2017-05-16',
      },
      { type: 'returned' as const, date: '2017-05-18' },
    ],
  };

  it('in one batch they are rejected with a CchcError', () => {
    expect(() => parseDossiers([a, b])).toThrow();
    try {
      evaluator.checkDossiers([a, b], { asOf: '2017-06-30' });
    } catch (e) {
      expectCchcError(e);
    }
  });

  it('checked separately, summarize counts both, whatever the order', () => {
    const fa = evaluator.checkDossiers([a], { asOf: '2017-06-30' });
    const fb = evaluator.checkDossiers([b], { asOf: '2017-06-30' });
    const ab = summarize([...fa, ...fb]).units['KS-TOHAP']!.evaluation!;
    const ba = summarize([...fb, ...fa]).units['KS-TOHAP']!.evaluation!;
    expect(ab).toEqual(ba);
    expect(ab.processingTime.scored).toBe(2);
    expect(ab.contacts.scored).toBe(2);
  });
});

describe('summarize and prototype keys as data', () => {
  // Regression (fixed): per-rule, per-group and per-unit counts lived in plain objects indexed by the finding's
  // ruleId, so a ruleId "__proto__.x" made `byGroup['__proto__']` Object.prototype and summarize wrote `met = NaN`
  // onto it (global prototype pollution); a unit coded "__proto__" vanished from `units`. They are now
  // prototype-less dictionaries.
  // Counterexample: summarize([{ ruleId: '__proto__.x', status: 'met', subject: { kind: 'unit-week',
  //   unitCode: 'U1', period: '2017-W20' }, because: [] }]).
  // Run in a child process so any pollution cannot leak into this one.
  let child: ReturnType<typeof runIsolated> | undefined;
  let report: { polluted: string[]; units: string[] | null } | undefined;
  it(
    'runs summarize on "__proto__" rule ids and unit codes in a child process',
    () => {
      child = runIsolated(
        `const f = (ruleId, unitCode) => ({ ruleId, status: 'met', subject: { kind: 'unit-week', unitCode, period: '2017-W20' }, because: [] });
       let s = null;
       try { s = core.summarize([f('__proto__.x', 'U1'), f('notice.receipt', '__proto__')]); }
       catch (e) { if (!(e instanceof core.CchcError)) throw e; }
       const polluted = Object.getOwnPropertyNames(Object.prototype).filter((k) => ['met', 'missed', 'pending', 'notApplicable', 'applicable', 'rate'].includes(k));
       console.log('REPORT' + JSON.stringify({ polluted, units: s && Object.keys(s.units) }));`,
        15_000,
      );
      const line = child.output.split('\n').find((l) => l.startsWith('REPORT'));
      expect(line).toBeDefined();
      report = JSON.parse(line!.slice('REPORT'.length));
    },
    PROPERTY_TIMEOUT,
  );

  it('a "__proto__" rule id does not pollute Object.prototype', () => {
    expect(report?.polluted).toEqual([]);
  });

  it('a unit coded "__proto__" is listed (or the findings rejected with a CchcError)', () => {
    expect(report?.units === null || report?.units.includes('__proto__')).toBe(true);
  });
});
