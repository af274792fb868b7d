// What an embed bundle is made of: its minified bytes attributed to source files through the source map, each
// group also gzipped alone (so the gz column overstates a little: a group compresses better inside the whole).
//
//   node scripts/size-breakdown.mjs checklist            # cchc-checklist.js, by file
//   node scripts/size-breakdown.mjs all --by package     # cchc.js, by package / core concept / element
//   node scripts/size-breakdown.mjs survey --without zod --without 'core/data/'
//                                                        # what-if: the entry's size with those modules left out
//
// It builds in memory with the same plugins as packages/elements/rollup.config.mjs (pnpm build first, for
// @cchc/core's dist); dynamic imports are inlined, so on-demand chunks are counted in (as in a single file).
import { gzipSync } from 'node:zlib';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { rollup } from 'rollup';
import { embedPlugins, embedTreeshake } from '../packages/elements/rollup.embed.mjs';

process.stdout.on('error', (e) => (e.code === 'EPIPE' ? process.exit(0) : Promise.reject(e)));
const args = process.argv.slice(2);
const name = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'all';
const by = args.includes('--by') ? args[args.indexOf('--by') + 1] : 'file';
const without = args.flatMap((a, i) => (args[i - 1] === '--without' ? [new RegExp(a)] : []));
if (!['file', 'package'].includes(by)) throw new Error(`--by file | package, not ${by}`);

process.chdir(new URL('../packages/elements/', import.meta.url).pathname);
const input = name === 'all' ? 'src/define.ts' : `src/${name}/define.ts`;
const bundle = await rollup({
  input,
  external: (id) => id === 'json-rules-engine' || without.some((r) => r.test(id)),
  treeshake: embedTreeshake,
  onwarn: () => {},
  plugins: embedPlugins({ sourceMap: true, outDir: 'dist' }),
});
const { output } = await bundle.generate({
  format: 'es',
  inlineDynamicImports: true,
  sourcemap: true,
});
const { code, map } = output[0];
const KB = (n) => (n / 1024).toFixed(1).padStart(7);
const gz = (s) => gzipSync(s, { level: 9 }).length;

/** packages/core/dist/rules/internal/x.js → core/rules/internal/x.js (or core/rules with --by package). */
function group(source) {
  if (!source) return '(unmapped: template literals, glue)';
  const npm = source.match(/.*node_modules\/(@[^/]+\/[^/]+|[^/]+)\/(.*)/);
  if (npm) return by === 'package' ? `npm ${npm[1]}` : `npm ${npm[1]}/${npm[2]}`;
  const own =
    source.match(/(core|elements)\/(?:src|dist)\/(.*)/) ?? // @cchc/core through its dist
    source.match(/^(?:\.\.\/)*()src\/(.*)/); // the elements' own sources, relative to dist/
  if (!own) return source;
  own[1] ||= 'elements';
  const parts = own[2].split('/');
  return by === 'package'
    ? `${own[1]}/${parts.length > 1 ? parts[0] : '(root)'}`
    : `${own[1]}/${own[2]}`;
}

const trace = new TraceMap(map);
const parts = new Map();
const add = (g, s) => parts.set(g, (parts.get(g) ?? '') + s);
code.split('\n').forEach((line, l) => {
  let current = group(null);
  let start = 0;
  for (let c = 0; c < line.length; c++) {
    const { source } = originalPositionFor(trace, { line: l + 1, column: c });
    if (source === null) continue; // unmapped columns belong to the group before them
    const g = group(source);
    if (g !== current) {
      add(current, line.slice(start, c));
      current = g;
      start = c;
    }
  }
  add(current, line.slice(start));
});

console.log(
  `${name === 'all' ? 'cchc.js' : `cchc-${name}.js`}${without.length ? ` without ${without.map(String).join(', ')}` : ''}: ${KB(code.length)} KB min ${KB(gz(code))} KB gz\n`,
);
console.log(`${'group'.padEnd(56)}  KB min  KB gz (alone)`);
for (const [g, s] of [...parts]
  .filter(([, s]) => s.length > 0)
  .sort((a, b) => b[1].length - a[1].length))
  console.log(`${g.padEnd(56)}${KB(s.length)} ${KB(gz(s))}`);
