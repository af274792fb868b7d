import { describe, expect, it } from 'vitest';
import { checkDossier } from './checkDossier.js';
import { getRulePack } from './getRulePack.js';
import { issuesOf } from './internal/testing.js';
import { packFor } from './packFor.js';
import { RulePackSchema } from './rulePackSchema.js';
import { SHIPPED_RULE_PACKS } from './shippedRulePacks.js';

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('shipped packs', () => {
  it.each(SHIPPED_RULE_PACKS)(
    '%s validates, is frozen, and cites a source for every rule',
    (id) => {
      const pack = getRulePack(id);
      expect(RulePackSchema.safeParse(clone(pack)).success).toBe(true);
      expect(Object.isFrozen(pack)).toBe(true);
      for (const rule of pack.rules) expect(rule.citations.length).toBeGreaterThan(0);
    },
  );

  it('carries every rule id of the domain reference across the packs', () => {
    const ids = new Set(SHIPPED_RULE_PACKS.flatMap((id) => getRulePack(id).rules.map((r) => r.id)));
    for (const id of [
      'notice.guidance-slip',
      'notice.receipt',
      'notice.supplement-request',
      'notice.supplement-once',
      'notice.supplement-apology',
      'notice.refusal-legal-basis',
      'notice.late-apology',
      'notice.early-result',
      'deadline.on-time',
      'transfer.same-day',
      'inspection.weekly',
      'inspection.violation-handled',
      'report.self-assessment-monthly',
      'report.self-assessment-quarterly',
      'report.six-month',
      'report.annual',
      'feedback.answered',
    ])
      expect(ids.has(id), id).toBe(true);
  });

  it('marks the 2025 regime and the 2015 national articles as unverified, 2018 articles as verified', () => {
    expect(getRulePack('vn-one-stop-2025').rules.every((r) => !r.verified)).toBe(true);
    expect(
      getRulePack('vn-one-stop-2025')
        .rules.flatMap((r) => r.citations)
        .every((c) => !c.verified),
    ).toBe(true);
    const receipt2018 = getRulePack('vn-one-stop-2018').rules.find(
      (r) => r.id === 'notice.receipt',
    )!;
    expect(receipt2018.citations.every((c) => c.verified)).toBe(true);
    const receipt2015 = getRulePack('vn-one-stop-2015').rules.find(
      (r) => r.id === 'notice.receipt',
    )!;
    expect(receipt2015.citations.some((c) => c.verified)).toBe(false);
    expect(getRulePack('khanhson-2017').reception.verified).toBe(false);
  });

  it('rejects an id that is not a text with a CchcError', () => {
    expect(issuesOf(() => getRulePack(Symbol('x') as never))[0]?.path).toBe('id');
    expect(issuesOf(() => getRulePack(Object.create(null)))[0]?.path).toBe('id');
  });

  it('rejects an unknown pack id in both languages', () => {
    const issues = issuesOf(() => getRulePack('vn-one-stop-2099'));
    expect(issues[0]?.message.vi).toContain('vn-one-stop-2018');
    expect(issues[0]?.message.en).toContain('no rule pack');
  });
});

describe('packFor', () => {
  it.each([
    ['2015-05-15', 'vn-one-stop-2015'],
    ['2017-04-10', 'vn-one-stop-2015'],
    ['2018-06-20', 'vn-one-stop-2015'],
    ['2018-06-21', 'vn-one-stop-2018'],
    ['2025-06-30', 'vn-one-stop-2018'],
    ['2025-07-01', 'vn-one-stop-2025'],
    ['2026-11-27', 'vn-one-stop-2025'],
  ])('%s → %s', (date, id) => {
    expect(packFor(date).id).toBe(id);
  });
  it('has no regime before 15/5/2015', () => {
    expect(issuesOf(() => packFor('2015-05-14'))[0]?.path).toBe('date');
  });
});

describe('RulePackSchema rejects malformed packs, naming the field', () => {
  // biome-ignore lint/suspicious/noExplicitAny: the test corrupts arbitrary parts of a pack on purpose
  const base = () => clone(getRulePack('vn-one-stop-2018')) as unknown as Record<string, any>;
  const at = (pack: unknown) => issuesOf(() => checkDossier({}, pack));

  it('an unknown operator', () => {
    const p = base();
    p.rules[0].conditions.met.operator = 'approximately';
    const issues = at(p);
    expect(issues[0]?.path).toBe('pack.rules[0].conditions.met.operator');
    expect(issues[0]?.expected.vi).toContain('lessThanInclusive');
  });
  it('a fact the subject does not have', () => {
    const p = base();
    p.rules[0].facts.push('mood');
    expect(at(p)[0]?.path).toBe(`pack.rules[0].facts[${p.rules[0].facts.length - 1}]`);
  });
  it('a parameter reference to a missing parameter', () => {
    const p = base();
    const r = p.rules.find((x: { id: string }) => x.id === 'notice.supplement-request');
    r.params = {};
    const issues = at(p);
    expect(issues.map((i) => i.path)).toContain(
      `pack.rules[${p.rules.indexOf(r)}].conditions.met.all[0].value.param`,
    );
  });
  it('a working-day deadline whose parameter is not a whole number ≥ 0', () => {
    for (const bad of [1.5, -2]) {
      // biome-ignore lint/suspicious/noExplicitAny: the test corrupts a pack on purpose
      const p = clone(getRulePack('khanhson-2017')) as unknown as Record<string, any>;
      const i = p.rules.findIndex(
        (x: { deadline?: { workingDays?: unknown } }) =>
          typeof x.deadline?.workingDays === 'object',
      );
      const rule = p.rules[i];
      rule.params[rule.deadline.workingDays.param] = bad;
      const issues = at(p);
      expect(issues.map((x) => x.path)).toContain(`pack.rules[${i}].deadline.workingDays.param`);
      expect(issues[0]?.expected.en).toContain('whole number ≥ 0');
    }
  });
  it('a duplicate rule id, and validTo before validFrom', () => {
    const p = base();
    p.rules.push(p.rules[0]);
    p.validTo = '2010-01-01';
    const paths = at(p).map((i) => i.path);
    expect(paths).toContain('pack.validTo');
    expect(paths).toContain(`pack.rules[${p.rules.length - 1}].id`);
  });
  it('prototype keys are not facts or parameters', () => {
    const p = base();
    p.rules = [
      {
        ...p.rules[0],
        facts: ['toString'],
        conditions: { met: { fact: 'toString', operator: 'equal', value: 1 } },
      },
    ];
    expect(at(p).map((i) => i.path)).toContain('pack.rules[0].facts[0]');
    const q = base();
    q.rules = [
      {
        ...q.rules[0],
        facts: ['accepted'],
        conditions: {
          met: { fact: 'accepted', operator: 'equal', value: { param: 'constructor' } },
        },
      },
    ];
    expect(at(q).map((i) => i.path)).toContain('pack.rules[0].conditions.met.value.param');
  });
  it('a leaf with a JSONPath `path` (not supported: plain facts only)', () => {
    const p = base();
    p.rules[0].conditions.met.path = '$.x';
    expect(at(p)[0]?.message.en).toContain('exactly fact, operator, value');
  });
});
