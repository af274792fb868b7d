import { describe, expect, it } from 'vitest';
import { dayNumberOf, formatDayNumber } from '../internal/days.js';
import { CchcError } from '../schema/CchcError.js';
import { getRulePack } from './getRulePack.js';
import { NATIONAL_REGIMES } from './internal/regimes.js';
import { issuesOf } from './internal/testing.js';
import { packFor } from './packFor.js';
import { regimeFor } from './regimeFor.js';
import { SHIPPED_RULE_PACKS } from './shippedRulePacks.js';

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof CchcError) return e.code;
    throw e;
  }
  throw new Error('expected a CchcError');
};

describe('regimeFor', () => {
  // The periods of the rules guide (docs/guides/rules.md): Decision 09/2015 from 15/5/2015, Decree 61/2018 from
  // 21/6/2018, Decree 118/2025 from 1/7/2025 — the first and last day of each.
  it.each([
    ['2015-05-15', 'vn-one-stop-2015'],
    ['2017-04-10', 'vn-one-stop-2015'],
    ['2018-06-20', 'vn-one-stop-2015'],
    ['2018-06-21', 'vn-one-stop-2018'],
    ['2024-02-29', 'vn-one-stop-2018'],
    ['2025-06-30', 'vn-one-stop-2018'],
    ['2025-07-01', 'vn-one-stop-2025'],
    ['2099-12-31', 'vn-one-stop-2025'],
  ])('%s → %s', (date, id) => {
    expect(regimeFor(date)).toBe(id);
  });

  it('has no regime before 15/5/2015: "no-regime", in both languages, as packFor', () => {
    expect(codeOf(() => regimeFor('2015-05-14'))).toBe('no-regime');
    const [issue] = issuesOf(() => regimeFor('2015-05-14'));
    expect(issue).toMatchObject({ path: 'date', value: '2015-05-14' });
    expect(issue?.message.vi).toContain('từ 2015-05-15');
    expect(issue?.message.en).toContain('from 2015-05-15');
    expect(issuesOf(() => packFor('2015-05-14'))).toEqual(issuesOf(() => regimeFor('2015-05-14')));
  });

  it.each(['2017-02-30', '17-05-08', '2017-05-08T08:30', '', 20170508, null, undefined])(
    'rejects %j as a date, naming the field, as packFor',
    (date) => {
      expect(codeOf(() => regimeFor(date as string))).toBe('invalid-input');
      const issues = issuesOf(() => regimeFor(date as string));
      expect(issues[0]?.path).toBe('date');
      expect(issues[0]?.message.vi).not.toBe(issues[0]?.message.en);
      expect(issuesOf(() => packFor(date as string))).toEqual(issues);
    },
  );
});

describe('the validity table of regimeFor', () => {
  it("matches each national pack's own validFrom / validTo", () => {
    for (const regime of NATIONAL_REGIMES) {
      const pack = getRulePack(regime.id);
      expect({ id: pack.id, validFrom: pack.validFrom, validTo: pack.validTo }).toEqual({
        id: regime.id,
        validFrom: regime.validFrom,
        validTo: regime.validTo,
      });
    }
  });

  it('has no gap and no overlap: each regime starts the day after the previous one ends; the last is open', () => {
    NATIONAL_REGIMES.forEach((regime, i) => {
      const previous = NATIONAL_REGIMES[i - 1];
      if (previous === undefined) return;
      expect(previous.validTo).toBeDefined();
      expect(regime.validFrom).toBe(formatDayNumber(dayNumberOf(previous.validTo as string) + 1));
    });
    expect(NATIONAL_REGIMES.at(-1)?.validTo).toBeUndefined();
  });

  it('leaves out only local layers, each within the regime it extends', () => {
    const national = new Set<string>(NATIONAL_REGIMES.map((r) => r.id));
    const local = SHIPPED_RULE_PACKS.filter((id) => !national.has(id));
    expect(local).toEqual(['khanhson-2017']);
    for (const id of local) {
      const pack = getRulePack(id);
      expect(pack.jurisdiction).toContain('/'); // a district of a province
      const regime = NATIONAL_REGIMES.find((r) => r.id === pack.lineage?.at(-1));
      expect(regime).toBeDefined();
      expect(regimeFor(pack.validFrom)).toBe(regime?.id);
      if (pack.validTo !== undefined) expect(regimeFor(pack.validTo)).toBe(regime?.id);
    }
  });
});
