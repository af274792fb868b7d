// The fast path's verdict tables only remember: a verdict found in a table must equal the one the `because` trie
// computes afresh — for values the table codes (integers, booleans, null, strings) and for those it must refuse
// (-0, fractions, NaN, huge numbers, a 17th distinct string), and past the table's growth and its cap.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../calendar/createCalendar.js';
import { FACT_CATALOG, type FactValue } from '../factCatalog.js';
import type { FindingSubject } from '../findingSchema.js';
import { getRulePack } from '../getRulePack.js';
import type { CompiledRule } from './compile.js';
import { type CompiledPack, compileValidPack } from './compiledPack.js';
import { makeContext } from './context.js';
import { evaluateRule, evaluateWith } from './evaluate.js';
import { factNames } from './slots.js';

const calendar = createCalendar();
const subject: FindingSubject = { kind: 'dossier', id: 'D1', unitCode: 'U' };
const names = factNames('dossier');
const catalog: Record<string, { type: string }> = FACT_CATALOG.dossier;

/** Facts from a pool of values; date facts get day numbers (or null) for the deadline arithmetic. */
const factsOf = (pool: readonly FactValue[]): FactValue[] =>
  names.map((n, i) => {
    const v = pool[i]!;
    if (catalog[n]!.type !== 'date') return v;
    return typeof v === 'number' && Number.isInteger(v) && v > 17000 && v < 21000 ? v : null;
  });

/** The finding through the rule's verdict table in `ctx` (kept across calls), and afresh through a new trie. */
function both(cr: CompiledRule, cp: CompiledPack, facts: readonly FactValue[]) {
  const ctx = makeContext(cp.pack, calendar, cp.intern);
  const viaTable = evaluateWith(
    cr,
    cp.intern.verdicts(cr),
    cp.intern.root(cr),
    facts,
    subject,
    ctx,
    19000,
  );
  const fresh = evaluateRule(cr, facts, subject, makeContext(cp.pack, calendar), 19000);
  return { viaTable, fresh };
}

describe('verdict tables', () => {
  for (const packId of ['vn-one-stop-2018', 'khanhson-2017'] as const) {
    it(`give the trie's findings on awkward values, every dossier rule of ${packId}`, () => {
      const cp = compileValidPack(getRulePack(packId));
      const strings = Array.from({ length: 20 }, (_, i) => `s${i}`);
      const value: fc.Arbitrary<FactValue> = fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom<FactValue>(0, 1, 2, true, false, null) },
        { weight: 2, arbitrary: fc.constantFrom<FactValue>('in-person', 'post', 'online') },
        { weight: 2, arbitrary: fc.constantFrom(...strings) },
        {
          weight: 2,
          arbitrary: fc.constantFrom<FactValue>(
            -0,
            0.5,
            -1.5,
            Number.NaN,
            2 ** 29,
            -(2 ** 29),
            2 ** 40,
          ),
        },
        { weight: 1, arbitrary: fc.integer({ min: 17000, max: 21000 }) },
        { weight: 1, arbitrary: fc.integer({ min: -3, max: 3 }) },
      );
      fc.assert(
        fc.property(
          fc.array(value, { minLength: names.length, maxLength: names.length }),
          (pool) => {
            const facts = factsOf(pool);
            for (const cr of cp.bySubject.dossier) {
              const { viaTable, fresh } = both(cr, cp, facts);
              expect(viaTable).toEqual(fresh);
            }
          },
        ),
        { numRuns: 2000, seed: 20170410 },
      );
    });
  }

  it('keep -0 apart from 0 (a reason shows the value itself)', () => {
    const cp = compileValidPack(getRulePack('vn-one-stop-2018'));
    const cr = cp.bySubject.dossier.find((r) => r.id === 'notice.guidance-slip')!;
    const slot = names.indexOf('turnBacksWithoutGuidance');
    const facts = factsOf(names.map(() => 1));
    facts[slot] = 0;
    both(cr, cp, facts); // the verdict for 0 is now in the table
    facts[slot] = -0;
    const { viaTable, fresh } = both(cr, cp, facts);
    expect(viaTable).toEqual(fresh);
    expect(Object.is(viaTable.because.at(-1)!.value, -0)).toBe(true);
  });

  it('stay exact past their growth and their cap (10 000 distinct values of one fact)', () => {
    const cp = compileValidPack(getRulePack('vn-one-stop-2018'));
    const cr = cp.bySubject.dossier.find((r) => r.id === 'transfer.same-day')!;
    const slot = names.indexOf('acceptedAtMinutes');
    const base = factsOf(names.map(() => null));
    base[names.indexOf('accepted')] = true;
    base[names.indexOf('channel')] = 'in-person';
    base[names.indexOf('returnedOnSpot')] = false;
    base[names.indexOf('transferLag')] = 1;
    base[names.indexOf('transferred')] = true;
    for (let round = 0; round < 2; round++)
      for (let m = 0; m < 10_000; m++) {
        const facts = base.slice();
        facts[slot] = m;
        const { viaTable, fresh } = both(cr, cp, facts);
        if (JSON.stringify(viaTable) !== JSON.stringify(fresh)) expect(viaTable).toEqual(fresh);
      }
    // The cut-off (15:00 = 900) decides: met from 900 on, missed before.
    const at = (m: number) => {
      const facts = base.slice();
      facts[slot] = m;
      return both(cr, cp, facts).viaTable.status;
    };
    expect([at(899), at(900), at(9_999)]).toEqual(['missed', 'met', 'met']);
  });
});
