import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import json from '@rollup/plugin-json';
import typescript from '@rollup/plugin-typescript';
import { onwarn } from '../../scripts/rollup-shared.mjs';

const scorecard = fileURLToPath(new URL('../elements/dist/cchc-scorecard.js', import.meta.url));

/**
 * Inlines the `<cchc-scorecard>` embed bundle into HTML reports when @cchc/elements has been built (it is built
 * first: it is a devDependency); otherwise reports carry plain tables only.
 */
function scorecardBundle() {
  return {
    name: 'cchc-scorecard-bundle',
    load(id) {
      if (!id.replace(/\\/g, '/').endsWith('/src/format/scorecardBundle.ts')) return null;
      const text = existsSync(scorecard) ? readFileSync(scorecard, 'utf8') : null;
      if (text === null)
        this.warn(
          'packages/elements/dist/cchc-scorecard.js not found: HTML reports use plain tables',
        );
      return `export const SCORECARD_BUNDLE = ${JSON.stringify(text)};\n`;
    },
  };
}

/** ESM build of @cchc/cli (library entry and the `cchc` command); dependencies stay external. */
export default {
  onwarn,
  input: { index: 'src/index.ts', main: 'src/main.ts' },
  external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
  output: { dir: 'dist', format: 'es', sourcemap: false },
  plugins: [
    scorecardBundle(),
    json({ preferConst: true }),
    typescript({
      tsconfig: './tsconfig.build.json',
      declaration: false,
      emitDeclarationOnly: false,
      noEmit: false,
      outDir: 'dist',
    }),
  ],
};
