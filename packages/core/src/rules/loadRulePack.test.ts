import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CchcError, type CchcIssue } from '../schema/CchcError.js';
import { getRulePack } from './getRulePack.js';
import { issuesOf } from './internal/testing.js';
import { loadRulePack } from './loadRulePack.js';
import { SHIPPED_RULE_PACKS } from './shippedRulePacks.js';

async function rejection(promise: Promise<unknown>): Promise<CchcError> {
  const error = await promise.then(
    () => new Error('expected a rejection, the promise resolved'),
    (e: unknown) => e,
  );
  if (error instanceof CchcError) return error;
  throw error;
}

function isDeepFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeepFrozen);
}

describe('loadRulePack', () => {
  it.each(SHIPPED_RULE_PACKS)('%s: deep-equal to getRulePack, deep-frozen', async (id) => {
    const pack = await loadRulePack(id);
    expect(pack).toEqual(getRulePack(id));
    expect(pack.id).toBe(id);
    expect(isDeepFrozen(pack)).toBe(true);
  });

  it('loads an override pack over its base (khanhson-2017 over vn-one-stop-2015, 2025 over 2018)', async () => {
    const khanhSon = await loadRulePack('khanhson-2017');
    const base = await loadRulePack('vn-one-stop-2015');
    expect(khanhSon.lineage).toEqual(['vn-one-stop-2015']);
    // Letter 112/UBND-NV adds the supplement apology; the national 2015 pack does not have it.
    expect(khanhSon.rules.some((r) => r.id === 'notice.supplement-apology')).toBe(true);
    expect(base.rules.some((r) => r.id === 'notice.supplement-apology')).toBe(false);
    expect((await loadRulePack('vn-one-stop-2025')).lineage).toEqual(['vn-one-stop-2018']);
  });

  it('resolves to the same frozen object on every call, concurrent calls included', async () => {
    const [a, b] = await Promise.all([
      loadRulePack('vn-one-stop-2018'),
      loadRulePack('vn-one-stop-2018'),
    ]);
    expect(a).toBe(b);
    expect(await loadRulePack('vn-one-stop-2018')).toBe(a);
  });

  it('rejects an unknown id with the same bilingual "unknown-pack" error as getRulePack', async () => {
    const error = await rejection(loadRulePack('vn-one-stop-2099'));
    expect(error.code).toBe('unknown-pack');
    expect(error.issues).toEqual(issuesOf(() => getRulePack('vn-one-stop-2099')));
    expect(error.issues[0]?.message.vi).toContain('không có bộ quy tắc "vn-one-stop-2099"');
    expect(error.issues[0]?.message.en).toContain('no rule pack "vn-one-stop-2099"');
    // A pack file that is not a shipped pack (the evaluation table) is not loadable by id either.
    expect((await rejection(loadRulePack('one-stop-evaluation-tt01-2018'))).code).toBe(
      'unknown-pack',
    );
  });

  it.each([
    ['a symbol', Symbol('id')],
    ['an object with no prototype', Object.create(null)],
    ['a number', 2018],
    ['undefined', undefined],
  ])('rejects %s as an id with a CchcError naming "id", as getRulePack', async (_, id) => {
    const error = await rejection(loadRulePack(id as never));
    expect(error.code).toBe('invalid-input');
    expect(error.issues[0]?.path).toBe('id');
    expect(error.issues as CchcIssue[]).toEqual(issuesOf(() => getRulePack(id as never)));
  });

  it('returns a promise even for a bad id (never throws synchronously)', () => {
    let result: Promise<unknown> | undefined;
    expect(() => {
      result = loadRulePack(42 as never);
    }).not.toThrow();
    expect(result).toBeInstanceOf(Promise);
    return result?.catch(() => undefined);
  });
});

// An app that calls only loadRulePack / loadPackFor must be able to drop every static pack import: the modules they
// reach must not import getRulePack.ts (which bundles every pack) nor any pack JSON statically.
describe('loadRulePack module graph', () => {
  const here = dirname(fileURLToPath(import.meta.url));
  const staticImports = (file: string) =>
    [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)[^'";]*?from\s+'([^']+)'/gm)].map(
      (m) => m[1] as string,
    );

  function reach(entry: string): string[] {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const spec of staticImports(file))
        if (spec.startsWith('.')) {
          const target = join(dirname(file), spec);
          visit(target.endsWith('.js') ? target.replace(/\.js$/, '.ts') : target);
        }
    };
    visit(join(here, entry));
    return [...seen].map((f) => f.slice(here.length + 1));
  }

  it.each(['loadRulePack.ts', 'loadPackFor.ts'])(
    '%s reaches neither getRulePack.ts nor a pack JSON statically',
    (entry) => {
      const reached = reach(entry);
      expect(reached).toContain('internal/packRecipe.ts');
      expect(reached.filter((f) => f.endsWith('getRulePack.ts') || f.endsWith('.json'))).toEqual(
        [],
      );
    },
  );

  it('getRulePack.ts does not reach loadRulePack.ts', () => {
    expect(reach('getRulePack.ts').filter((f) => f.includes('loadRulePack'))).toEqual([]);
  });
});
