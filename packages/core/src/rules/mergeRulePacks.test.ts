import { describe, expect, it } from 'vitest';
import { checkInspections } from './checkInspections.js';
import { getRulePack } from './getRulePack.js';
import { issuesOf } from './internal/testing.js';
import { mergeRulePacks } from './mergeRulePacks.js';
import type { RulePackOverride } from './rulePackSchema.js';

const layer = (extra: Partial<RulePackOverride>): RulePackOverride => ({
  id: 'ks-2x',
  version: '1',
  title: { vi: 'Kiểm tra 2 lần/tuần', en: 'Twice-weekly inspection' },
  jurisdiction: 'VN-KH/Khánh Sơn',
  verified: false,
  sources: [{ document: 'Quyết định ví dụ', issuer: 'UBND huyện Khánh Sơn', verified: false }],
  ...extra,
});

describe('mergeRulePacks', () => {
  const base = getRulePack('khanhson-2017');

  it('overrides a parameter by id (inspection 2× a week instead of 1) and keeps the rest', () => {
    const merged = mergeRulePacks(
      base,
      layer({ override: [{ id: 'inspection.weekly', params: { minPerWeek: 2 } }] }),
    );
    const weekly = merged.rules.find((r) => r.id === 'inspection.weekly')!;
    expect(weekly.params).toEqual({ minPerWeek: 2 });
    expect(weekly.citations).toEqual(
      base.rules.find((r) => r.id === 'inspection.weekly')!.citations,
    );
    expect(merged.rules.map((r) => r.id)).toEqual(base.rules.map((r) => r.id));
    expect(merged.lineage).toEqual(['vn-one-stop-2015', 'khanhson-2017']);
    expect(merged.verified).toBe(false);
    // One inspection in the week of Mon 5/6/2017: met under the letter's 1×, missed under 2×.
    const log = [
      {
        unitCode: 'KS-SONBINH',
        date: '2017-06-07',
        inspectorRole: 'Chủ tịch UBND xã',
        violations: 0,
      },
    ];
    const period = { from: '2017-06-05', to: '2017-06-11' };
    const weeklyOf = (pack: unknown) =>
      checkInspections(log, period, pack).find((f) => f.ruleId === 'inspection.weekly');
    expect(weeklyOf(base)?.status).toBe('met');
    expect(weeklyOf(merged)?.status).toBe('missed');
  });

  it('is pure: the base pack is unchanged', () => {
    const before = JSON.stringify(base);
    mergeRulePacks(
      base,
      layer({ override: [{ id: 'inspection.weekly', params: { minPerWeek: 2 } }] }),
    );
    expect(JSON.stringify(base)).toBe(before);
  });

  it('rejects an unknown rule id in an override, in both languages, pointing at `add`', () => {
    const issues = issuesOf(() =>
      mergeRulePacks(
        base,
        layer({ override: [{ id: 'inspection.weekley', params: { minPerWeek: 2 } }] }),
      ),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe('override.override[0].id');
    expect(issues[0]?.message.vi).toContain('"inspection.weekley"');
    expect(issues[0]?.message.vi).toContain('"add"');
    expect(issues[0]?.message.en).toContain('to add a new rule put it under "add"');
  });

  it('adds a new rule only through `add`, and refuses to add an existing id', () => {
    const weekly = base.rules.find((r) => r.id === 'inspection.weekly')!;
    const added = mergeRulePacks(
      base,
      layer({ add: [{ ...weekly, id: 'inspection.weekly-deputy' }] }),
    );
    expect(added.rules.at(-1)?.id).toBe('inspection.weekly-deputy');
    const issues = issuesOf(() => mergeRulePacks(base, layer({ add: [weekly] })));
    expect(issues[0]?.path).toBe('override.add[0].id');
    expect(issues[0]?.message.en).toContain('already exists');
  });

  it('removes rules by id and rejects removing one that does not exist', () => {
    const merged = mergeRulePacks(base, layer({ remove: ['notice.supplement-apology'] }));
    expect(merged.rules.some((r) => r.id === 'notice.supplement-apology')).toBe(false);
    expect(issuesOf(() => mergeRulePacks(base, layer({ remove: ['nope.rule'] })))[0]?.path).toBe(
      'override.remove[0]',
    );
  });

  it('checks `extends` against the base id', () => {
    const issues = issuesOf(() => mergeRulePacks(base, layer({ extends: 'vn-one-stop-2018' })));
    expect(issues[0]?.path).toBe('override.extends');
  });

  it('validates the merged pack: a condition on an undeclared fact is an error naming the rule', () => {
    const issues = issuesOf(() =>
      mergeRulePacks(
        base,
        layer({
          override: [
            {
              id: 'inspection.weekly',
              conditions: { met: { fact: 'violations', operator: 'equal', value: 0 } },
            },
          ],
        }),
      ),
    );
    expect(issues[0]?.path).toMatch(
      /^mergeRulePacks\(khanhson-2017, ks-2x\)\.rules\[\d+\]\.conditions\.met\.fact$/,
    );
    expect(issues[0]?.message.vi).toContain('inspection-week');
  });

  it('appends citations with addCitations and replaces them with citations', () => {
    const extra = { document: 'Kế hoạch CCHC 2017', issuer: 'UBND xã Sơn Bình', verified: false };
    const merged = mergeRulePacks(
      base,
      layer({ override: [{ id: 'notice.receipt', addCitations: [extra] }] }),
    );
    const receipt = merged.rules.find((r) => r.id === 'notice.receipt')!;
    expect(receipt.citations.at(-1)).toEqual(extra);
    expect(receipt.citations.length).toBe(
      base.rules.find((r) => r.id === 'notice.receipt')!.citations.length + 1,
    );
  });
});
