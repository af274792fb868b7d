import { describe, expect, it } from 'vitest';
import { CchcError } from '../schema/CchcError.js';
import { getInstrument } from './getInstrument.js';
import { poststratificationWeights } from './poststratificationWeights.js';
import { scoreSipas } from './scoreSipas.js';

const rows = [
  { respondentId: '1', unitCode: 'U', sex: 'nam', answers: { F0: 'no', 'E1.1': 5 } },
  { respondentId: '2', unitCode: 'U', sex: 'nam', answers: { F0: 'no', 'E1.1': 5 } },
  { respondentId: '3', unitCode: 'U', sex: 'nam', answers: { F0: 'no', 'E1.1': 4 } },
  { respondentId: '4', unitCode: 'U', sex: 'nu', answers: { F0: 'no', 'E1.1': 1 } },
];

describe('poststratificationWeights', () => {
  it('weights each cell by (N_h / N) / (n_h / n)', () => {
    // Population half men, half women; sample 3 men, 1 woman: w_nam = 0.5 / 0.75 = 2/3, w_nu = 0.5 / 0.25 = 2.
    const r = poststratificationWeights(rows, { by: ['sex'], population: { nam: 500, nu: 500 } });
    expect(r.weights.nam).toBeCloseTo(2 / 3, 12);
    expect(r.weights.nu).toBe(2);
    expect(r.emptyCells).toEqual([]);
    // Weighted share satisfied: 3 × 2/3 = 2 of a total weight 4 → 50 (unweighted: 75).
    const g = scoreSipas(getInstrument('sipas-2017'), r.responses, { weighted: true }).groups[0]!;
    expect(g.criteria['E1.1']!.index).toBeCloseTo(50, 3);
  });

  it('lists population cells with no respondent', () => {
    const r = poststratificationWeights(rows, {
      by: ['sex'],
      population: { nam: 1, nu: 1, khac: 1 },
    });
    expect(r.emptyCells).toEqual(['khac']);
  });

  it('rejects a respondent whose cell has no population figure', () => {
    expect(() => poststratificationWeights(rows, { by: ['sex'], population: { nam: 1 } })).toThrow(
      CchcError,
    );
  });

  it.each([[{}], [null], ['rows'], [{ length: 1, 0: rows[0] }]])(
    'rejects %o as responses with a bilingual CchcError on `responses` (not a TypeError)',
    (notList) => {
      let error: unknown;
      try {
        poststratificationWeights(notList as never, { by: ['sex'], population: { nam: 1 } });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(CchcError);
      expect((error as CchcError).issues).toMatchObject([
        { path: 'responses', expected: { vi: 'danh sách', en: 'a list' } },
      ]);
    },
  );

  it('treats cell labels that are Object.prototype names ("constructor", "__proto__") like any other', () => {
    const odd = rows.map((r, i) => ({ ...r, sex: i < 3 ? 'constructor' : '__proto__' }));
    // JSON.parse keeps "__proto__" as an own key; zod leaves it out of the record, the function keeps it.
    const population = JSON.parse('{"constructor": 500, "__proto__": 500}');
    const r = poststratificationWeights(odd, { by: ['sex'], population });
    expect(Object.entries(r.weights)).toEqual([
      ['constructor', 2 / 3],
      ['__proto__', 2],
    ]);
    expect(r.responses.map((x) => x.weight)).toEqual([2 / 3, 2 / 3, 2 / 3, 2]);
    expect(() =>
      poststratificationWeights(odd, { by: ['sex'], population: { constructor: 1 } }),
    ).toThrow(/row 4: cell "__proto__" \(sex\) has no population figure/);
  });
});
