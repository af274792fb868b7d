// Test support (not part of the package's API): bundles core's own sources with rollup, as the embed build bundles
// @cchc/core, to check what a code path pulls in (no zod, no pack or instrument data…). Used by *.bundle.test.ts.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import json from '@rollup/plugin-json';
import { type OutputChunk, type Plugin, rollup } from 'rollup';
import ts from 'typescript';

/** True for zod's modules. */
export const isZod = (id: string): boolean => id === 'zod' || id.startsWith('zod/');

/** Type stripping and `./x.js` → `./x.ts`, enough to bundle core's sources without a build. */
const stripTypes: Plugin = {
  name: 'strip-types',
  resolveId(source, importer) {
    if (!importer || !source.startsWith('.') || !source.endsWith('.js')) return null;
    const file = fileURLToPath(new URL(source.replace(/\.js$/, '.ts'), `file://${importer}`));
    return existsSync(file) ? file : null;
  },
  transform(code, id) {
    if (!id.endsWith('.ts')) return null;
    const options = { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 };
    return ts.transpileModule(code, { compilerOptions: options, fileName: id }).outputText;
  },
};

/**
 * Bundles `export { <names> } from <file>` (an absolute path): the entry chunk, the chunks loaded by dynamic
 * import, and every chunk; `external` modules stay imports. `sideEffectFree`:
 * core's modules are free of side effects, as its package.json declares and the embed build honours.
 */
export async function bundleProbe(
  names: string,
  file: string,
  {
    external = isZod,
    sideEffectFree = false,
  }: { external?: (id: string) => boolean; sideEffectFree?: boolean } = {},
): Promise<{ entry: OutputChunk; lazy: OutputChunk[]; chunks: OutputChunk[] }> {
  const entry: Plugin = {
    name: 'entry',
    resolveId: (id) => (id === 'entry' ? id : null),
    load: (id) => (id === 'entry' ? `export { ${names} } from ${JSON.stringify(file)};` : null),
  };
  const build = await rollup({
    input: 'entry',
    external,
    treeshake: sideEffectFree ? { moduleSideEffects: (_id, ext) => ext } : true,
    plugins: [entry, stripTypes, json({ preferConst: true })],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  const chunks = output.filter((o): o is OutputChunk => o.type === 'chunk');
  return {
    entry: chunks.find((c) => c.isEntry)!,
    lazy: chunks.filter((c) => c.isDynamicEntry),
    chunks,
  };
}
