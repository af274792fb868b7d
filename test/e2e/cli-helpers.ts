// Runs the BUILT `cchc` binary (packages/cli/bin/cchc.js → dist/main.js) as a subprocess, as an analyst would.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const data = (name: string) => join(root, 'examples/data', name);
const bin = join(root, 'packages/cli/bin/cchc.js');

/** Runs `cchc …` and returns its exit code and output. */
export function cchc(...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    cwd: root,
    maxBuffer: 64 << 20,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary folder for fixtures. */
export function tempDir(): {
  dir: string;
  write: (name: string, content: string | Buffer) => string;
} {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-e2e-'));
  return {
    dir,
    write(name, content) {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
  };
}

/** No stack trace lines in a text shown to a user. */
export const noStack = /\n\s+at .+\(.*:\d+:\d+\)/;
