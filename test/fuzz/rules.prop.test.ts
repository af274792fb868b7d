// Fuzz: every public function of the rules concept rejects hostile or mutated input (dossiers, packs, overrides,
// logs, periods, options) with a bilingual CchcError; what it accepts gives findings that pass FindingSchema.
import {
  checkDossier,
  checkDossiersWithEngine,
  checkDossierWithEngine,
  checkFeedback,
  checkInspections,
  checkReporting,
  compileRulePack,
  FindingSchema,
  getRulePack,
  mergeRulePacks,
  packFor,
  parseDossiers,
  reportingSchedule,
  SHIPPED_RULE_PACKS,
  summarize,
} from '@cchc/core';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  expectCchcError,
  expectPrototypesClean,
  hostile,
  mutantOf,
  nastyNumber,
  nastyString,
  PROPERTY_TIMEOUT,
  runs,
  validOrCchcError,
  validOrCchcErrorAsync,
} from './kit.js';
import { dateIn, dossiers, feedbackItems, finding, inspectionLog } from './rules-data.js';

afterAll(expectPrototypesClean);

const khanhson = getRulePack('khanhson-2017');
const packs = SHIPPED_RULE_PACKS.map((id) => getRulePack(id));
const findingsOk = (findings: unknown[]) => {
  for (const f of findings) expect(FindingSchema.safeParse(f).success).toBe(true);
};
const oneDossier = dossiers('2017-04-10', '2026-06-30', { minLength: 1, maxLength: 1 }).map(
  (l) => l[0]!,
);
const options = fc.oneof(
  fc.constant(undefined),
  fc.record({ asOf: fc.oneof(dateIn('2017-01-01', '2027-12-31'), nastyString) }),
  hostile,
);
/** Whether a pack's rule conditions hold only finite numbers (NaN and ±Infinity there are a known bug, pinned below). */
function finiteConditions(pack: unknown): boolean {
  const walk = (v: unknown): boolean =>
    typeof v === 'number'
      ? Number.isFinite(v)
      : typeof v !== 'object' || v === null || Object.values(v).every(walk);
  const rules = (pack as { rules?: unknown } | null)?.rules;
  return (
    !Array.isArray(rules) ||
    rules.every((r) => walk((r as { conditions?: unknown } | null)?.conditions))
  );
}
const mutantPack = (pack: unknown) => mutantOf(pack).filter(finiteConditions);

const anyPack = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...packs) },
  { weight: 2, arbitrary: mutantPack(khanhson) },
  { weight: 1, arbitrary: hostile.filter(finiteConditions) },
);

