import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getInstrument, scoreSipas } from '@cchc/core';
import { describe, expect, it } from 'vitest';
import { readAnswers } from './readAnswers.js';
import { scoreAnswers } from './scoreAnswers.js';

const dir = mkdtempSync(join(tmpdir(), 'cchc-answers-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const SAMPLE = new URL('../../../../examples/data/answers-ubnd-2017.csv', import.meta.url).pathname;
const IDS = [
  'E1.1',
  'E1.2',
  'E1.3',
  'E1.4',
  'E2.1',
  'E2.2',
  'E2.3',
  'E2.4',
  'E2.5',
  'E3.1',
  'E3.2',
  'E3.3',
  'E3.4',
  'E3.5',
  'E3.6',
  'E4.1',
  'E4.2',
  'E4.3',
  'E5.1',
  'E5.2',
  'E5.3',
  'E5.4',
];

/**
 * The worked example of docs (shared/domain/sipas.md): 4 respondents, element E4 answered
 * (4,5,3), (2,4,4), (5,5,blank), (4,0,4). By hand: E4.1 = 3 of 4 satisfied = 75; E4.2 = 3 of 3 valid
 * (0 is "not applicable") = 100; E4.3 = 2 of 3 valid = 66.67; index_E4 = (75 + 100 + 66.67) / 3 = 80.56.
 * Written the way an office exports it: Vietnamese headers, semicolons, a BOM, F0 as "Không".
 */
const WORKED = `\uFEFFMã phiếu;Mã đơn vị;F0;${IDS.join(';')}\r\n${[
  ['1', '4', '5', '3'],
  ['2', '2', '4', '4'],
  ['3', '5', '5', ''],
  ['4', '4', '0', '4'],
]
  .map(
    ([id, a, b, c]) =>
      `R${id};KS-SB;Không;${IDS.map((q) => (q === 'E4.1' ? a : q === 'E4.2' ? b : q === 'E4.3' ? c : '')).join(';')}`,
  )
  .join('\r\n')}\r\n`;

describe('scoreAnswers / readAnswers', () => {
  it('reproduces the hand-worked E4 example from a Vietnamese-header, semicolon, BOM file', async () => {
    const path = file('worked.csv', WORKED);
    const { result, errors } = await scoreAnswers(path, {
      instrument: 'sipas-2017',
      sipas: { bootstrap: 0 },
    });
    expect(errors).toEqual([]);
    const g = result.groups[0]!;
    expect(g.criteria['E4.1']!.index).toBeCloseTo(75, 10);
    expect(g.criteria['E4.2']!.index).toBeCloseTo(100, 10);
    expect(g.criteria['E4.3']!.index).toBeCloseTo(200 / 3, 10);
    expect(g.elements.E4!.index).toBeCloseTo((75 + 100 + 200 / 3) / 3, 10);
    expect(Number(g.elements.E4!.index!.toFixed(2))).toBe(80.56);
  });

  it('gives exactly what scoreSipas gives on the rows readAnswers returns (sample year)', async () => {
    const options = { by: ['unitCode'], seed: 7 };
    const fast = await scoreAnswers(SAMPLE, { instrument: 'sipas-2017', sipas: options });
    const rows = await readAnswers(SAMPLE, { instrument: 'sipas-2017' });
    expect(fast.errors).toEqual([]);
    expect(rows.errors).toEqual([]);
    expect(rows.rows).toHaveLength(297);
    expect(fast.result).toEqual(scoreSipas(getInstrument('sipas-2017'), rows.rows, options));
  });

  it('reports text in a number column, an out-of-scale value and a skipped answer on their file rows, on both paths', async () => {
    const blank = IDS.map(() => '');
    const row = (id: string, f0: string, set: Record<string, string>) =>
      [id, 'KS-SB', f0, ...IDS.map((q, i) => set[q] ?? blank[i])].join(',');
    const text = [
      ['respondent_id', 'unit_code', 'F0', ...IDS].join(','),
      row('R1', 'no', { 'E1.1': '4' }),
      '',
      row('R2', 'no', { 'E1.1': 'bốn' }),
      row('R3', 'no', { 'E1.2': '7' }),
      row('R4', 'no', { 'E5.1': '4' }),
    ].join('\n');
    const path = file('bad.csv', text);
    const fast = await scoreAnswers(path, { instrument: 'sipas-2017', sipas: { bootstrap: 0 } });
    const slow = await readAnswers(path, { instrument: 'sipas-2017' });
    expect(fast.errors.map((e) => [e.row, e.column])).toEqual([
      [4, 'E1.1'],
      [5, 'E1.2'],
      [6, 'E5.1'],
    ]);
    expect(slow.errors).toEqual(fast.errors);
    expect(fast.errors[0]!.message.vi).toMatch(/^dòng 4, .*"bốn"/);
    expect(fast.errors[0]!.message.en).toMatch(/^row 4, .*"bốn"/);
    expect(slow.rows.map((r) => r.respondentId)).toEqual(['R1']);
  });

  it('lists a missing column on row 1 and stops', async () => {
    const path = file(
      'missing.csv',
      `respondent_id,F0,${IDS.join(',')}\nR1,no${',4'.repeat(IDS.length)}\n`,
    );
    const { errors } = await scoreAnswers(path, { instrument: 'sipas-2017' });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ row: 1, column: 'unit_code' });
    expect(errors[0]!.message.en).toContain('missing column unit_code');
  });

  it('applies a weights table by cell (sex × age) on both paths', async () => {
    const weights = file('w.csv', 'Giới tính,Nhóm tuổi,Trọng số\nnam,30-44,2\nnữ,30-44,1\n');
    const text = `respondent_id,unit_code,sex,age_group,F0,${IDS.join(',')}\nR1,KS-SB,nam,30-44,no,5${','.repeat(IDS.length - 1)}\nR2,KS-SB,nữ,30-44,no,1${','.repeat(IDS.length - 1)}\n`;
    const { readWeights } = await import('./weights.js');
    const lookup = await readWeights(weights);
    const csv = await scoreAnswers(file('wa.csv', text), {
      instrument: 'sipas-2017',
      weights: lookup,
      sipas: { weighted: true, bootstrap: 0 },
    });
    expect(csv.errors).toEqual([]);
    // E1.1: weight 2 satisfied of total weight 3 → 66.67 %.
    expect(csv.result.groups[0]!.criteria['E1.1']!.index).toBeCloseTo(200 / 3, 10);
  });
});
