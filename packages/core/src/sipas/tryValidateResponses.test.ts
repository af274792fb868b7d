import { describe, expect, it } from 'vitest';
import { CchcError } from '../schema/CchcError.js';
import { getInstrument } from './getInstrument.js';
import { loadInstrument } from './loadInstrument.js';
import { tryValidateResponses } from './tryValidateResponses.js';
import { validateResponses } from './validateResponses.js';

const response = (answers: Record<string, unknown>, unitCode = 'KS-SB') => ({
  respondentId: 'R1',
  unitCode,
  answers: { F0: 'no', 'E1.1': 4, ...answers },
});

describe('tryValidateResponses', () => {
  it('reports what validateResponses reports for a shipped instrument loaded on demand', async () => {
    const inst = await loadInstrument('sipas-2017');
    const rows = [response({}), response({ 'E3.1': 7, 'E5.1': 4 })];
    const quick = tryValidateResponses(inst, rows);
    expect(quick).toEqual(validateResponses(inst, rows));
    expect(quick?.issues.map((i) => [i.row, i.kind, i.path])).toEqual([
      [2, 'duplicate-respondent', 'respondentId'],
      [2, 'out-of-scale', 'answers.E3.1'],
      [2, 'skipped-question', 'answers.E5.1'],
    ]);
  });

  it('gives up on a row without the shape of a response: validateResponses names the problem', () => {
    const inst = getInstrument('sipas-2017');
    const rows = [response({}, '')];
    expect(tryValidateResponses(inst, rows)).toBeUndefined();
    expect(validateResponses(inst, rows).issues[0]).toMatchObject({
      kind: 'invalid-row',
      path: 'unitCode',
      message: { en: 'row 1, unitCode: received "", expected at least 1 characters' },
    });
  });

  it('gives up on an instrument that core has not checked (plain data)', () => {
    const data = structuredClone(getInstrument('sipas-2017'));
    expect(tryValidateResponses(data, [response({})])).toBeUndefined();
    expect(validateResponses(data, [response({})]).valid).toBe(true);
  });

  it('throws the CchcError of validateResponses for a non-list or bad options', () => {
    const inst = getInstrument('sipas-2017');
    const thrown = (run: () => unknown) => {
      try {
        run();
      } catch (e) {
        return e;
      }
      return expect.unreachable('no error');
    };
    for (const [responses, options] of [
      ['R1', {}],
      [[], { weighted: 'yes' }],
      [[], { weigthed: true }],
    ] as const) {
      const quick = thrown(() => tryValidateResponses(inst, responses as never, options as never));
      expect(quick).toBeInstanceOf(CchcError);
      expect(quick).toEqual(
        thrown(() => validateResponses(inst, responses as never, options as never)),
      );
    }
  });
});
