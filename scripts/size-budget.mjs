// Size budgets of the embed bundles (gzip -9), checked in CI: a page needs only one of these files.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseAst } from 'rollup/parseAst';

const dist = new URL('../packages/elements/dist/', import.meta.url);
const KB = 1024;
const budgets = [
  ['cchc-survey.js', 25 * KB],
  ['cchc-checklist.js', 20 * KB],
  ['cchc-scorecard.js', 30 * KB],
  ['cchc.js', 45 * KB],
];

let failed = false;
for (const [file, budget] of budgets) {
  const url = new URL(file, dist);
  if (!existsSync(url)) {
    console.log(`- ${file.padEnd(20)} not built (element not present yet)`);
    continue;
  }
  const code = readFileSync(url);
  const gz = gzipSync(code, { level: 9 }).length;
  // A self-contained embed bundle has no import declarations at all (a bare one would break in a browser).
  const bare = parseAst(code.toString()).body.some((node) => node.type === 'ImportDeclaration');
  const ok = gz <= budget && !bare;
  failed ||= !ok;
  console.log(
    `${ok ? '✓' : '✗'} ${file.padEnd(20)} ${(code.length / KB).toFixed(1).padStart(7)} KB min ${(gz / KB).toFixed(1).padStart(6)} KB gz  (budget ${budget / KB} KB gz)${bare ? '  ✗ contains a bare import' : ''}`,
  );
}
process.exit(failed ? 1 : 0);
