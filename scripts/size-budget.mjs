// Size budgets of the embed bundles (gzip -9), checked in CI: a page needs only one of these files.
//
// Each entry file holds everything a page needs to render (Lit, the element, @cchc/core): it must have no static
// import at all. Shipped data a page may not use (rule packs, instruments: chunks named after their .json file) and
// code only some pages need (the survey's schema checks, for an instrument the page supplies itself) are reached by
// dynamic import() and live in dist/chunks/. Two kinds of page are measured:
//   - with shipped data (`pack-id`, `instrument-id`: the main use): the entry + the largest data chunk it may load
//     (a provincial pack also loads its national base — listed, not added). The issue's budget applies here.
//   - with its own data (a `pack` / `instrument` object or a `src` document): the entry + every code chunk. It has
//     no budget of its own, but a ceiling, so it cannot grow unnoticed either.
// The entry alone and every chunk are printed too.
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
 * import either (the CLI inlines cchc-scorecard.js into single-file HTML reports). `ownData`: the ceiling of a
 * page with its own data.
 */
const bundles = [
  ['cchc-survey.js', 25, undefined, { ownData: 33 }],
  ['cchc-checklist.js', 20, 56, { ownData: 55 }],
  ['cchc-scorecard.js', 30, undefined, { selfContained: true, ownData: 30 }],
  ['cchc.js', 45, 80, { ownData: 80 }],
];
const isData = (chunk) => /\.json-[^/]*\.js$/.test(chunk);

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
for (const [file, budget, ceiling, { selfContained = false, ownData }] of bundles) {
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
  const sizes = [...chunks];
  const shipped = gz + Math.max(0, ...sizes.filter(([c]) => isData(c)).map(([, n]) => n));
  const own = gz + sizes.filter(([c]) => !isData(c)).reduce((sum, [, n]) => sum + n, 0);
  const limit = (ceiling ?? budget) * KB;
  const overOwn = own > ownData * KB;
  const mark =
    problems.length > 0 || shipped > limit || overOwn ? '✗' : shipped <= budget * KB ? '✓' : '!';
  failed ||= mark === '✗';
  const note =
    problems.length > 0
      ? problems.map((p) => `  ✗ ${p}`).join('')
      : shipped > limit
        ? `  above ${ceiling === undefined ? 'the budget' : `the ceiling ${ceiling} KB`}`
        : mark === '!'
          ? `  over budget, under the ceiling ${ceiling} KB (tracked in issue 8)`
          : '';
  console.log(
    `${mark} ${file.padEnd(20)} ${kb(shipped)} KB gz a page with shipped data  (budget ${budget} KB gz)${note}`,
  );
  console.log(
    `    ${kb(own)} KB gz a page with its own data  (ceiling ${ownData} KB gz)${overOwn ? '  ✗ above the ceiling' : ''}`,
  );
  console.log(`    entry ${kb(gz)} KB gz (${kb(code.length).trim()} KB min)`);
  for (const [chunk, size] of sizes.sort((a, b) => b[1] - a[1]))
    console.log(`    + on demand ${kb(size)} KB gz  ${chunk.slice(dist.href.length)}`);
}
process.exit(failed ? 1 : 0);
