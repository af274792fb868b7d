import { existsSync, readdirSync, rmSync } from 'node:fs';
import { onwarn } from '../../scripts/rollup-shared.mjs';
import { embedPlugins, embedTreeshake, ts } from './rollup.embed.mjs';

// Every element folder with a define.ts gets its own registration entry and its own embed bundle.
const elements = readdirSync('src', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`src/${d.name}/define.ts`))
  .map((d) => d.name);

// Chunk names carry a content hash: clear the old ones so dist/ holds only what the entries import.
rmSync('dist/chunks', { recursive: true, force: true });

const isExternal = (id) =>
  id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/') || id.startsWith('@cchc/');

export default [
  // Library build for bundler users: modules preserved, lit and @cchc/core external.
  // `index.js` has no side effects; `define.js` and `<element>/define.js` register tags.
  {
    onwarn,
    input: ['src/index.ts', 'src/define.ts', ...elements.map((e) => `src/${e}/define.ts`)],
    external: isExternal,
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
    plugins: [ts()],
  },
  // One-tag embed bundles: everything a page needs to render included (Lit, @cchc/core), minified.
  // dist/cchc.js registers all elements; dist/cchc-<element>.js one each. Shipped data that a page may not need
  // (rule packs, instruments) is reached by dynamic import() and lands in dist/chunks/, fetched by the browser
  // next to the entry file only when a page asks for it; everything statically imported is inlined, so each entry
  // is a single file plus, at most, the data chunk(s) it loads.
  ...[['cchc', 'src/define.ts'], ...elements.map((e) => [`cchc-${e}`, `src/${e}/define.ts`])].map(
    ([name, input]) => ({
      onwarn,
      input,
      output: {
        dir: 'dist',
        format: 'es',
        entryFileNames: `${name}.js`,
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
      // A chunk loaded on demand may import from the entry; the entry may gain exports for it rather than turn
      // into a facade over a shared chunk (which would cost the page a second request before anything renders).
      preserveEntrySignatures: 'allow-extension',
      external: ['json-rules-engine'],
      treeshake: embedTreeshake,
      plugins: embedPlugins(),
    }),
  ),
];
