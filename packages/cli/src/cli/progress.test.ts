import { describe, expect, it } from 'vitest';
import { PROGRESS_MIN_BYTES, progressBar } from './progress.js';

describe('progressBar', () => {
  it('stays quiet for small inputs', () => {
    let out = '';
    const bar = progressBar('a.csv', (t) => {
      out += t;
    });
    bar(10, 100);
    bar(100, 100);
    expect(out).toBe('');
  });

  it('draws the share read for large inputs and clears the line at the end', () => {
    let out = '';
    const bar = progressBar('/x/answers.csv', (t) => {
      out += t;
    });
    const total = PROGRESS_MIN_BYTES * 2;
    bar(total / 2, total);
    expect(out).toMatch(/^\ranswers\.csv \[#{15}\.{15}\] {2}50% 4\/8 MB$/);
    bar(total, total);
    expect(out.endsWith('\r\x1b[2K')).toBe(true);
  });
});
