// The check functions do not depend on the order of their input: dossiers, feedback items, inspections, reports and
// unit lists (except the documented `subject.index` of an inspection, its position in the log given).
import {
  checkFeedback,
  checkInspections,
  checkReporting,
  compileRulePack,
  type Finding,
  getRulePack,
  parseDossiers,
  reportingSchedule,
} from '@cchc/core';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  expectFiniteNumbers,
  expectPrototypesClean,
  PROPERTY_TIMEOUT,
  runs,
  withPermutation,
} from './kit.js';
import { dateIn, dossiers, feedbackItems, inspectionLog, shift, UNITS } from './rules-data.js';

afterAll(expectPrototypesClean);

const khanhson = getRulePack('khanhson-2017');
const evaluator = compileRulePack(khanhson);

const byDossier = (findings: readonly Finding[]) => {
  const out = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = 'id' in f.subject ? f.subject.id : '';
    out.set(key, [...(out.get(key) ?? []), f]);
  }
  return out;
};

describe('check functions and the order of their input', () => {
  it(
    'checkDossiers: shuffling the dossiers only reorders the findings, dossier by dossier',
    () => {
      fc.assert(
        fc.property(withPermutation(dossiers('2017-04-10', '2018-03-31')), ([list, shuffled]) => {
          const a = byDossier(evaluator.checkDossiers(parseDossiers(list), { asOf: '2018-06-01' }));
          const b = byDossier(evaluator.checkDossiers(shuffled, { asOf: '2018-06-01' }));
          expect(new Map([...b].sort())).toEqual(new Map([...a].sort()));
        }),
        { numRuns: runs(60) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'checkFeedback: shuffling the items only reorders the findings',
    () => {
      fc.assert(
        fc.property(
          withPermutation(feedbackItems('2017-04-10', '2017-12-01')),
          dateIn('2017-06-01', '2018-02-01'),
          ([list, shuffled], asOf) => {
            const a = byDossier(checkFeedback(list, khanhson, { asOf }));
            const b = byDossier(checkFeedback(shuffled, khanhson, { asOf }));
            expect(new Map([...b].sort())).toEqual(new Map([...a].sort()));
          },
        ),
        { numRuns: runs(80) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'checkInspections: the weekly findings ignore the log order; per-inspection ones differ only by index',
    () => {
      const period = { from: '2017-04-10', to: '2017-06-30' };
      fc.assert(
        fc.property(
          withPermutation(inspectionLog('2017-04-03', '2017-07-07')),
          fc.subarray([...UNITS]),
          ([log, shuffled], unitCodes) => {
            const a = checkInspections(log, period, khanhson, { unitCodes });
            const b = checkInspections(shuffled, period, khanhson, {
              unitCodes: [...unitCodes].reverse(),
            });
            const weekly = (fs: Finding[]) => fs.filter((f) => f.subject.kind === 'unit-week');
            expect(weekly(b)).toEqual(weekly(a));
            const each = (fs: Finding[], source: typeof log) =>
              fs
                .filter((f) => f.subject.kind === 'inspection')
                .map((f) => {
                  const s = f.subject as { index: number; date: string; unitCode: string };
                  expect(source[s.index]!.date).toBe(s.date); // index names the inspection in the log given
                  expect(source[s.index]!.unitCode).toBe(s.unitCode);
                  return JSON.stringify({ ...f, subject: { ...s, index: 0 } });
                })
                .sort();
            expect(each(b, shuffled)).toEqual(each(a, log));
          },
        ),
        { numRuns: runs(60) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'checkReporting: neither the report list nor the unit list order changes the findings',
    () => {
      const schedule = reportingSchedule(2017, khanhson);
      const report = fc
        .record({
          unitCode: fc.constantFrom(...UNITS),
          k: fc.nat({ max: schedule.length - 1 }),
          offset: fc.option(fc.integer({ min: -10, max: 20 }), { nil: undefined }),
        })
        .map(({ unitCode, k, offset }) => {
          const o = schedule[k]!;
          return {
            unitCode,
            obligation: o.ruleId,
            period: o.period,
            ...(offset === undefined ? {} : { submittedOn: shift(o.dueDate, offset) }),
          };
        });
      fc.assert(
        fc.property(
          withPermutation(fc.array(report, { maxLength: 20 })),
          fc.subarray([...UNITS]),
          dateIn('2017-03-01', '2018-02-01'),
          ([list, shuffled], unitCodes, asOf) => {
            const a = checkReporting(list, 2017, khanhson, { unitCodes, asOf });
            const b = checkReporting(shuffled, 2017, khanhson, {
              unitCodes: [...unitCodes].reverse(),
              asOf,
            });
            expect(b).toEqual(a);
            expectFiniteNumbers(a);
          },
        ),
        { numRuns: runs(60) },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
