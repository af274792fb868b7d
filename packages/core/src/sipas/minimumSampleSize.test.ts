import { describe, expect, it } from 'vitest';
import { CchcError } from '../schema/CchcError.js';
import { minimumSampleSize } from './minimumSampleSize.js';

describe('minimumSampleSize', () => {
  it.each([
    [100, 80], // 100 / (1 + 0.25) = 80
    [400, 200], // 400 / 2 = 200 exactly, not 201
    [1000, 286], // 1000 / 3.5 = 285.7 → 286
    [1, 1],
  ])('N = %i → n = %i (e = 0.05)', (N, n) => {
    expect(minimumSampleSize(N)).toBe(n);
  });

  it('takes another margin of error', () => {
    expect(minimumSampleSize(1000, 0.1)).toBe(91); // 1000 / 11 = 90.9
  });

  it('rejects a population that is not a whole number ≥ 1', () => {
    expect(() => minimumSampleSize(0)).toThrow(CchcError);
    expect(() => minimumSampleSize(10.5)).toThrow(CchcError);
  });
});
