import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import type { Report } from './report.js';
import { renderText } from './text.js';

/** Output formats of every subcommand. */
export const FORMATS = ['table', 'csv', 'json', 'html'] as const;
/** An output format. */
export type Format = (typeof FORMATS)[number];

/**
 * Picks the output format: `--format` when given; else from the `--out` extension (`.csv`, `.json`, `.html`);
 * else `table` on a terminal and `json` when piped.
 */
export function chooseFormat(
  format: string | undefined,
  out: string | undefined,
  isTTY: boolean,
): Format {
  if (format !== undefined) return format as Format;
  const ext = out === undefined ? '' : extname(out).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.json') return 'json';
  if (ext === '.html' || ext === '.htm') return 'html';
  if (out !== undefined) return 'json';
  return isTTY ? 'table' : 'json';
}

/** Renders a report in a format. */
export function render(report: Report, format: Format, lang: 'vi' | 'en'): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(report.data, null, 2)}\n`;
    case 'csv':
      return renderCsv(report, lang);
    case 'html':
      return renderHtml(report, { lang });
    default:
      return renderText(report, lang);
  }
}

/** Writes rendered output to `out` (a file) or to stdout. */
export async function emit(
  text: string,
  out: string | undefined,
  stdout: (t: string) => void,
): Promise<void> {
  if (out === undefined) stdout(text);
  else await writeFile(out, text, 'utf8');
}
