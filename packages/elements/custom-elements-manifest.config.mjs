// Custom Elements Manifest: attributes, properties, events, slots, CSS parts and custom properties of every element,
// read from the classes' TSDoc (@summary @tag @fires @csspart @cssproperty @slot). Written to custom-elements.json.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/**/*.i18n.ts'],
  outdir: '.',
  litelement: true,
};
