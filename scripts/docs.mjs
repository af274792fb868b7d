// `pnpm docs`: builds the typedoc API site for @cchc/core and @cchc/cli into docs/api (not committed).
import { spawnSync } from 'node:child_process';

const args = [
  'exec',
  'typedoc',
  '--entryPointStrategy',
  'packages',
  '--entryPoints',
  'packages/core',
  '--entryPoints',
  'packages/cli',
  '--out',
  'docs/api',
  '--name',
  'cchc API',
  '--readme',
  'README.md',
];
const result = spawnSync('pnpm', args, { stdio: 'inherit' });
process.exit(result.status ?? 1);
