// `pnpm bench`: runs every bench/*.bench.ts suite (or those whose file name contains an argument) and prints
// throughput with the ratio to each suite's baseline, all measured in this same run.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type BenchSuite, printRows, runSuite } from './harness.js';

const dir = fileURLToPath(new URL('.', import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

console.log(`# cchc benchmarks — Node ${process.version}, ${new Date().toISOString()}`);
for (const file of files) {
  const mod = (await import(pathToFileURL(`${dir}/${file}`).href)) as {
    default: BenchSuite[] | (() => Promise<BenchSuite[]>);
  };
  const suites = typeof mod.default === 'function' ? await mod.default() : mod.default;
  for (const suite of suites) {
    const rows = await runSuite(suite);
    printRows(rows);
  }
}
