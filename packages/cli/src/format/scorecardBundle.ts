/**
 * The `<cchc-scorecard>` embed bundle (packages/elements/dist/cchc-scorecard.js), inlined into HTML reports.
 *
 * This source holds `null`; the CLI's rollup build replaces the module with the bundle's text when the elements
 * package has been built (see rollup.config.mjs), so a built `cchc` writes reports with the live scorecard and
 * plain tables otherwise.
 */
export const SCORECARD_BUNDLE: string | null = null;
