import { cellIn, type Report } from './report.js';

/** Display width of a string (combining marks take no column). */
function width(text: string): number {
  return text.normalize('NFC').replace(/\p{M}/gu, '').length;
}

/**
 * Renders a report as aligned text tables for a terminal, in one language.
 *
 * @example
 * renderText(report, 'vi')
 */
export function renderText(report: Report, lang: 'vi' | 'en'): string {
  const out: string[] = [report.title[lang], ''];
  for (const note of report.notes) out.push(note[lang]);
  if (report.notes.length > 0) out.push('');
  for (const table of report.tables) {
    out.push(table.title[lang]);
    const header = table.columns.map((c) => c.label[lang]);
    const body = table.rows.map((r) => table.columns.map((c) => cellIn(r[c.key], lang)));
    const widths = header.map((h, i) => Math.max(width(h), ...body.map((row) => width(row[i]!))));
    const line = (cells: string[]) =>
      cells
        .map((cell, i) => {
          const pad = ' '.repeat(widths[i]! - width(cell));
          return table.columns[i]!.numeric ? pad + cell : cell + pad;
        })
        .join('  ')
        .trimEnd();
    out.push(line(header));
    out.push(widths.map((w) => '─'.repeat(w)).join('  '));
    for (const row of body) out.push(line(row));
    if (table.rows.length === 0) out.push(lang === 'vi' ? '(không có dòng nào)' : '(no rows)');
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
