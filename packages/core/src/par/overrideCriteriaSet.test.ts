import { describe, expect, it } from 'vitest';
import { CchcError } from '../schema/CchcError.js';
import { tinySet } from './internal/testSets.js';
import { overrideCriteriaSet } from './overrideCriteriaSet.js';

const sources = [{ document: 'Quyết định điều chỉnh (thử)', issuer: 'UBND tỉnh' }];
const errorOf = (f: () => unknown): CchcError => {
  try {
    f();
  } catch (e) {
    if (e instanceof CchcError) return e;
    throw e;
  }
  throw new Error('expected a CchcError');
};

describe('overrideCriteriaSet', () => {
  it('changes points, keeping the sums valid, and records the base', () => {
    const set = overrideCriteriaSet(tinySet(), {
      id: 'tiny-2',
      version: '2',
      sources,
      points: { A: 7, a1: 3 },
    });
    expect(set.fields[0]!.max).toBe(7);
    expect(set.fields[0]!.children![0]!.max).toBe(3);
    expect(set.basedOn).toEqual({ id: 'tiny', version: '1' });
    expect(set.sources[0]).toEqual(sources[0]);
    expect(set.verified).toBe(false);
  });

  it('adds a criterion after a given one, and a new field', () => {
    const set = overrideCriteriaSet(tinySet(), {
      id: 'tiny-3',
      version: '1',
      sources,
      points: { A: 7 },
      add: [
        {
          parent: 'A',
          after: 'a1',
          criterion: {
            id: 'a3',
            title: { vi: 'a3', en: 'a3' },
            max: 1,
            method: { type: 'manual' },
          },
        },
        {
          criterion: {
            id: 'C',
            title: { vi: 'C', en: 'C' },
            max: 2,
            children: [
              { id: 'c1', title: { vi: 'c1', en: 'c1' }, max: 2, method: { type: 'boolean' } },
            ],
          },
        },
      ],
    });
    expect(set.fields[0]!.children!.map((c) => c.id)).toEqual(['a1', 'a3', 'a2']);
    expect(set.fields.map((f) => f.id)).toEqual(['A', 'B', 'C']);
  });

  it('removes a criterion and replaces a method', () => {
    const set = overrideCriteriaSet(tinySet(), {
      id: 'tiny-4',
      version: '1',
      sources,
      remove: ['b2'],
      points: { B: 3 },
      methods: { b1: { type: 'survey', thresholds: [{ min: 80, points: 3 }] } },
    });
    expect(set.fields[1]!.children!.map((c) => c.id)).toEqual(['b1']);
    expect(set.fields[1]!.children![0]!.method).toEqual({
      type: 'survey',
      thresholds: [{ min: 80, points: 3 }],
    });
  });

  it('turns a leaf into a criterion with sub-criteria (its own method goes)', () => {
    const set = overrideCriteriaSet(tinySet(), {
      id: 'tiny-5',
      version: '1',
      sources,
      add: [
        {
          parent: 'a1',
          criterion: {
            id: 'a1.1',
            title: { vi: 'x', en: 'x' },
            max: 2,
            method: { type: 'boolean' },
          },
        },
      ],
    });
    expect(set.fields[0]!.children![0]!.method).toBeUndefined();
    expect(set.fields[0]!.children![0]!.children![0]!.id).toBe('a1.1');
  });

  it('rejects the result when children no longer add up, naming the parent', () => {
    const e = errorOf(() =>
      overrideCriteriaSet(tinySet(), { id: 'bad', version: '1', sources, points: { a2: 5 } }),
    );
    expect(e.text.vi).toContain('Tiêu chí "A"');
    expect(e.text.en).toContain('sum of its sub-criteria');
  });

  it('rejects negative maxima and duplicate ids in the result', () => {
    expect(
      errorOf(() =>
        overrideCriteriaSet(tinySet(), {
          id: 'bad',
          version: '1',
          sources,
          points: { a1: -2, A: 2 },
        }),
      ).text.en,
    ).toContain('Criterion "a1"');
    const dup = errorOf(() =>
      overrideCriteriaSet(tinySet(), {
        id: 'bad',
        version: '1',
        sources,
        points: { B: 5 },
        add: [
          {
            parent: 'B',
            criterion: {
              id: 'a1',
              title: { vi: 'x', en: 'x' },
              max: 1,
              method: { type: 'manual' },
            },
          },
        ],
      }),
    );
    expect(dup.text.en).toContain('unique criterion id');
  });

  it('rejects unknown ids in every part of the override', () => {
    const e = errorOf(() =>
      overrideCriteriaSet(tinySet(), {
        id: 'bad',
        version: '1',
        sources,
        remove: ['x1'],
        points: { x2: 1 },
        methods: { x3: { type: 'manual' } },
        add: [
          {
            parent: 'x4',
            criterion: { id: 'n', title: { vi: 'n', en: 'n' }, max: 0, method: { type: 'manual' } },
          },
        ],
      }),
    );
    expect(e.issues.map((i) => i.value)).toEqual(['x1', 'x4', 'x2', 'x3']);
    expect(e.issues[0]!.message.vi).toContain('không có trong bộ chỉ số gốc');
  });

  it('rejects a "__proto__" key in points or methods (z.record alone would drop it silently)', () => {
    const e = errorOf(() =>
      overrideCriteriaSet(tinySet(), {
        id: 'bad',
        version: '1',
        sources,
        points: JSON.parse('{"__proto__": 7}'),
        methods: JSON.parse('{"__proto__": {"type": "manual"}}'),
      }),
    );
    expect(e.issues.map((i) => i.path)).toEqual([
      'override.points.__proto__',
      'override.methods.__proto__',
    ]);
    expect(e.issues[0]!.message.en).toBe(
      'override.points.__proto__: received 7, expected a key other than "__proto__" (a JavaScript object cannot keep it, so it would be ignored)',
    );
  });
});
