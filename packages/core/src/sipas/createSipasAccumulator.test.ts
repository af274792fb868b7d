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
});
