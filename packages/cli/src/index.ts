/**
 * `@cchc/cli` — the scripting API behind the `cchc` command: read analysts' files into validated rows and call
 * `@cchc/core`. Run `cchc --help` for the command line.
 *
 * @packageDocumentation
 */
export { createProgram, type ProgramIO, runCli } from './program.js';
