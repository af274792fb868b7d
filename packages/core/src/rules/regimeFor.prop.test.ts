// Property: regimeFor (a small table, no pack data) names the pack packFor returns, on every day of 2015–2030 —
// both throw the same error before the first regime.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumberOf, formatDayNumber } from '../internal/days.js';
import { getRulePack } from './getRulePack.js';
import { issuesOf } from './internal/testing.js';
import { packFor } from './packFor.js';
import { regimeFor } from './regimeFor.js';

const day = fc
  .integer({ min: dayNumberOf('2015-01-01'), max: dayNumberOf('2030-12-31') })
  .map(formatDayNumber);
// The days either side of each switch, so that every boundary is drawn whatever the seed.
const boundary = fc.constantFrom(
  '2015-05-14',
  '2015-05-15',
  '2018-06-20',
  '2018-06-21',
  '2025-06-30',
  '2025-07-01',
);

describe('regimeFor ≡ packFor(date).id', () => {
  it('on any day of 2015–2030', () => {
    fc.assert(
      fc.property(fc.oneof(day, boundary), (date) => {
        if (date < '2015-05-15') {
          expect(issuesOf(() => packFor(date))).toEqual(issuesOf(() => regimeFor(date)));
          return;
        }
        const pack = packFor(date);
        expect(regimeFor(date)).toBe(pack.id);
        expect(getRulePack(regimeFor(date))).toBe(pack);
        expect(pack.validFrom <= date).toBe(true);
        if (pack.validTo !== undefined) expect(date <= pack.validTo).toBe(true);
      }),
      { numRuns: 2000, seed: 20150515 },
    );
  });
});
