// Shared checks of the fuzz suite: every public entry point must return a result with no NaN or Infinity in it, or
// throw a CchcError with bilingual issues; built-in prototypes stay clean; hangs are caught in a child process.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CchcError } from '@cchc/core';
import fc from 'fast-check';
import { expect } from 'vitest';

export * from './hostile.js';

/**
 * Scales every property's run count: `CCHC_FUZZ_SCALE=10 pnpm exec vitest run --project node test/fuzz` for a deep
 * run before a release (CI keeps 1, about a minute).
 */
const SCALE = Number(process.env.CCHC_FUZZ_SCALE ?? 1) || 1;
export const runs = (n: number): number => Math.max(1, Math.round(n * SCALE));

/** Time limit of one property test: generous, as CI machines are loaded (numRuns keep the suite near a minute). */
export const PROPERTY_TIMEOUT = 60_000 * Math.max(1, SCALE);

/** A short description of a thrown value, for failure messages. */
function describeThrown(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}\n${e.stack ?? ''}`;
  return `non-Error thrown: ${String(e)}`;
}

/** Asserts that a thrown value is a CchcError with at least one issue, each with Vietnamese and English text. */
export function expectCchcError(e: unknown): void {
  if (!(e instanceof CchcError)) throw new Error(`expected a CchcError, got ${describeThrown(e)}`);
  expect(e.issues.length).toBeGreaterThan(0);
  for (const issue of e.issues) {
    expect(typeof issue.path).toBe('string');
    for (const text of [issue.message.vi, issue.message.en, issue.expected.vi, issue.expected.en]) {
      expect(typeof text).toBe('string');
      expect(text.length).toBeGreaterThan(0);
    }
  }
  expect(e.text.vi.length).toBeGreaterThan(0);
  expect(e.text.en.length).toBeGreaterThan(0);
}

/** Runs `fn`, which must throw a CchcError (checked as {@link expectCchcError}); returns it. Fails when nothing is thrown. */
export function expectThrowsCchcError(fn: () => unknown): CchcError {
  let result: unknown;
  try {
    result = fn();
  } catch (e) {
    expectCchcError(e);
    return e as CchcError;
  }
  throw new Error(`expected a CchcError, but it returned ${describeReturned(result)}`);
}

function describeReturned(value: unknown): string {
  try {
    return JSON.stringify(value)?.slice(0, 200) ?? String(value);
  } catch {
    return typeof value;
  }
}

/** Asserts that no number reachable from `value` is NaN or infinite (issue lists, which echo the input, are skipped). */
export function expectFiniteNumbers(
  value: unknown,
  where = 'result',
  seen = new Set<unknown>(),
): void {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${where} is ${value}`);
    return;
  }
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  if (ArrayBuffer.isView(value)) {
    const list = value as unknown as ArrayLike<number | bigint>;
    for (let i = 0; i < list.length; i++)
      if (typeof list[i] === 'number') expectFiniteNumbers(list[i], `${where}[${i}]`, seen);
    return;
  }
  for (const [k, v] of Object.entries(value)) {
    if (k === 'issues') continue;
    expectFiniteNumbers(v, `${where}.${k}`, seen);
  }
}

/** Runs `fn`: it must either return a result with finite numbers (then `check` runs on it) or throw a CchcError. */
export function validOrCchcError<T>(fn: () => T, check?: (result: T) => void): T | undefined {
  let result: T;
  try {
    result = fn();
  } catch (e) {
    expectCchcError(e);
    return undefined;
  }
  expectFiniteNumbers(result);
  check?.(result);
  return result;
}

/** The asynchronous form of {@link validOrCchcError}. */
export async function validOrCchcErrorAsync<T>(
  fn: () => Promise<T>,
  check?: (result: T) => void,
): Promise<T | undefined> {
  let result: T;
  try {
    result = await fn();
  } catch (e) {
    expectCchcError(e);
    return undefined;
  }
  expectFiniteNumbers(result);
  check?.(result);
  return result;
}

const protoNames = (o: object) => Object.getOwnPropertyNames(o).sort().join(',');
const BASELINE = {
  object: protoNames(Object.prototype),
  array: protoNames(Array.prototype),
  func: protoNames(Function.prototype),
  string: protoNames(String.prototype),
};

/** Asserts that nothing was added to the built-in prototypes (no prototype pollution by any input). */
export function expectPrototypesClean(): void {
  expect(protoNames(Object.prototype)).toBe(BASELINE.object);
  expect(protoNames(Array.prototype)).toBe(BASELINE.array);
  expect(protoNames(Function.prototype)).toBe(BASELINE.func);
  expect(protoNames(String.prototype)).toBe(BASELINE.string);
  const probe: Record<string, unknown> = {};
  expect(probe.polluted).toBeUndefined();
  expect(probe.vi).toBeUndefined();
}

/** A list and a permutation of it. */
export const withPermutation = <T>(list: fc.Arbitrary<T[]>): fc.Arbitrary<[T[], T[]]> =>
  list.chain((xs) =>
    fc
      .shuffledSubarray(xs, { minLength: xs.length, maxLength: xs.length })
      .map((ys): [T[], T[]] => [xs, ys]),
  );

const CORE = fileURLToPath(new URL('../../packages/core/src/index.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Runs a snippet against the core sources in a separate Node process with a time limit and a 48 MB heap, so a hang
 * (an endless loop no test timeout can interrupt) or a leak fails the test instead of freezing the run, and global
 * pollution stays in the child. The snippet sees the core as `core`. `aborted`: killed by the time limit or a crash
 * (out of memory).
 */
export function runIsolated(
  body: string,
  timeoutMs = 20_000,
): { status: number | null; aborted: boolean; output: string } {
  const code = `const core = await import(${JSON.stringify(CORE)});\n${body}`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
    cwd: ROOT,
    timeout: timeoutMs,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=48' },
  });
  return {
    status: r.status,
    aborted: r.error !== undefined || r.signal !== null,
    output: `${r.stdout ?? ''}${r.stderr ?? ''}`,
  };
}
