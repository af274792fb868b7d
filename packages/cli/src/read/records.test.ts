import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDossiers } from './readDossiers.js';
import { readInspections } from './readLogs.js';
import { headerErrors } from './records.js';

const dir = mkdtempSync(join(tmpdir(), 'cchc-header-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('headerErrors', () => {
  it('reports missing required columns, then unusable ones, on row 1 in both languages', () => {
    const errors = headerErrors(
      ['stt', 'a', 'x', 'y', '', '-', 'unit_name'],
      ['a', 'b'],
      ['a', 'b', 'c'],
    );
    expect(errors.map((e) => [e.row, e.column])).toEqual([
      [1, 'b'],
      [1, 'x'],
    ]);
    expect(errors[1]!.message.vi).toBe(
      'dòng 1 (tiêu đề): cột không dùng được: "x", "y" (bỏ qua bằng --header-map "Tên cột=-")',
    );
    expect(errors[1]!.message.en).toBe(
      'row 1 (header): unusable column: "x", "y" (ignore it with --header-map "Header=-")',
    );
  });

  it('accepts a header with every required column and only known, ignored or blank ones', () => {
    expect(headerErrors(['no', 'a', 'b', 'c', 'note'], ['a', 'b'], ['a', 'b', 'c'])).toEqual([]);
  });

  it('is what the inspection and dossier readers report for an unusable column, before reading any row', async () => {
    const log = file(
      'log.csv',
      'unit_code,date,inspector_role,violations,colour\nKS-SB,2017-05-02,chair,0,red\n',
    );
    const inspections = await readInspections(log);
    expect(inspections.rows).toEqual([]);
    expect(inspections.errors).toMatchObject([{ row: 1, column: 'colour' }]);
    const dossiers = await readDossiers(file('d.csv', 'dossier_id,colour\nHS-1,red\n'));
    expect(dossiers.rows).toEqual([]);
    expect(dossiers.errors.map((e) => e.column)).toContain('colour');
    expect(dossiers.errors.at(-1)!.message.en).toContain('unusable column: "colour"');
  });
});
