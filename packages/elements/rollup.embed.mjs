// The plugins of the one-tag embed bundles, shared by rollup.config.mjs and scripts/size-breakdown.mjs (which must
// measure exactly what is shipped).
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

/** TypeScript for the elements' sources (dist/ output, no declarations: tsc writes those). */
export const ts = (options = {}) =>
  typescript({
    tsconfig: './tsconfig.build.json',
    declaration: false,
    emitDeclarationOnly: false,
    noEmit: false,
    outDir: 'dist',
    ...options,
  });

/**
 * json-rules-engine (CommonJS, Node-oriented) is core's reference evaluator; elements use the compiled path, so
 * the import must vanish: external (see the configs) + no side effects lets tree-shaking drop it, and the size
 * check fails if a bare import survives.
 */
export const embedTreeshake = { moduleSideEffects: (_id, external) => !external };

/** Resolve for browsers, bundle JSON data, compile, minify (the html`` and css`` templates too). */
export const embedPlugins = (tsOptions) => [
  nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
  json({ preferConst: true }),
  minifyHTML({ include: ['src/**/*.ts'], failOnError: true }),
  ts(tsOptions),
  terser({ ecma: 2022, module: true, format: { comments: false } }),
];
