import { describe, expect, it } from 'vitest';
import { CchcError } from '../schema/CchcError.js';
import { getCriteriaSet } from './getCriteriaSet.js';
import { parseCriteriaSet } from './internal/parseCriteriaSet.js';
import { tinySet } from './internal/testSets.js';

const reject = (mutate: (s: ReturnType<typeof tinySet>) => void) => {
  const set = tinySet();
  mutate(set);
  try {
    parseCriteriaSet(set);
  } catch (e) {
    expect(e).toBeInstanceOf(CchcError);
    return e as CchcError;
  }
  throw new Error('expected the set to be rejected');
};
const a = (s: ReturnType<typeof tinySet>) => s.fields[0]!;
const a2Method = (s: ReturnType<typeof tinySet>) =>
  a(s).children![1]!.method as { thresholds: { min: number; points: number }[] };

describe('CriteriaSetSchema', () => {
  it('accepts the shipped example and the tiny test set', () => {
    expect(getCriteriaSet('example-commune-2017').fields).toHaveLength(7);
    expect(parseCriteriaSet(tinySet()).id).toBe('tiny');
  });

  it('rejects children whose maxima do not add up to the parent, naming the parent', () => {
    const e = reject((s) => {
      a(s).max = 5;
    });
    expect(e.text.vi).toContain('Tiêu chí "A"');
    expect(e.text.vi).toContain('(6)');
    expect(e.text.en).toContain('Criterion "A"');
    expect(e.issues[0]!.path).toBe('criteriaSet.fields[0].max');
    expect(e.issues[0]!.value).toBe(5);
  });

  it('rejects duplicate ids, naming the id and where it was first used', () => {
    const e = reject((s) => {
      s.fields[1]!.children![0]!.id = 'a1';
    });
    expect(e.text.en).toContain('Criterion "a1"');
    expect(e.text.en).toContain('fields[0].children[0]');
  });

  it('rejects a negative maximum, naming the criterion', () => {
    const e = reject((s) => {
      s.fields[1]!.children![1]!.max = -1;
      s.fields[1]!.max = 2;
    });
    expect(e.text.vi).toContain('Tiêu chí "b2"');
    expect(e.text.en).toContain('≥ 0');
  });

  it('rejects a leaf without a method and a node with one', () => {
    const e = reject((s) => {
      delete a(s).children![0]!.method;
      a(s).method = { type: 'manual' };
    });
    expect(e.issues.map((i) => i.message.en.split(' — ')[0])).toEqual([
      'Criterion "A"',
      'Criterion "a1"',
    ]);
  });

  it('rejects threshold steps above the maximum, out of range or out of order', () => {
    expect(
      reject((s) => {
        a2Method(s).thresholds[0]!.points = 5;
      }).text.en,
    ).toContain('at most the maximum 4');
    expect(
      reject((s) => {
        a2Method(s).thresholds[0]!.min = 1.5;
      }).text.en,
    ).toContain('a rate in [0, 1]');
    expect(
      reject((s) => {
        a2Method(s).thresholds[1]!.min = 1;
      }).text.vi,
    ).toContain('giảm dần');
  });

  it('rejects bands out of order or not reaching 0', () => {
    expect(
      reject((s) => {
        s.bands[2]!.min = 10;
      }).text.en,
    ).toContain('lowest band starting at 0');
    expect(
      reject((s) => {
        s.bands[1]!.min = 90;
      }).text.en,
    ).toContain('descending');
  });

  it('rejects a validity period that ends before it starts', () => {
    const e = reject((s) => {
      s.validFrom = '2018-01-01';
      s.validTo = '2017-12-31';
    });
    expect(e.issues[0]!.path).toBe('criteriaSet.validTo');
  });

  it('rejects measureScale without a measure', () => {
    const e = reject((s) => {
      (a(s).children![1]!.method as { measureScale?: number }).measureScale = 2;
    });
    expect(e.text.en).toContain('measureScale needs a measure');
  });
});
