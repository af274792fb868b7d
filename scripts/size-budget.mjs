// Size budgets of the embed bundles (gzip -9), checked in CI: a page needs only one of these files.
//
// Each entry file holds everything a page needs to render (Lit, the element, @cchc/core): it must have no static
// import at all. Shipped data a page may not use (rule packs, instruments) is reached by dynamic import() and
// lives in dist/chunks/; those chunks are listed next to their entry — a page loads at most the one(s) it asks for,
// and none when it passes its own data — so the budget applies to the entry file, and the report also prints
// "entry + the largest chunk it may load" (what a page using shipped data transfers).
//
// Each bundle has the budget of issue 8 and, while a budget is not met yet, a ceiling: the size measured when the
// gap was last reviewed, plus a little slack. Over the budget but under the ceiling is reported (and tracked in the
// issue); over the ceiling fails, so bundles can only shrink towards their budgets, never grow unnoticed.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseAst } from 'rollup/parseAst';

const dist = new URL('../packages/elements/dist/', import.meta.url);
const KB = 1024;
const kb = (n) => (n / KB).toFixed(1).padStart(6);
/**
 * [file, budget KB gz, ceiling KB gz or undefined once the budget is met, options]. `selfContained`: no dynamic
 * import either (the CLI inlines cchc-scorecard.js into single-file HTML reports).
 */
const bundles = [
  ['cchc-survey.js', 25, 37],
  ['cchc-checklist.js', 20, 58],
  ['cchc-scorecard.js', 30, undefined, { selfContained: true }],
  ['cchc.js', 45, 88],
];

/** Static and dynamic import sources of an ES module (only literal specifiers are expected in a bundle). */
function importsOf(code) {
  const found = { static: [], dynamic: [], unknown: 0 };
  const walk = (node) => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    if (
      (node.type === 'ImportDeclaration' ||
        node.type === 'ExportAllDeclaration' ||
        node.type === 'ExportNamedDeclaration') &&
      node.source
    )
      found.static.push(node.source.value);
    if (node.type === 'ImportExpression') {
      if (node.source.type === 'Literal') found.dynamic.push(node.source.value);
      else found.unknown++;
    }
    for (const key of Object.keys(node)) if (key !== 'type') walk(node[key]);
  };
  walk(parseAst(code));
  return found;
}

/** Every chunk reachable from `file` through dynamic imports (and their own imports), with gz sizes. */
function onDemandChunks(file, entryUrl, seen = new Map()) {
  const { dynamic, static: stat } = importsOf(readFileSync(file, 'utf8'));
  for (const spec of [...dynamic, ...stat]) {
    const url = new URL(spec, file);
    if (url.href === entryUrl.href || seen.has(url.href)) continue;
    if (!existsSync(url))
      throw new Error(`${file.pathname}: imports ${spec}, which does not exist`);
    seen.set(url.href, gzipSync(readFileSync(url), { level: 9 }).length);
    onDemandChunks(url, entryUrl, seen);
  }
  return seen;
}

let failed = false;
for (const [file, budget, ceiling, { selfContained = false } = {}] of bundles) {
  const url = new URL(file, dist);
  if (!existsSync(url)) {
    console.log(`✗ ${file.padEnd(20)} not built (run pnpm build first)`);
    failed = true;
    continue;
  }
  const code = readFileSync(url);
  const gz = gzipSync(code, { level: 9 }).length;
  const found = importsOf(code.toString());
  const problems = [];
  // A bare or static import would be a second request before the element can render (or break in a browser).
  if (found.static.length > 0) problems.push(`static import of ${found.static.join(', ')}`);
  if (found.unknown > 0) problems.push('a dynamic import with a computed specifier');
  if (found.dynamic.some((s) => !s.startsWith('./chunks/')))
    problems.push(`a dynamic import outside ./chunks/ (${found.dynamic.join(', ')})`);
  if (selfContained && found.dynamic.length > 0)
    problems.push('dynamic imports (this file must be self-contained)');
  const chunks = problems.length === 0 ? onDemandChunks(url, url) : new Map();
  const limit = (ceiling ?? budget) * KB;
  const mark = problems.length > 0 || gz > limit ? '✗' : gz <= budget * KB ? '✓' : '!';
  failed ||= mark === '✗';
  const note =
    mark === '!'
      ? `  over budget, under the ceiling ${ceiling} KB (tracked in issue 8)`
      : mark === '✗' && problems.length === 0
        ? `  above ${ceiling === undefined ? 'the budget' : `the ceiling ${ceiling} KB`}`
        : '';
  console.log(
    `${mark} ${file.padEnd(20)} ${kb(code.length)} KB min ${kb(gz)} KB gz  (budget ${budget} KB gz)${note}${problems.map((p) => `  ✗ ${p}`).join('')}`,
  );
  if (chunks.size > 0) {
    const sizes = [...chunks.values()];
    const largest = Math.max(...sizes);
    console.log(
      `    on demand: ${chunks.size} chunk(s), ${kb(sizes.reduce((a, b) => a + b, 0))} KB gz in all, largest ${kb(largest)} KB gz — entry + largest ${kb(gz + largest)} KB gz`,
    );
  }
}
process.exit(failed ? 1 : 0);