describe('rules entry points on hostile input', () => {
  it(
    'checkDossier / compileRulePack / parseDossiers: findings that pass FindingSchema, or a CchcError',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(oneDossier, oneDossier.chain(mutantOf), hostile),
          anyPack,
          options,
          (dossier, pack, opts) => {
            validOrCchcError(() => checkDossier(dossier, pack, opts as never), findingsOk);
            validOrCchcError(
              () => compileRulePack(pack).checkDossiers([dossier], opts as never),
              findingsOk,
            );
            validOrCchcError(() => parseDossiers(dossier as never));
            validOrCchcError(() => parseDossiers([dossier, dossier]));
          },
        ),
        { numRuns: runs(100) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'checkDossierWithEngine / checkDossiersWithEngine reject with a CchcError, never another error',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(oneDossier.chain(mutantOf), hostile),
          fc.oneof(fc.constantFrom(...packs), hostile),
          options,
          async (dossier, pack, opts) => {
            await validOrCchcErrorAsync(
              () => checkDossierWithEngine(dossier, pack, opts as never),
              findingsOk,
            );
            await validOrCchcErrorAsync(
              () => checkDossiersWithEngine(dossier as never, pack, opts as never),
              findingsOk,
            );
          },
        ),
        { numRuns: runs(80) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'checkFeedback / checkInspections / checkReporting / reportingSchedule on mutated logs, periods, years',
    () => {
      const feedback = feedbackItems('2017-04-10', '2017-12-01');
      const log = inspectionLog('2017-04-03', '2017-07-07');
      const reports = fc.constant([
        {
          unitCode: 'KS-SONBINH',
          obligation: 'report.six-month',
          period: '2017-H1',
          submittedOn: '2017-06-20',
        },
      ]);
      const period = fc.oneof(
        fc.constant({ from: '2017-04-10', to: '2017-06-30' }),
        mutantOf({ from: '2017-04-10', to: '2017-06-30' }),
        hostile,
      );
      const year = fc.oneof(fc.integer({ min: 2010, max: 2105 }), nastyNumber, hostile);
      const opts = fc.oneof(
        fc.constant({ asOf: '2017-12-31', unitCodes: ['KS-SONBINH'] }),
        mutantOf({ asOf: '2017-12-31', unitCodes: ['KS-SONBINH'] }),
        hostile,
      );
      fc.assert(
        fc.property(
          fc.oneof(feedback, feedback.chain(mutantOf), hostile),
          fc.oneof(log, log.chain(mutantOf), hostile),
          fc.oneof(reports, reports.chain(mutantOf), hostile),
          period,
          year,
          fc.oneof(fc.constant(khanhson), mutantPack(khanhson), hostile.filter(finiteConditions)),
          opts,
          (items, inspections, filed, p, y, pack, o) => {
            validOrCchcError(() => checkFeedback(items, pack, o as never), findingsOk);
            validOrCchcError(
              () => checkInspections(inspections, p as never, pack, o as never),
              findingsOk,
            );
            validOrCchcError(
              () => checkReporting(filed, y as number, pack, o as never),
              findingsOk,
            );
            validOrCchcError(
              () => reportingSchedule(y as number, pack, o as never),
              (rows) => {
                for (const r of rows) expect(r.cutoff <= r.dueDate).toBe(true);
                const due = rows.map((r) => r.dueDate);
                expect([...due].sort()).toEqual(due);
              },
            );
          },
        ),
        { numRuns: runs(200) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'summarize rejects anything that is not a list of findings with a CchcError',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(fc.array(finding, { maxLength: 5 }).chain(mutantOf), hostile),
          (input) => {
            validOrCchcError(() => summarize(input));
          },
        ),
        { numRuns: runs(200) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'getRulePack, packFor: a shipped pack valid on the date, or a CchcError',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(fc.constantFrom(...SHIPPED_RULE_PACKS), nastyString, hostile),
          fc.oneof(dateIn('2010-01-01', '2030-12-31'), nastyString, hostile),
          (id, date) => {
            validOrCchcError(
              () => getRulePack(id as string),
              (p) => expect(p.id).toBe(id),
            );
            validOrCchcError(
              () => packFor(date as string),
              (p) => {
                expect(p.validFrom <= (date as string)).toBe(true);
                if (p.validTo !== undefined) expect((date as string) <= p.validTo).toBe(true);
              },
            );
          },
        ),
        { numRuns: runs(200) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  // Regression (fixed in 184cc1a): an id with no string form made getRulePack throw a TypeError
  // (getRulePack(Object.create(null)) → "Cannot convert object to primitive value"). Found by this suite.
  it('getRulePack rejects an id with no string form with a CchcError', () => {
    for (const id of [Object.create(null), Symbol('id')]) {
      try {
        getRulePack(id);
        throw new Error('accepted');
      } catch (e) {
        expectCchcError(e);
      }
    }
  });

  it(
    'mergeRulePacks: a valid merged pack or a CchcError, for mutated bases and overrides',
    () => {
      const override = {
        id: 'khanhson-2017-2x',
        extends: 'khanhson-2017',
        version: '1',
        title: { vi: 'Hai lần mỗi tuần', en: 'Twice a week' },
        jurisdiction: 'VN-KH/Khánh Sơn',
        verified: false,
        sources: [
          { document: 'Quyết định 1/QĐ-UBND', issuer: 'UBND huyện Khánh Sơn', verified: false },
        ],
        override: [{ id: 'inspection.weekly', params: { minPerWeek: 2 } }],
        remove: ['notice.early-result'],
      };
      expect(() => mergeRulePacks(khanhson, override)).not.toThrow();
      fc.assert(
        fc.property(
          fc.oneof(fc.constant(khanhson), mutantPack(khanhson), hostile.filter(finiteConditions)),
          fc.oneof(mutantOf(override), hostile),
          (base, o) => {
            validOrCchcError(
              () => mergeRulePacks(base, o),
              (merged) => {
                const ids = merged.rules.map((r) => r.id);
                expect(new Set(ids).size).toBe(ids.length);
                expect(() => compileRulePack(merged)).not.toThrow();
              },
            );
          },
        ),
        { numRuns: runs(120) },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
