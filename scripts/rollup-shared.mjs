// Shared rollup settings for the workspace's configs.

/** Silences third-party noise (zod's comment annotations and internal cycles); everything else is printed. */
export function onwarn(warning, warn) {
  const fromDeps = (warning.id ?? warning.ids?.join(' ') ?? warning.message ?? '').includes(
    'node_modules',
  );
  if (fromDeps && (warning.code === 'INVALID_ANNOTATION' || warning.code === 'CIRCULAR_DEPENDENCY'))
    return;
  warn(warning);
}
