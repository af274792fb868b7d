// loadInstrument exists so that a bundle carries no instrument it does not load: bundling an entry that uses only
// loadInstrument must leave each instrument in a chunk of its own, and none in the entry. getInstrument is the
// control (all three inlined), which shows the check can fail.
//
// And a page with <cchc-survey instrument-id> must carry no zod: the element's static imports from @cchc/core
// (read from its sources, so that a future import is checked too) bundled as the embed build bundles them must not
// import zod. parseInstrument and validateResponses are the controls.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import communeUbnd from '../../data/instruments/commune-ubnd-example.json';
import healthStation from '../../data/instruments/health-station-example.json';
import sipas2017 from '../../data/instruments/sipas-2017.json';
import { bundleProbe, isZod } from '../internal/bundleProbe.js';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/** Bundles `export { <names> } from <file>` (relative to this folder) with zod left external. */
const bundle = (names: string, file: string, sideEffectFree = false) =>
  bundleProbe(names, here(file), { sideEffectFree });

// Each instrument's title: a text that occurs in its data only.
const MARKS = [sipas2017, communeUbnd, healthStation].map((i) => JSON.stringify(i.title.vi));

describe('bundling loadInstrument', () => {
  it('puts each shipped instrument in its own chunk, none in the entry', async () => {
    const { entry, lazy } = await bundle('loadInstrument', './loadInstrument.ts');
    expect(entry.imports.filter(isZod)).toEqual([]); // nor any zod
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

/**
 * What the survey element imports from @cchc/core, following its static imports (not `import()`) from its define.ts:
 * the value names (type-only imports are erased), and any other package it imports.
 */
function surveyStaticImports() {
  const core = new Set<string>();
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
    for (const statement of source.statements) {
      let names: string[];
      let from: ts.Expression | undefined;
      if (ts.isImportDeclaration(statement)) {
        const clause = statement.importClause;
        if (clause?.isTypeOnly) continue;
        from = statement.moduleSpecifier;
        const bindings = clause?.namedBindings;
        names =
          bindings && ts.isNamedImports(bindings)
            ? bindings.elements
                .filter((e) => !e.isTypeOnly)
                .map((e) => (e.propertyName ?? e.name).text)
            : bindings
              ? ['*']
              : [];
        if (clause?.name) names.push('default');
      } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier) {
        if (statement.isTypeOnly) continue;
        from = statement.moduleSpecifier;
        const clause = statement.exportClause;
        names =
          clause && ts.isNamedExports(clause)
            ? clause.elements
                .filter((e) => !e.isTypeOnly)
                .map((e) => (e.propertyName ?? e.name).text)
            : ['*'];
      } else continue;
      const spec = (from as ts.StringLiteral).text;
      if (spec.startsWith('.'))
        visit(fileURLToPath(new URL(spec.replace(/\.js$/, '.ts'), `file://${file}`)));
      else if (spec === '@cchc/core') for (const name of names) core.add(name);
      else packages.add(spec);
    }
  };
  visit(here('../../../elements/src/survey/define.ts'));
  return { core: [...core].sort(), packages: [...packages], files: [...seen] };
}

describe('the survey element on a shipped instrument (<cchc-survey instrument-id>)', () => {
  it('mirrors core’s package.json: its modules have no side effects', () => {
    const pkg = JSON.parse(readFileSync(here('../../package.json'), 'utf8'));
    expect(pkg.sideEffects).toBe(false);
  });

  it('imports from core only what loads and checks without zod, and zod nowhere itself', () => {
    const { core, packages, files } = surveyStaticImports();
    expect(core).toContain('loadInstrument');
    expect(core).toContain('tryValidateResponses');
    expect(core).not.toContain('*');
    expect(packages.filter(isZod)).toEqual([]);
    // The schema checks are reached by import() only.
    expect(files.some((f) => f.endsWith('/survey/internal/schemaChecks.ts'))).toBe(false);
  });

  it('bundles what it imports from core without any zod module', async () => {
    const { core } = surveyStaticImports();
    const { entry, lazy } = await bundle(core.join(', '), '../index.ts', true);
    expect(entry.imports.filter(isZod)).toEqual([]);
    for (const chunk of lazy) expect(chunk.imports.filter(isZod)).toEqual([]);
    expect(Object.keys(entry.modules).some((id) => id.endsWith('/sipas/loadInstrument.ts'))).toBe(
      true,
    );
  }, 30_000);

  it.each(['parseInstrument', 'validateResponses'])(
    'control: %s brings zod in',
    async (name) => {
      const { entry } = await bundle(name, '../index.ts', true);
      expect(entry.imports.filter(isZod).length).toBeGreaterThan(0);
    },
    30_000,
  );
});
