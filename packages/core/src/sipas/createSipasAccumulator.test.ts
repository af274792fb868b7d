import { describe, expect, it } from 'vitest';
import { CchcError } from '../schema/CchcError.js';
import { createSipasAccumulator, SipasAccumulator } from './createSipasAccumulator.js';
import { getInstrument } from './getInstrument.js';
import { scoreSipas } from './scoreSipas.js';

const inst = getInstrument('sipas-2017');
const row = (
  id: string,
  unit: string,
  e11: number | null,
  extra: Record<string, number | string | null> = {},
) => ({
  respondentId: id,
  unitCode: unit,
  answers: { F0: 'no', 'E1.1': e11, ...extra },
});

describe('createSipasAccumulator', () => {
  it('streams responses and gives what scoreSipas gives for all of them at once', () => {
    const rows = [
      row('1', 'A', 4),
      row('2', 'A', 2),
      row('3', 'B', 5, { comment_E1: 'Thiếu ghế' }),
    ];
    const acc = createSipasAccumulator(inst, { by: ['unitCode'] });
    for (const r of rows) acc.add(r);
    expect(acc.result()).toEqual(scoreSipas(inst, rows, { by: ['unitCode'] }));
    expect(acc.result().groups[1]!.comments).toEqual({
      E1: [{ respondentId: '3', question: 'comment_E1', text: 'Thiếu ghế' }],
    });
  });

  it('can keep receiving data after result()', () => {
    const acc = createSipasAccumulator(inst);
    acc.add(row('1', 'A', 5));
    expect(acc.result().groups[0]!.criteria['E1.1']!.index).toBe(100);
    acc.add(row('2', 'A', 1));
    expect(acc.result().groups[0]!.criteria['E1.1']!.index).toBe(50);
  });

  it('survives toJSON → JSON text → fromJSON with an identical result', () => {
    const acc = createSipasAccumulator(inst, { by: ['unitCode'], weighted: true });
    acc.add({ ...row('1', 'A', 4), weight: 1.25 });
    acc.add({ ...row('x', 'B', 2, { comment_E2: 'Chờ lâu' }), weight: 0.8 });
    const restored = SipasAccumulator.fromJSON(inst, JSON.parse(JSON.stringify(acc)));
    expect(restored.result()).toEqual(acc.result());
    // …and still detects an id it has seen.
    expect(() => restored.add({ ...row('1', 'A', 3), weight: 1 })).toThrow(
      /duplicate respondent id "1"/,
    );
  });

  it('refuses a snapshot made with another instrument version', () => {
    const json = createSipasAccumulator(inst).toJSON();
    expect(() => SipasAccumulator.fromJSON(getInstrument('commune-ubnd-example'), json)).toThrow(
      CchcError,
    );
    expect(() => SipasAccumulator.fromJSON(inst, { ...json, rows: -1 })).toThrow(CchcError);
  });

  it('leaves no trace of a rejected response or batch (the id can be used again)', () => {
    const acc = createSipasAccumulator(inst);
    expect(() => acc.add(row('7', 'A', 9))).toThrow(CchcError);
    expect(() =>
      acc.addColumns({
        length: 2,
        respondentId: ['8', '9'],
        unitCode: ['A', 'A'],
        answers: { 'E1.1': Uint8Array.of(4, 77) },
      }),
    ).toThrow(CchcError);
    acc.add(row('7', 'A', 4));
    acc.addColumns({
      length: 2,
      respondentId: ['8', '9'],
      unitCode: ['A', 'A'],
      answers: { 'E1.1': Uint8Array.of(4, 4) },
    });
    expect(acc.result().groups[0]!.n).toBe(3);
  });

  it('refuses to merge shards with different options or a shared respondent', () => {
    const a = createSipasAccumulator(inst, { by: ['unitCode'] });
    const b = createSipasAccumulator(inst);
    expect(() => a.merge(b)).toThrow(/same instrument version and options/);
    const c = createSipasAccumulator(inst, { by: ['unitCode'] });
    a.add(row('42', 'A', 4));
    c.add(row('42', 'B', 5));
    expect(() => a.merge(c)).toThrow(/duplicate respondent id "42"/);
  });

  it('rejects a columnar batch whose columns have the wrong length, naming the column', () => {
    const acc = createSipasAccumulator(inst);
    try {
      acc.addColumns({
        length: 3,
        respondentId: ['1', '2'],
        unitCode: ['A', 'A', 'A'],
        answers: {},
      });
      expect.unreachable();
    } catch (e) {
      expect((e as CchcError).issues[0]!.path).toBe('columns.respondentId');
      expect((e as CchcError).issues[0]!.message.vi).toContain('3 dòng');
    }
  });

  it('rejects an unknown grouping field', () => {
    expect(() => createSipasAccumulator(inst, { by: ['district'] })).toThrow(/options\.by\[0\]/);
  });

  it('refuses to merge an accumulator into itself, empty or not, and stays as it was', () => {
    const empty = createSipasAccumulator(inst, { onInvalid: 'exclude' });
    expect(() => empty.merge(empty)).toThrow(/cannot be merged into itself/);
    empty.add({ respondentId: '', unitCode: 'A', answers: {} }); // unreadable: excluded, no id
    const before = JSON.stringify(empty.toJSON());
    try {
      empty.merge(empty);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CchcError);
      expect((e as CchcError).code).toBe('incompatible-accumulator');
      expect((e as CchcError).issues[0]!.message.vi).toContain(
        'không gộp được bộ cộng dồn vào chính nó',
      );
    }
    expect(JSON.stringify(empty.toJSON())).toBe(before);
    // A copy is another shard: its unreadable row is a row of its own.
    expect(
      empty.merge(SipasAccumulator.fromJSON(inst, empty.toJSON())).result().invalid.excludedRows,
    ).toBe(2);
  });

  it('treats an optional columnar field given as null as absent', () => {
    const columns = {
      length: 2,
      respondentId: ['1', '2'],
      unitCode: ['A', 'B'],
      answers: { 'E1.1': Uint8Array.of(4, 2) },
    };
    const withNull = { ...columns, sex: null, service: null, weight: null } as never;
    const options = { by: ['unitCode'], bootstrap: 0 };
    expect(createSipasAccumulator(inst, options).addColumns(withNull).result()).toEqual(
      createSipasAccumulator(inst, options).addColumns(columns).result(),
    );
  });
});

