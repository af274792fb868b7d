/**
 * `@cchc/cli` — the scripting API behind the `cchc` command: read analysts' files (CSV, XLSX, JSON, NDJSON) into
 * rows validated by `@cchc/core`, with row-level bilingual errors, and write the same reports the CLI writes.
 * Run `cchc --help` for the command line; docs/guides/cli.md for the column layouts and the header map.
 *
 * @packageDocumentation
 */

export { type HtmlOptions, renderHtml } from './format/html.js';
export { type Format, render } from './format/output.js';
export type { Report, ReportColumn, ReportTable } from './format/report.js';
export { createProgram, type ProgramIO, runCli } from './program.js';
export { foldHeader, HEADER_MAP, mapHeader } from './read/headerMap.js';
export { complianceMeasures, sipasIndexByUnit } from './read/measures.js';
export { type ReadAnswersOptions, readAnswers } from './read/readAnswers.js';
export { EVENT_WORDS, readDossiers } from './read/readDossiers.js';
export { readFeedback, readInspections, readReports } from './read/readLogs.js';
export { leavesOf, type ReadScoresOptions, readScores } from './read/readScores.js';
export {
  type ScoreAnswersOptions,
  type ScoreAnswersResult,
  scoreAnswers,
} from './read/scoreAnswers.js';
export type { Cell, ReadOptions, ReadResult, RowError, SourceFormat } from './read/types.js';
export { readWeights, type WeightKey, type WeightLookup } from './read/weights.js';
export { checkReport } from './views/checkView.js';
export { parReport } from './views/parView.js';
export { sipasReport } from './views/sipasView.js';
