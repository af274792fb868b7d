// `pnpm test`: builds the packages, then runs every test project (Node and real headless Chromium)
// with vitest, writing the JSON report that CI reads to reports/vitest.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { ensureChromium } from './chromium.mjs';

let chromium;
try {
  chromium = ensureChromium();
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}

const run = (cmd, args, env = process.env) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env });
  return result.status ?? 1;
};

if (!process.argv.includes('--no-build')) {
  const status = run('pnpm', ['run', 'build']);
  if (status !== 0) process.exit(status);
}

mkdirSync('reports', { recursive: true });
const extra = process.argv.slice(2).filter((a) => a !== '--no-build');
const vitest = [
  'exec',
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=reports/vitest.json',
  ...extra,
];
process.exit(run('pnpm', vitest, { ...process.env, CHROMIUM_PATH: chromium }));
