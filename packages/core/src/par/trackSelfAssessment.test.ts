import { describe, expect, it } from 'vitest';
import { CchcError } from '../schema/CchcError.js';
import { trackSelfAssessment } from './trackSelfAssessment.js';

describe('trackSelfAssessment', () => {
  it('projects a steady rise by least squares (60, 62, 64 → 82 in December)', () => {
    const t = trackSelfAssessment({
      unitCode: 'U',
      year: 2017,
      entries: [
        { period: '2017-03', index: 64 },
        { period: '2017-01', index: 60 },
        { period: '2017-02', index: 62 },
      ],
    });
    expect(t.monthly.map((m) => m.period)).toEqual(['2017-01', '2017-02', '2017-03']);
    expect(t.trend).toEqual({ slopePerMonth: 2, direction: 'up' });
    expect(t.projection).toEqual({ index: 82, method: 'least-squares', basedOn: 3 });
    expect(t.quarterly).toEqual([{ period: '2017-Q1', index: 64, from: 'monthly', change: null }]);
  });

  it('keeps a single point as the projection and clips at 100', () => {
    expect(
      trackSelfAssessment({
        unitCode: 'U',
        year: 2017,
        entries: [{ period: '2017-Q1', index: 70 }],
      }).projection,
    ).toEqual({
      index: 70,
      method: 'last-value',
      basedOn: 1,
    });
    const steep = trackSelfAssessment({
      unitCode: 'U',
      year: 2017,
      entries: [
        { period: '2017-01', index: 80 },
        { period: '2017-02', index: 90 },
      ],
    });
    expect(steep.projection.index).toBe(100);
  });

  it('calls a slope under 0.1 a month flat, and prefers a monthly entry to the quarterly one at the same month', () => {
    const t = trackSelfAssessment({
      unitCode: 'U',
      year: 2017,
      entries: [
        { period: '2017-03', index: 70 },
        { period: '2017-Q1', index: 10 },
        { period: '2017-06', index: 70.5 },
      ],
    });
    expect(t.projection.basedOn).toBe(2);
    expect(t.trend.direction).toBe('up');
    const flat = trackSelfAssessment({
      unitCode: 'U',
      year: 2017,
      entries: [
        { period: '2017-01', index: 70 },
        { period: '2017-12', index: 70.5 },
      ],
    });
    expect(flat.trend).toEqual({ slopePerMonth: 0.05, direction: 'flat' });
  });

  it('rejects periods outside the year, repeated periods and bad formats', () => {
    expect(() =>
      trackSelfAssessment({
        unitCode: 'U',
        year: 2017,
        entries: [{ period: '2018-01', index: 1 }],
      }),
    ).toThrow(/a period in 2017/);
    expect(() =>
      trackSelfAssessment({
        unitCode: 'U',
        year: 2017,
        entries: [
          { period: '2017-01', index: 1 },
          { period: '2017-01', index: 2 },
        ],
      }),
    ).toThrow(/each period once/);
    expect(() =>
      trackSelfAssessment({
        unitCode: 'U',
        year: 2017,
        entries: [{ period: '2017-13', index: 1 }],
      }),
    ).toThrow(CchcError);
    expect(() =>
      trackSelfAssessment({
        unitCode: 'U',
        year: 2017,
        entries: [{ period: '2017-01', index: 101 }],
      }),
    ).toThrow(CchcError);
  });
});
