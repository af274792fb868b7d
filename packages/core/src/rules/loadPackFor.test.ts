import { describe, expect, it } from 'vitest';
import { CchcError } from '../schema/CchcError.js';
import { issuesOf } from './internal/testing.js';
import { loadPackFor } from './loadPackFor.js';
import { loadRulePack } from './loadRulePack.js';
import { packFor } from './packFor.js';

describe('loadPackFor', () => {
  it.each([
    ['2015-05-15', 'vn-one-stop-2015'],
    ['2018-06-20', 'vn-one-stop-2015'],
    ['2018-06-21', 'vn-one-stop-2018'],
    ['2025-06-30', 'vn-one-stop-2018'],
    ['2025-07-01', 'vn-one-stop-2025'],
  ])('%s → %s, deep-equal to packFor, the object loadRulePack gives', async (date, id) => {
    const pack = await loadPackFor(date);
    expect(pack.id).toBe(id);
    expect(pack).toEqual(packFor(date));
    expect(pack).toBe(await loadRulePack(id));
  });

  it.each(['2015-05-14', '2017-13-01', 42])(
    'rejects %j with the bilingual error packFor throws',
    async (date) => {
      const error = await loadPackFor(date as string).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(CchcError);
      expect((error as CchcError).issues).toEqual(issuesOf(() => packFor(date as string)));
      expect((error as CchcError).issues[0]?.path).toBe('date');
    },
  );
});
