import { readFileSync } from 'node:fs';
import { readAnswers } from '@cchc/cli';
import { getInstrument, scoreSipas } from '@cchc/core';
import { describe, expect, it } from 'vitest';
import { writeXlsx } from '../../examples/data/lib/xlsx.js';
import { cchc, data, noStack, tempDir } from './cli-helpers.js';

const IDS = getInstrument('sipas-2017')
  .elements.flatMap((e) => e.questions)
  .filter((q) => q.counts)
  .map((q) => q.id);
const { write } = tempDir();
const header = ['respondent_id', 'unit_code', 'F0', ...IDS];
const line = (id: string, unit: string, value: string) =>
  [id, unit, 'no', ...IDS.map((q) => (q.startsWith('E5') ? '' : value))].join(',');

describe('cchc sipas (built CLI)', { timeout: 180_000 }, () => {
  it('prints exactly what scoreSipas returns for the sample year (CLI numbers = core numbers)', async () => {
    const r = cchc(
      'sipas',
      data('answers-ubnd-2017.csv'),
      '--instrument',
      'sipas-2017',
      '--by',
      'unit',
      '--format',
      'json',
    );
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const { rows } = await readAnswers(data('answers-ubnd-2017.csv'), { instrument: 'sipas-2017' });
    expect(JSON.parse(r.stdout)).toEqual(
      JSON.parse(
        JSON.stringify(scoreSipas(getInstrument('sipas-2017'), rows, { by: ['unitCode'] })),
      ),
    );
  });

  it('gives the same numbers from the Vietnamese-header semicolon CSV with a BOM, and from the XLSX', () => {
    const args = ['--instrument', 'sipas-2017', '--by', 'unit', '--format', 'json'];
    const base = cchc('sipas', data('answers-ubnd-2017.csv'), ...args).stdout;
    expect(readFileSync(data('answers-ubnd-2017.vi.csv'), 'utf8').charCodeAt(0)).toBe(0xfeff);
    expect(cchc('sipas', data('answers-ubnd-2017.vi.csv'), ...args).stdout).toBe(base);
    expect(cchc('sipas', data('answers-ubnd-2017.xlsx'), ...args).stdout).toBe(base);
    expect(cchc('sipas', data('answers-ubnd-2017.xlsx'), '--sheet', '1', ...args).stdout).toBe(
      base,
    );
  });

  it('maps header variants: NFD, upper case, no diacritics, underscores', () => {
    const text = [
      ['MÃ PHIẾU'.normalize('NFD'), 'ma_don_vi', 'f0', ...IDS.map((q) => q.toLowerCase())].join(
        ',',
      ),
      line('R1', 'KS-SB', '5'),
      line('R2', 'KS-SB', '2'),
    ].join('\n');
    const r = cchc(
      'sipas',
      write('variants.csv', text),
      '--instrument',
      'sipas-2017',
      '--format',
      'json',
    );
    expect(r.stderr).toBe('');
    // Every counted answer of E1–E4 is 5 for one respondent and 2 for the other: 1 of 2 satisfied = 50 %.
    expect(JSON.parse(r.stdout).groups[0].overall.index).toBe(50);
  });

  it('text in a number column: exit 1, the row, the column and the value in both languages', () => {
    const text = [
      header.join(','),
      line('R1', 'KS-SB', '4'),
      line('R2', 'KS-SB', '4').replace(',4,', ',bốn,'),
    ].join('\n');
    const r = cchc('sipas', write('text.csv', text), '--instrument', 'sipas-2017');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^dòng 3, answers\.E1\.1: nhận được "bốn", cần số nguyên 1–5/m);
    expect(r.stderr).toMatch(
      /^ {2}row 3, answers\.E1\.1: received "bốn", expected a whole number 1–5/m,
    );
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(noStack);
  });

  it('wrong delimiter (rows with semicolons under a comma header): every row listed, exit 1', () => {
    const text = [
      header.join(','),
      line('R1', 'KS-SB', '4').replace(/,/g, ';'),
      line('R2', 'KS-SB', '4').replace(/,/g, ';'),
    ].join('\n');
    const r = cchc('--lang', 'en', 'sipas', write('delim.csv', text), '--instrument', 'sipas-2017');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      `row 2: 1 fields but the header has ${header.length} columns (delimiter in use: comma`,
    );
    expect(r.stderr).toContain('row 3: 1 fields');
    expect(r.stderr).toContain('dòng 2: có 1 ô');
  });

  it('missing column: exit 1 naming it', () => {
    const text = [
      header.filter((h) => h !== 'unit_code').join(','),
      `R1,no,${IDS.map(() => '4').join(',')}`,
    ].join('\n');
    const r = cchc('sipas', write('missing.csv', text), '--instrument', 'sipas-2017');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('dòng 1 (tiêu đề): thiếu cột unit_code');
    expect(r.stderr).toContain('row 1 (header): missing column unit_code');
  });

  it('empty file, 0-byte XLSX, truncated XLSX: exit 1 with a clear bilingual message and no stack trace', () => {
    const empty = cchc('sipas', write('empty.csv', ''), '--instrument', 'sipas-2017');
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('tệp rỗng');
    expect(empty.stderr).toContain('the file is empty');
    const zero = cchc('sipas', write('zero.xlsx', ''), '--instrument', 'sipas-2017');
    expect(zero.code).toBe(1);
    expect(zero.stderr).toMatch(/Không đọc được tệp ".*zero\.xlsx": tệp rỗng \(0 byte\)/);
    expect(zero.stderr).toContain('the file is empty (0 bytes)');
    const whole = writeXlsx({ Sheet1: [header, ['R1', 'KS-SB', 'no', ...IDS.map(() => 4)]] });
    const cut = cchc(
      'sipas',
      write('cut.xlsx', whole.subarray(0, Math.floor(whole.length * 0.6))),
      '--instrument',
      'sipas-2017',
    );
    expect(cut.code).toBe(1);
    expect(cut.stderr).toContain('tệp XLSX bị hỏng hoặc không trọn vẹn');
    expect(cut.stderr).toContain('the XLSX file is damaged or truncated');
    for (const r of [empty, zero, cut]) expect(r.stderr).not.toMatch(noStack);
    const debug = cchc('--debug', 'sipas', write('zero2.xlsx', ''), '--instrument', 'sipas-2017');
    expect(debug.stderr).toMatch(/CchcError|\n\s+at /);
  });

  it('a whole-file XLSX with the data on a named sheet; a missing sheet is named', () => {
    const xlsx = write(
      'two.xlsx',
      writeXlsx({
        Notes: [['x']],
        Phiếu: [header, ['R1', 'KS-SB', 'no', ...IDS.map((q) => (q.startsWith('E5') ? null : 5))]],
      }),
    );
    const ok = cchc(
      'sipas',
      xlsx,
      '--instrument',
      'sipas-2017',
      '--sheet',
      'Phiếu',
      '--format',
      'json',
    );
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).groups[0].overall.index).toBe(100);
    const nope = cchc('sipas', xlsx, '--instrument', 'sipas-2017', '--sheet', 'Không có');
    expect(nope.code).toBe(1);
    expect(nope.stderr).toContain('không có trang tính "Không có"');
  });

  it('usage errors exit 2', () => {
    expect(cchc('sipas', data('answers-ubnd-2017.csv')).code).toBe(2); // no --instrument
    expect(
      cchc('sipas', data('answers-ubnd-2017.csv'), '--instrument', 'sipas-2017', '--format', 'pdf')
        .code,
    ).toBe(2);
    expect(cchc('nonsense').code).toBe(2);
  });
});
