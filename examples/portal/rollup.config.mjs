import { readFileSync } from 'node:fs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import { onwarn } from '../../scripts/rollup-shared.mjs';

/** Copies the elements' theme presets to build/themes/ so index.html links them as a portal would link the package's. */
const themePresets = {
  name: 'cchc-theme-presets',
  generateBundle() {
    for (const name of ['dark', 'high-contrast'])
      this.emitFile({
        type: 'asset',
        fileName: `themes/${name}.css`,
        source: readFileSync(
          new URL(`../../packages/elements/themes/${name}.css`, import.meta.url),
        ),
      });
  },
};

/** Bundles the demo portal's script (with @cchc/core and the sample data) into build/portal.js. */
export default {
  onwarn,
  input: 'src/main.ts',
  // One file: the portal works offline from build/, and the shipped data the elements load on demand is small.
  output: { file: 'build/portal.js', format: 'es', inlineDynamicImports: true },
  // As in the elements' embed bundles: json-rules-engine (CommonJS, core's reference evaluator) is never used in
  // the browser — external + no side effects lets tree-shaking drop its import.
  external: ['json-rules-engine'],
  treeshake: { moduleSideEffects: (_id, external) => !external },
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
    json({ preferConst: true }),
    typescript({ tsconfig: './tsconfig.json', noEmit: false, outDir: 'build', declaration: false }),
    themePresets,
  ],
};
