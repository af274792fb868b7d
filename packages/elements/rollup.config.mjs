import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { onwarn } from '../../scripts/rollup-shared.mjs';

const ts = () =>
  typescript({
    tsconfig: './tsconfig.build.json',
    declaration: false,
    emitDeclarationOnly: false,
    noEmit: false,
    outDir: 'dist',
  });

export default [
  // Library build for bundler users: lit and @cchc/core stay external, classes are side-effect free.
  {
    onwarn,
    input: 'src/index.ts',
    external: (id) =>
      id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/') || id.startsWith('@cchc/'),
    output: { dir: 'dist', format: 'es' },
    plugins: [ts()],
  },
  // One-tag embed bundle: everything (Lit, @cchc/core) included, minified.
  {
    onwarn,
    input: { cchc: 'src/define.ts' },
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      json({ preferConst: true }),
      ts(),
      terser({ ecma: 2022, module: true, format: { comments: false } }),
    ],
  },
];
