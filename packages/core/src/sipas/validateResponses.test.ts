import { describe, expect, it } from 'vitest';
import { CchcError } from '../schema/CchcError.js';
import { getInstrument } from './getInstrument.js';
import { validateResponses } from './validateResponses.js';

const inst = getInstrument('sipas-2017');
const ok = (id: string, answers: Record<string, number | string | null> = {}) => ({
  respondentId: id,
  unitCode: 'SON-BINH',
  answers: { F0: 'no', 'E1.1': 4, ...answers },
});

describe('validateResponses', () => {
  it('accepts clean responses, numeric strings, blanks and "not applicable"', () => {
    const r = validateResponses(inst, [
      ok('1'),
      ok('2', { 'E1.2': '5', 'E1.3': '', 'E1.4': 0, 'E2.1': null }),
    ]);
    expect(r).toEqual({ valid: true, issues: [], rows: [] });
  });

  it('reports a value off the scale with row, path, value and what was expected, in vi and en', () => {
    const r = validateResponses(inst, [ok('1'), ok('2', { 'E3.1': 7 })]);
    expect(r.valid).toBe(false);
    const issue = r.issues[0]!;
    expect(issue).toMatchObject({
      kind: 'out-of-scale',
      row: 2,
      path: 'answers.E3.1',
      value: 7,
      question: 'E3.1',
      respondentId: '2',
    });
    expect(issue.message.vi).toBe(
      'dòng 2, answers.E3.1: nhận được 7, cần số nguyên 1–5, 0 (không áp dụng) hoặc để trống',
    );
    expect(issue.message.en).toBe(
      'row 2, answers.E3.1: received 7, expected a whole number 1–5, 0 (not applicable) or blank',
    );
  });

  it.each([[4.5], [-1], ['4 sao'], [6]])('rejects %s on a 1–5 scale', (value) => {
    expect(validateResponses(inst, [ok('1', { 'E2.2': value })]).issues.map((i) => i.kind)).toEqual(
      ['out-of-scale'],
    );
  });

  it.each([[-1], ['-1'], [101], [12.5]])(
    'rejects %s as a percentage (whole number 0–100)',
    (value) => {
      const health = getInstrument('health-station-example');
      const r = validateResponses(health, [
        { respondentId: '1', unitCode: 'A', answers: { G1: value } },
      ]);
      expect(r.issues).toMatchObject([
        {
          kind: 'out-of-scale',
          row: 1,
          path: 'answers.G1',
          value,
          expected: { vi: 'số nguyên 0–100 hoặc để trống', en: 'a whole number 0–100 or blank' },
        },
      ]);
    },
  );

  it('accepts the percentage bounds 0 and 100', () => {
    const health = getInstrument('health-station-example');
    const rows = [0, 100, '0'].map((G1, i) => ({
      respondentId: `${i}`,
      unitCode: 'A',
      answers: { G1 },
    }));
    expect(validateResponses(health, rows).valid).toBe(true);
  });

  it('reports an answer to an unknown question', () => {
    const r = validateResponses(inst, [ok('1', { 'E9.9': 4 })]);
    expect(r.issues[0]).toMatchObject({ kind: 'unknown-question', path: 'answers.E9.9' });
    expect(r.issues[0]!.message.en).toContain('not in instrument "sipas-2017"');
  });

  it('reports answers to element 5 when F0 is "no" or blank (skip logic)', () => {
    const r = validateResponses(inst, [
      ok('1', { 'E5.1': 4 }),
      ok('2', { F0: null, 'E5.2': 2 }),
      ok('3', { F0: 'yes', 'E5.1': 4 }),
    ]);
    expect(r.issues.map((i) => [i.kind, i.row, i.question])).toEqual([
      ['skipped-question', 1, 'E5.1'],
      ['skipped-question', 2, 'E5.2'],
    ]);
    expect(r.issues[0]!.message.vi).toContain('F0 = "no"');
    expect(r.issues[1]!.message.en).toContain('F0 = blank');
  });

  it('detects duplicate respondent ids, naming the first row ("7" and "07" differ, "7" and 7 do not)', () => {
    const r = validateResponses(inst, [ok('7'), ok('8'), ok('7'), ok('07')]);
    expect(r.issues.map((i) => [i.kind, i.row])).toEqual([['duplicate-respondent', 3]]);
    expect(r.issues[0]!.message.en).toBe(
      'row 3, respondentId: duplicate respondent id "7" (first seen in row 1)',
    );
  });

  it('reports malformed rows through the response schema (field, row, expected)', () => {
    const r = validateResponses(inst, [
      { respondentId: 'x', answers: {} },
      'not a row',
      ok('y', { 'E1.1': Number.NaN }),
    ]);
    expect(r.rows.map((row) => row.row)).toEqual([1, 2, 3]);
    expect(r.rows[0]!.issues[0]).toMatchObject({ kind: 'invalid-row', path: 'unitCode', row: 1 });
    expect(r.rows[0]!.issues[0]!.message.vi).toContain('dòng 1');
    expect(r.rows[1]!.issues[0]!.kind).toBe('invalid-row');
  });

  it('requires a weight on every row when asked to', () => {
    const r = validateResponses(inst, [{ ...ok('1'), weight: 1.2 }, ok('2')], { weighted: true });
    expect(r.issues.map((i) => [i.kind, i.row])).toEqual([['missing-weight', 2]]);
  });

  it('applies service filters only when the response names its service', () => {
    const commune = getInstrument('commune-ubnd-example');
    const row = (id: string, service?: string) => ({
      respondentId: id,
      unitCode: 'X',
      ...(service ? { service } : {}),
      answers: { K1: 'truc-tiep', 'E2.4': 4 },
    });
    const r = validateResponses(commune, [row('1', 'ho-tich'), row('2', 'chung-thuc'), row('3')]);
    expect(r.issues.map((i) => [i.kind, i.row, i.question])).toEqual([
      ['skipped-question', 1, 'E2.4'],
    ]);
  });

  it('throws a bilingual CchcError only for a non-list or bad options (a bad row is reported)', () => {
    const issuesOf = (run: () => unknown) => {
      try {
        run();
      } catch (e) {
        expect(e).toBeInstanceOf(CchcError);
        return (e as CchcError).issues.map((i) => [i.path, i.expected.en]);
      }
      return 'returned';
    };
    expect(issuesOf(() => validateResponses(inst, {} as never))).toEqual([['responses', 'a list']]);
    expect(issuesOf(() => validateResponses(inst, 'rows' as never))).toEqual([
      ['responses', 'a list'],
    ]);
    expect(issuesOf(() => validateResponses(inst, [], { weighted: 'yes' } as never))).toEqual([
      ['options.weighted', 'true or false'],
    ]);
    expect(validateResponses(inst, [null, 42]).rows.map((r) => r.row)).toEqual([1, 2]);
  });
});
