// Small criteria sets for tests (not shipped).
import type { CriteriaSetInput } from '../criteriaSetSchema.js';

/** A two-field set, 10 points: A (6) = a1 boolean 2 + a2 rate thresholds 4; B (4) = b1 survey 3 + b2 deduction 1. */
export function tinySet(): CriteriaSetInput {
  return {
    id: 'tiny',
    version: '1',
    title: { vi: 'Bộ nhỏ', en: 'Tiny set' },
    example: true,
    verified: false,
    sources: [{ document: 'test', issuer: 'test' }],
    bands: [
      { id: 'good', min: 80, label: { vi: 'Tốt', en: 'Good' } },
      { id: 'fair', min: 50, label: { vi: 'Khá', en: 'Fair' } },
      { id: 'weak', min: 0, label: { vi: 'Yếu', en: 'Weak' } },
    ],
    fields: [
      {
        id: 'A',
        title: { vi: 'Lĩnh vực A', en: 'Field A' },
        max: 6,
        children: [
          { id: 'a1', title: { vi: 'a1', en: 'a1' }, max: 2, method: { type: 'boolean' } },
          {
            id: 'a2',
            title: { vi: 'a2', en: 'a2' },
            max: 4,
            method: {
              type: 'rate',
              thresholds: [
                { min: 1, points: 4 },
                { min: 0.5, points: 2 },
              ],
            },
          },
        ],
      },
      {
        id: 'B',
        title: { vi: 'Lĩnh vực B', en: 'Field B' },
        max: 4,
        children: [
          {
            id: 'b1',
            title: { vi: 'b1', en: 'b1' },
            max: 3,
            method: { type: 'survey', measure: 'sipas.index' },
          },
          {
            id: 'b2',
            title: { vi: 'b2', en: 'b2' },
            max: 1,
            method: { type: 'deduction', perItem: 0.5 },
          },
        ],
      },
    ],
  };
}
