import json from '@rollup/plugin-json';
import typescript from '@rollup/plugin-typescript';
import { onwarn } from '../../scripts/rollup-shared.mjs';

/** ESM build of @cchc/cli (library entry and the `cchc` command); dependencies stay external. */
export default {
  onwarn,
  input: { index: 'src/index.ts', main: 'src/main.ts' },
  external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
  output: { dir: 'dist', format: 'es', sourcemap: false },
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
