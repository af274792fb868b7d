import { describe, expect, it } from 'vitest';
import { CchcError } from '../schema/CchcError.js';
import { getCriteriaSet } from './getCriteriaSet.js';
import { tinySet } from './internal/testSets.js';
import { overrideCriteriaSet } from './overrideCriteriaSet.js';
import { parInputsFromMeasures } from './parInputsFromMeasures.js';

const set = getCriteriaSet('example-commune-2017');

describe('parInputsFromMeasures', () => {
  it('maps compliance rates, counts and the SIPAS index onto the criteria that name them', () => {
    const input = parInputsFromMeasures(set, 'SON-LAM', {
      compliance: {
        onTimeRate: 0.96,
        inspectionRate: 0.9,
        reportingRate: 1,
        unhandledViolations: 2,
      },
      sipas: { index: 82.5 },
    });
    expect(input).toEqual({
      unitCode: 'SON-LAM',
      values: { '1.3': 1, '3.1': 0.96, '3.4': 0.9, '3.5': 2, '7.1': 82.5 },
    });
  });

  it('marks a criterion with nothing to measure (null) not applicable and drops a hand value for it', () => {
    const input = parInputsFromMeasures(
      set,
      'SON-LAM',
      { compliance: { lateApologyRate: null } },
      { unitCode: 'SON-LAM', unitName: 'Xã Sơn Lâm', values: { '3.2': 0.5, '1.1': true } },
    );
    expect(input).toEqual({
      unitCode: 'SON-LAM',
      unitName: 'Xã Sơn Lâm',
      values: { '1.1': true },
      notApplicable: ['3.2'],
    });
  });

  it('divides by measureScale (a mean 2/1/0 score of 1.5 is a rate of 0.75)', () => {
    const withScore = overrideCriteriaSet(set, {
      id: 'with-score',
      version: '1',
      sources: [{ document: 'test', issuer: 'test' }],
      points: { '3': 29, '7': 21, '7.2': 6 },
      add: [
        {
          parent: '3',
          criterion: {
            id: '3.6',
            title: { vi: 'Điểm 2/1/0', en: '2/1/0 score' },
            max: 4,
            method: { type: 'rate', measure: 'compliance.evaluationScore', measureScale: 2 },
          },
        },
      ],
    });
    expect(
      parInputsFromMeasures(withScore, 'U', { compliance: { evaluationScore: 1.5 } }).values,
    ).toEqual({ '3.6': 0.75 });
  });

  it('ignores measures the set does not name and leaves unmeasured criteria to the hand input', () => {
    const input = parInputsFromMeasures(tinySet(), 'U', {
      compliance: { onTimeRate: 0.5 },
      sipas: {},
    });
    expect(input).toEqual({ unitCode: 'U', values: {} });
  });

  it('reads only measures the unit gave: a measure named like "constructor.length" is not inherited', () => {
    const odd = overrideCriteriaSet(set, {
      id: 'odd-names',
      version: '1',
      sources: [{ document: 'test', issuer: 'test' }],
      methods: {
        '3.1': { type: 'rate', measure: 'constructor.length' },
        '7.1': { type: 'survey', measure: 'toString.name' },
      },
    });
    // Before the fix: { '3.1': 1 } (Function.length of Object) — full marks out of nothing.
    expect(parInputsFromMeasures(odd, 'U', {})).toEqual({ unitCode: 'U', values: {} });
    expect(parInputsFromMeasures(odd, 'U', { constructor: {} }).values).toEqual({});
    expect(
      parInputsFromMeasures(odd, 'U', { constructor: { length: 0.4 }, toString: { name: 70 } })
        .values,
    ).toEqual({ '3.1': 0.4, '7.1': 70 });
  });

  it('rejects group and key names no criteria set can read, naming each bilingually', () => {
    let caught: unknown;
    try {
      parInputsFromMeasures(set, 'U', {
        compliance: { 'on time': 0.9, onTimeRate: 0.9 },
        'deadline.on-time': { rate: 1 },
      });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(CchcError);
    expect((caught as CchcError).issues.map((i) => [i.path, i.value])).toEqual([
      ['measures.compliance.on time', 'on time'],
      ['measures.deadline.on-time', 'deadline.on-time'],
    ]);
    const [key, group] = (caught as CchcError).issues;
    expect(key!.expected.vi).toContain('tên số đo');
    expect(key!.expected.en).toContain('a measure name');
    expect(group!.expected.en).toContain('a measure group name');
    expect(() =>
      parInputsFromMeasures(set, 'U', JSON.parse('{"compliance": {"__proto__": 1}}')),
    ).toThrow(/measures\.compliance\.__proto__/);
  });

  it('rejects a base input for another unit', () => {
    expect(() => parInputsFromMeasures(set, 'A', {}, { unitCode: 'B', values: {} })).toThrow(
      /base\.unitCode/,
    );
    expect(() => parInputsFromMeasures(set, '', {})).toThrow(CchcError);
  });

  it('rejects a measure out of range, naming the criterion and the measure', () => {
    try {
      parInputsFromMeasures(set, 'U', { compliance: { onTimeRate: 96 }, sipas: { index: 120 } });
      throw new Error('expected a CchcError');
    } catch (e) {
      expect(e).toBeInstanceOf(CchcError);
      const [onTime, sipas] = (e as CchcError).issues;
      expect(onTime!.message.en).toBe(
        'Criterion "3.1" — measures.compliance.onTimeRate: received 96, expected a rate in [0, 1]',
      );
      expect(sipas!.message.vi).toContain('Tiêu chí "7.1"');
    }
  });
});
