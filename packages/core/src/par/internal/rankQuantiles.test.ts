import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantileSorted } from './numbers.js';
import { rankQuantiles } from './rankQuantiles.js';

describe('rankQuantiles', () => {
  it('matches sorting and interpolating (type 7) for any ranks', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 60 }),
        fc.infiniteStream(fc.nat()),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 4 }),
        (units, draws, stream, ps) => {
          const it = stream[Symbol.iterator]();
          const ranks = Uint16Array.from(
            { length: units * draws },
            () => 1 + (it.next().value! % units),
          );
          const got = rankQuantiles(ranks, draws, units, ps);
          for (let u = 0; u < units; u++) {
            const sorted = ranks.slice(u * draws, (u + 1) * draws).sort();
            ps.forEach((p, i) => {
              expect(got[u * ps.length + i]).toBeCloseTo(quantileSorted(sorted, 0, draws, p), 9);
            });
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('gives 2.5 as the median of ranks 4, 1, 3, 2 (four units, four draws each)', () => {
    const ranks = Uint16Array.from([4, 1, 3, 2, 1, 1, 1, 1, 2, 2, 3, 3, 4, 4, 4, 4]);
    expect(Array.from(rankQuantiles(ranks, 4, 4, [0, 0.5, 1]))).toEqual([
      1, 2.5, 4, 1, 1, 1, 2, 2.5, 3, 4, 4, 4,
    ]);
  });
});
