import { describe, expect, it } from 'vitest';
import { CchcError } from '../schema/CchcError.js';
import type { Criterion } from './criteriaSetSchema.js';
import { CRITERIA_SET_IDS, getCriteriaSet } from './getCriteriaSet.js';

describe('getCriteriaSet', () => {
  it('ships the commune example, marked as an example and unverified, 100 points', () => {
    const set = getCriteriaSet('example-commune-2017');
    expect(set.example).toBe(true);
    expect(set.verified).toBe(false);
    expect(set.fields.map((f) => f.max)).toEqual([12, 15, 25, 10, 5, 8, 25]);
    expect(set.fields.reduce((t, f) => t + f.max, 0)).toBe(100);
    expect(CRITERIA_SET_IDS).toEqual(['example-commune-2017']);
  });

  it('returns a fresh copy each call', () => {
    const first = getCriteriaSet('example-commune-2017');
    first.fields[0]!.max = 0;
    expect(getCriteriaSet('example-commune-2017').fields[0]!.max).toBe(12);
  });

  it('names every measure the rules engine and SIPAS feed', () => {
    const measures: string[] = [];
    const walk = (c: Criterion): void => {
      if (c.method && 'measure' in c.method && c.method.measure) measures.push(c.method.measure);
      c.children?.forEach(walk);
    };
    getCriteriaSet('example-commune-2017').fields.forEach(walk);
    expect(measures.sort()).toEqual([
      'compliance.feedbackAnsweredRate',
      'compliance.inspectionRate',
      'compliance.lateApologyRate',
      'compliance.noticeRate',
      'compliance.onTimeRate',
      'compliance.reportingRate',
      'compliance.selfAssessmentRate',
      'compliance.unhandledViolations',
      'healthStation.index',
      'sipas.index',
    ]);
  });

  it('rejects an unknown id with the list of shipped ids (876/QĐ-BNV is not shipped)', () => {
    expect(() => getCriteriaSet('moha-province-876-2022')).toThrow(CchcError);
    expect(() => getCriteriaSet('toString')).toThrow(/example-commune-2017/);
  });

  it('rejects an id that is not a text (no string form) with a bilingual CchcError naming the id', () => {
    for (const id of [Object.create(null), Symbol('id'), 2017, undefined]) {
      let caught: unknown;
      try {
        getCriteriaSet(id as string);
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(CchcError);
      const [issue] = (caught as CchcError).issues;
      expect(issue?.path).toBe('id');
      expect(issue?.expected).toEqual({ vi: 'chuỗi ký tự', en: 'a text' });
      expect(issue?.message.vi).toMatch(/^id: nhận được .+, cần chuỗi ký tự$/);
    }
  });
});
