import type { Report, ReportCell } from './report.js';

function quote(value: ReportCell, lang: 'vi' | 'en'): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'object' ? value[lang] : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Renders the report's first (main) table as RFC 4180 CSV with a UTF-8 BOM (so Excel shows Vietnamese correctly)
 * and the columns' keys as the header row, so the file reads back into scripts without a header map.
 *
 * @example
 * renderCsv(report) //=> '\uFEFFunit_code,index,…'
 */
export function renderCsv(report: Report, lang: 'vi' | 'en'): string {
  const table = report.tables[0];
  if (table === undefined) return '\uFEFF';
  const lines = [table.columns.map((c) => quote(c.key, lang)).join(',')];
  for (const row of table.rows)
    lines.push(table.columns.map((c) => quote(row[c.key], lang)).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
