// Size budgets of the embed bundles (gzip -9), checked in CI: a page needs only one of these files.
//
// Each bundle has the budget of issue 8 and, while a budget is not met yet, a ceiling: the size measured when the
// gap was last reviewed, plus a little slack. Over the budget but under the ceiling is reported (and tracked in the
// issue); over the ceiling fails, so bundles can only shrink towards their budgets, never grow unnoticed.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseAst } from 'rollup/parseAst';

const dist = new URL('../packages/elements/dist/', import.meta.url);
const KB = 1024;
/** [file, budget KB gz, ceiling KB gz or undefined once the budget is met]. */
const bundles = [
  ['cchc-survey.js', 25, 37],
  ['cchc-checklist.js', 20, 58],
  ['cchc-scorecard.js', 30, undefined],
  ['cchc.js', 45, 88],
];

let failed = false;
for (const [file, budget, ceiling] of bundles) {
  const url = new URL(file, dist);
  if (!existsSync(url)) {
    console.log(`✗ ${file.padEnd(20)} not built (run pnpm build first)`);
    failed = true;
    continue;
  }
  const code = readFileSync(url);
  const gz = gzipSync(code, { level: 9 }).length;
  // A self-contained embed bundle has no import declarations at all (a bare one would break in a browser).
  const bare = parseAst(code.toString()).body.some((node) => node.type === 'ImportDeclaration');
  const limit = (ceiling ?? budget) * KB;
  const mark = bare || gz > limit ? '✗' : gz <= budget * KB ? '✓' : '!';
  failed ||= mark === '✗';
  const note =
    mark === '!'
      ? `  over budget, under the ceiling ${ceiling} KB (tracked in issue 8)`
      : mark === '✗' && !bare
        ? `  above ${ceiling === undefined ? 'the budget' : `the ceiling ${ceiling} KB`}`
        : '';
  console.log(
    `${mark} ${file.padEnd(20)} ${(code.length / KB).toFixed(1).padStart(7)} KB min ${(gz / KB).toFixed(1).padStart(6)} KB gz  (budget ${budget} KB gz)${note}${bare ? '  ✗ contains a bare import' : ''}`,
  );
}
process.exit(failed ? 1 : 0);