describe('SipasAccumulator.fromJSON cross-checks', () => {
  const weighted = () => {
    const acc = createSipasAccumulator(inst, { by: ['unitCode'], weighted: true, bootstrap: 0 });
    acc.add({ ...row('1', 'A', 4, { comment_E1: 'Chờ lâu' }), weight: 2 });
    acc.add({ ...row('2', 'A', 2), weight: 3 });
    return acc;
  };
  const pathOf = (json: unknown): string => {
    try {
      SipasAccumulator.fromJSON(inst, json);
    } catch (e) {
      expect(e).toBeInstanceOf(CchcError);
      return (e as CchcError).issues[0]!.path;
    }
    return 'accepted';
  };
  type Json = ReturnType<SipasAccumulator['toJSON']>;
  const edited = (edit: (json: Json) => void): Json => {
    const json = JSON.parse(JSON.stringify(weighted().toJSON())) as Json;
    edit(json);
    return json;
  };

  it('restores an untouched snapshot', () => {
    expect(pathOf(edited(() => {}))).toBe('accepted');
  });

  it('refuses squared-weight sums the counts and weight sums cannot give', () => {
    // R1 (w = 2) and R2 (w = 3): 2 respondents, Σw = 5, so Σw² must lie in [12.5, 25] (in units of 2⁻¹⁶, ± ½ each).
    const json = edited((j) => {
      for (let i = 1; i < j.tallies.squares!.length; i += 2) j.tallies.squares![i] = 1;
    });
    const message = (() => {
      try {
        SipasAccumulator.fromJSON(inst, json);
      } catch (e) {
        return (e as CchcError).issues[0]!.message;
      }
      return undefined;
    })();
    expect(message?.en).toMatch(/^accumulator\.tallies\.squares: group "A", bucket \d+, /);
    expect(message?.vi).toMatch(/^accumulator\.tallies\.squares: nhóm "A", nhóm lấy mẫu \d+, /);
  });

  it('refuses answer slots that do not add up to the respondents, and counts that do not match the rows', () => {
    expect(pathOf(edited((j) => (j.tallies.counts[1] = j.tallies.counts[1]! + 1)))).toMatch(
      /^accumulator\.tallies\./,
    );
    expect(pathOf(edited((j) => (j.excludedRows = 1)))).toBe('accumulator.tallies.counts');
    expect(pathOf(edited((j) => (j.rows = 1)))).toBe('accumulator.ids');
    expect(pathOf(edited((j) => (j.excludedRows = 9)))).toBe('accumulator.excludedRows');
  });

  it('restores an accumulator that rejected a response (its row number is kept, nothing counted)', () => {
    const acc = createSipasAccumulator(inst, { bootstrap: 0 });
    expect(() => acc.add(row('7', 'A', 9))).toThrow(CchcError);
    const batch = (e11: number) => ({
      length: 1,
      respondentId: ['8'],
      unitCode: ['A'],
      answers: { 'E1.1': Uint8Array.of(e11) },
    });
    expect(() => acc.addColumns(batch(9))).toThrow(CchcError);
    acc.addColumns(batch(4));
    acc.add(row('9', 'A', 2, { comment_E1: 'Chờ lâu' }));
    expect(acc.rows).toBe(3);
    const restored = SipasAccumulator.fromJSON(inst, JSON.parse(JSON.stringify(acc.toJSON())));
    expect(restored.result()).toEqual(acc.result());
    expect(restored.rows).toBe(3);
  });

  it('refuses repeated or missing ids ("2" and 2 are one respondent)', () => {
    expect(pathOf(edited((j) => j.ids.push('1')))).toBe('accumulator.ids');
    expect(pathOf(edited((j) => (j.ids = [1, '1'])))).toBe('accumulator.ids');
    expect(pathOf(edited((j) => (j.ids = [1])))).toBe('accumulator.ids');
  });

  it('refuses a group key with the wrong number of values', () => {
    expect(pathOf(edited((j) => (j.groups[0] = ['A', 'nam'])))).toBe('accumulator.groups[0]');
  });

  it('refuses comments the snapshot cannot have', () => {
    const at = (edit: (c: Json['comments'][number]) => void) =>
      pathOf(edited((j) => edit(j.comments[0]!)));
    expect(at((c) => (c.element = 42))).toBe('accumulator.comments[0].element');
    expect(at((c) => (c.question = 'comment_E2'))).toBe('accumulator.comments[0].question');
    expect(at((c) => (c.respondentId = '9'))).toBe('accumulator.comments[0].respondentId');
    expect(pathOf(edited((j) => (j.options.comments = false)))).toBe('accumulator.comments[0]');
  });
});
