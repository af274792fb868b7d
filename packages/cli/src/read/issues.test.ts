import { describe, expect, it } from 'vitest';
import { issueToRowError, RowMap } from './issues.js';

describe('RowMap', () => {
  it('maps running numbers to file rows across gaps (blank lines, rows dropped by the reader)', () => {
    const map = new RowMap();
    for (const row of [2, 3, 4, 6, 7, 10]) map.push(row);
    expect([1, 2, 3, 4, 5, 6].map((i) => map.rowOf(i))).toEqual([2, 3, 4, 6, 7, 10]);
  });
});

describe('issueToRowError', () => {
  it('rewrites the core row number to the file row', () => {
    const e = issueToRowError(
      {
        path: 'answers.E1.1',
        row: 3,
        expected: { vi: 'x', en: 'x' },
        message: { vi: 'dòng 3, answers.E1.1: sai', en: 'row 3, answers.E1.1: wrong' },
      },
      9,
      'E1.1',
    );
    expect(e).toEqual({
      row: 9,
      column: 'E1.1',
      message: { vi: 'dòng 9, answers.E1.1: sai', en: 'row 9, answers.E1.1: wrong' },
    });
  });
});
