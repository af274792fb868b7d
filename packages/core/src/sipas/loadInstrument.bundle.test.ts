// loadInstrument exists so that a bundle carries no instrument it does not load: bundling an entry that uses only
// loadInstrument must leave each instrument in a chunk of its own, and none in the entry. getInstrument is the
// control (all three inlined), which shows the check can fail.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import json from '@rollup/plugin-json';
import { type OutputChunk, type Plugin, rollup } from 'rollup';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import communeUbnd from '../../data/instruments/commune-ubnd-example.json';
import healthStation from '../../data/instruments/health-station-example.json';
import sipas2017 from '../../data/instruments/sipas-2017.json';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/** Type stripping and `./x.js` → `./x.ts`, enough to bundle core's sources without a build. */
const typescript: Plugin = {
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

async function bundle(name: string, file: string) {
  const entry: Plugin = {
    name: 'entry',
    resolveId: (id) => (id === 'entry' ? id : null),
    load: (id) =>
      id === 'entry' ? `export { ${name} } from ${JSON.stringify(here(file))};` : null,
  };
  const build = await rollup({
    input: 'entry',
    external: (id) => id === 'zod' || id.startsWith('zod/'),
    plugins: [entry, typescript, json({ preferConst: true })],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  const chunks = output.filter((o): o is OutputChunk => o.type === 'chunk');
  return { entry: chunks.find((c) => c.isEntry)!, lazy: chunks.filter((c) => c.isDynamicEntry) };
}

// Each instrument's title: a text that occurs in its data only.
const MARKS = [sipas2017, communeUbnd, healthStation].map((i) => JSON.stringify(i.title.vi));

describe('bundling loadInstrument', () => {
  it('puts each shipped instrument in its own chunk, none in the entry', async () => {
    const { entry, lazy } = await bundle('loadInstrument', './loadInstrument.ts');
    for (const mark of MARKS) expect(entry.code).not.toContain(mark);
    expect(lazy).toHaveLength(3);
    for (const mark of MARKS) expect(lazy.filter((c) => c.code.includes(mark))).toHaveLength(1);
    expect(entry.dynamicImports).toHaveLength(3);
  }, 30_000);

  it('control: getInstrument inlines all three instruments', async () => {
    const { entry, lazy } = await bundle('getInstrument', './getInstrument.ts');
    expect(lazy).toHaveLength(0);
    for (const mark of MARKS) expect(entry.code).toContain(mark);
  }, 30_000);
});
