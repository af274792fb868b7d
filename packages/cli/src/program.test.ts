import { describe, expect, it } from 'vitest';
import { runCli } from './program.js';

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(['node', 'cchc', ...args], {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
  });
  return { code, stdout, stderr };
}

describe('cchc due / calendar', () => {
  it('prints the due date', async () => {
    expect(await run('due', '2017-01-25', '3')).toEqual({
      code: 0,
      stdout: '2017-02-06\n',
      stderr: '',
    });
  });

  it('exits 1 with a Vietnamese message (English with --lang en) and no stack trace on bad input', async () => {
    const vi = await run('due', '2017-02-30', '3');
    expect(vi.code).toBe(1);
    expect(vi.stderr).toMatch(/^date: nhận được "2017-02-30"/);
    expect(vi.stderr).not.toMatch(/\n\s+at /);
    const en = await run('--lang', 'en', 'due', '2017-01-25', '-1');
    expect(en.code).toBe(1);
    expect(en.stderr).toMatch(/^n: received -1, expected a number ≥ 0\n {2}n: nhận được -1/);
  });

  it('exits 2 on a usage error', async () => {
    expect((await run('nonsense')).code).toBe(2);
  });

  it('lists the days off of a year, with swapped Saturdays', async () => {
    const { code, stdout } = await run('calendar', '2019', '--lang', 'en', '--format', 'csv');
    expect(code).toBe(0);
    expect(stdout).toMatch(/\r\n2019-02-05,holiday,Lunar New Year \(Tết\)/);
    expect(stdout).toMatch(/\r\n2019-01-05,working-day,"Worked: /);
  });
});
