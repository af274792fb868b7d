/**
 * `@cchc/core` — pure, typed functions and data for Vietnamese public-administration service:
 * the working-day calendar, one-stop procedure rules, the SIPAS satisfaction index and the PAR (CCHC) index.
 *
 * @packageDocumentation
 */
export * from './calendar/index.js';
export * from './par/index.js';
export * from './rules/index.js';
export * from './schema/index.js';
export * from './sipas/index.js';
