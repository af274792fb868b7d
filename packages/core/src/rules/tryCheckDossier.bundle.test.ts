// The zod-free paths of the rules must stay free of zod as they grow: each entry point below, bundled as the embed
// build bundles core (its modules free of side effects), must import no zod module. The calendar is left out of the
// bundle (external): its default calendar still parses the shipped holiday table with zod, which is the calendar's
// own matter (see docs/guides/checklist-element.md). compiledPackOf, parseDossiers and summarize are the controls.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { bundleProbe, isZod } from '../internal/bundleProbe.js';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const isCalendar = (id: string) => id.includes('/src/calendar/');

/** Bundles `export { <name> } from <file>` with zod and the calendar external; returns the zod modules imported. */
async function zodImportsOf(name: string, file: string): Promise<string[]> {
  const { chunks } = await bundleProbe(name, here(file), {
    external: (id) => isZod(id) || isCalendar(id),
    sideEffectFree: true,
  });
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
