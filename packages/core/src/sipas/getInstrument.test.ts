import { describe, expect, it } from 'vitest';
import { CchcError } from '../schema/CchcError.js';
import { getInstrument } from './getInstrument.js';
import { SHIPPED_INSTRUMENTS } from './shippedInstruments.js';

const ids = (id: string) => getInstrument(id).elements.flatMap((e) => e.questions.map((q) => q.id));

describe('getInstrument', () => {
  it('ships sipas-2017 with the 22 criteria E1.1 … E5.4 and the filter F0 of the domain reference', () => {
    const inst = getInstrument('sipas-2017');
    const criteria = inst.elements.flatMap((e) =>
      e.questions.filter((q) => q.counts).map((q) => q.id),
    );
    expect(criteria).toEqual([
      'E1.1',
      'E1.2',
      'E1.3',
      'E1.4',
      'E2.1',
      'E2.2',
      'E2.3',
      'E2.4',
      'E2.5',
      'E3.1',
      'E3.2',
      'E3.3',
      'E3.4',
      'E3.5',
      'E3.6',
      'E4.1',
      'E4.2',
      'E4.3',
      'E5.1',
      'E5.2',
      'E5.3',
      'E5.4',
    ]);
    expect(ids('sipas-2017')).toContain('F0');
    expect(inst.verified).toBe(false);
    expect(inst.method.score).toBe('share-satisfied');
  });

  it('skips element 5 unless F0 = yes (skip logic as data)', () => {
    const e5 = getInstrument('sipas-2017').elements.find((e) => e.id === 'E5')!;
    const criteria = e5.questions.filter((q) => q.counts);
    expect(criteria.every((q) => q.showIf?.question === 'F0' && q.showIf.equals === 'yes')).toBe(
      true,
    );
  });

  it('ships the commune and health-station examples, marked as unverified examples', () => {
    expect(SHIPPED_INSTRUMENTS).toEqual([
      'sipas-2017',
      'commune-ubnd-example',
      'health-station-example',
    ]);
    for (const id of ['commune-ubnd-example', 'health-station-example']) {
      const inst = getInstrument(id);
      expect(inst.kind).toBe('example');
      expect(inst.verified).toBe(false);
      expect(inst.sources.length).toBeGreaterThan(0);
    }
    const health = getInstrument('health-station-example');
    expect(health.method).toMatchObject({ score: 'share-satisfied-answers', comprehensive: true });
    expect(health.elements.slice(0, 5).map((e) => e.id)).toEqual(['A', 'B', 'C', 'D', 'E']);
  });

  it('does not ship sipas-2023 (method of Decision 1001/QĐ-BNV not confirmed)', () => {
    expect(() => getInstrument('sipas-2023')).toThrow(CchcError);
  });

  it('names the known instruments when the id is unknown, in both languages', () => {
    try {
      getInstrument('sipas-2099');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CchcError);
      const error = e as CchcError;
      expect(error.issues[0]!.message.vi).toContain('sipas-2017');
      expect(error.issues[0]!.message.en).toContain('no instrument "sipas-2099"');
    }
  });

  it.each([
    ['a Symbol', Symbol('sipas-2017')],
    ['a null-prototype object', Object.create(null)],
    ['a number', 2017],
    ['a String object', new String('sipas-2017')],
  ])('rejects %s as id with a bilingual CchcError on `id`', (_, id) => {
    let error: unknown;
    try {
      getInstrument(id as string);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CchcError);
    expect((error as CchcError).issues).toMatchObject([
      { path: 'id', expected: { vi: 'chuỗi ký tự', en: 'a text' } },
    ]);
  });

  it('returns the same frozen object each time', () => {
    const a = getInstrument('sipas-2017');
    expect(getInstrument('sipas-2017')).toBe(a);
    expect(Object.isFrozen(a.elements[0]!.questions[0])).toBe(true);
  });
});
