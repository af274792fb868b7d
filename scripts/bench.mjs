// `pnpm bench [filter…]`: runs the TypeScript benchmarks in bench/ with tsx, resolving @cchc/* to source.
import { spawnSync } from 'node:child_process';

const result = spawnSync(
  'pnpm',
  [
    'exec',
    'tsx',
    '--conditions=@cchc/source',
    '--tsconfig',
    'test/tsconfig.json',
    'bench/run.ts',
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
