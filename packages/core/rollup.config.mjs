import json from '@rollup/plugin-json';
import typescript from '@rollup/plugin-typescript';
import { onwarn } from '../../scripts/rollup-shared.mjs';

/** ESM build of @cchc/core; dependencies stay external, JSON data packs are inlined. */
export default {
  onwarn,
  input: 'src/index.ts',
  external: ['zod', 'json-rules-engine', /^zod\//],
  // Modules preserved so that bundlers (and our embed bundles) drop whole unused modules: with
  // `sideEffects: false`, an element that only checks dossiers carries no SIPAS or PAR code.
  output: {
    dir: 'dist',
    format: 'es',
    sourcemap: false,
    preserveModules: true,
    preserveModulesRoot: 'src',
  },
  plugins: [
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
