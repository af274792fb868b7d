// Type-checks every project of the workspace (tsc --noEmit) and fails if any has errors.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const projects = ['packages/core', 'packages/elements', 'packages/cli', 'examples/portal', 'test'];
let failed = 0;
for (const project of projects) {
  process.stdout.write(`tsc -p ${project}\n`);
  const { status } = spawnSync(process.execPath, [tsc, '-p', project, '--noEmit'], {
    stdio: 'inherit',
  });
  if (status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
