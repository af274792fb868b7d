// The zod-free paths of the rules must stay free of zod as they grow: each entry point below, bundled as the embed
// build bundles core (its modules free of side effects), must import no zod module. The calendar is left out of the
// bundle (external): its default calendar still parses the shipped holiday table with zod, which is the calendar's
// own matter (see docs/guides/checklist-element.md). compiledPackOf, parseDossiers and summarize are the controls.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import json from '@rollup/plugin-json';
import { type OutputChunk, type Plugin, rollup } from 'rollup';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

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

const isZod = (id: string) => id === 'zod' || id.startsWith('zod/');
const isCalendar = (id: string) => id.includes('/src/calendar/');

/** Bundles `export { <name> } from <file>` with zod and the calendar external; returns the zod modules imported. */
async function zodImportsOf(name: string, file: string): Promise<string[]> {
  const entry: Plugin = {
    name: 'entry',
    resolveId: (id) => (id === 'entry' ? id : null),
    load: (id) =>
      id === 'entry' ? `export { ${name} } from ${JSON.stringify(here(file))};` : null,
  };
  const build = await rollup({
    input: 'entry',
    external: (id) => isZod(id) || isCalendar(id),
    treeshake: { moduleSideEffects: (_id, external) => external },
    plugins: [entry, typescript, json({ preferConst: true })],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  const chunks = output.filter((o): o is OutputChunk => o.type === 'chunk');
  return chunks.flatMap((c) => c.imports.filter(isZod));
}

describe('the zod-free paths of the rules bundle without zod (calendar aside)', () => {
  it.each([
    ['tryCheckDossier', './internal/tryCheckDossier.ts'],
    ['tryParseDossier', './internal/tryParseDossier.ts'],
    ['trySummaryItems', './internal/summaryItems.ts'],
    ['loadRulePack', './loadRulePack.ts'],
    ['getRulePack', './getRulePack.ts'],
    ['regimeFor', './regimeFor.ts'],
  ])(
    '%s',
    async (name, file) => {
      expect(await zodImportsOf(name, file)).toEqual([]);
    },
    30_000,
  );

  it.each([
    ['compiledPackOf', './internal/compiledPack.ts'],
    ['parseDossiers', './parseDossiers.ts'],
    ['summarize', './summarize.ts'],
  ])(
    'control: %s brings zod in',
    async (name, file) => {
      expect((await zodImportsOf(name, file)).length).toBeGreaterThan(0);
    },
    30_000,
  );
});
