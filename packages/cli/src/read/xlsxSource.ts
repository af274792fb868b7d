import { readFile } from 'node:fs/promises';
import { readSheet } from 'read-excel-file/node';
import { fileError } from './fileError.js';
import type { Cell, OnProgress, TableSource } from './types.js';

/** Turns a spreadsheet cell into a {@link Cell}: dates become `'YYYY-MM-DD'` (or `'YYYY-MM-DDTHH:mm'` with a time). */
function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16);
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  return String(value);
}

const REASONS: Record<string, { vi: string; en: string }> = {
  NO_DATA: { vi: 'tệp rỗng (0 byte)', en: 'the file is empty (0 bytes)' },
  INVALID_ZIP: {
    vi: 'tệp XLSX bị hỏng hoặc không trọn vẹn (không giải nén được)',
    en: 'the XLSX file is damaged or truncated (cannot be unzipped)',
  },
  FILE_NOT_SUPPORTED: {
    vi: 'không phải tệp .xlsx (Excel 2007 trở lên)',
    en: 'not an .xlsx file (Excel 2007 or later)',
  },
  XLS_FILE_NOT_SUPPORTED: {
    vi: 'tệp .xls (Excel 97–2003) không được hỗ trợ; hãy lưu lại dưới dạng .xlsx hoặc CSV UTF-8',
    en: '.xls files (Excel 97–2003) are not supported; save it as .xlsx or UTF-8 CSV',
  },
};

/**
 * Opens one sheet of an XLSX workbook (read-excel-file) as a table: the first row holds the headers; row numbers
 * are the sheet's. An empty, truncated or non-XLSX file, or a missing sheet, throws a bilingual `unreadable-file`
 * error.
 *
 * @param file - Path of the .xlsx file.
 * @param sheet - Sheet name or 1-based number; the first sheet by default.
 */
export async function openXlsx(
  file: string,
  sheet?: string | number,
  onProgress?: OnProgress,
): Promise<TableSource> {
  const bytes = await readFile(file);
  if (bytes.length === 0) throw fileError(file, REASONS.NO_DATA!);
  let data: unknown[][];
  try {
    data = (await (sheet === undefined
      ? readSheet(bytes)
      : readSheet(bytes, sheet))) as unknown[][];
  } catch (e) {
    const error = e as { name?: string; code?: string; message?: string };
    if (error.name === 'SheetNotFoundError')
      throw fileError(file, {
        vi: `không có trang tính "${sheet}" (${error.message})`,
        en: `no sheet "${sheet}" (${error.message})`,
      });
    throw fileError(
      file,
      REASONS[error.code ?? ''] ?? {
        vi: `tệp XLSX bị hỏng hoặc không trọn vẹn (${error.message})`,
        en: `the XLSX file is damaged or truncated (${error.message})`,
      },
    );
  }
  onProgress?.(bytes.length, bytes.length);
  const [header, ...body] = data;
  if (header === undefined || header.every((v) => v === null || v === ''))
    throw fileError(file, {
      vi: 'trang tính rỗng, không có dòng tiêu đề',
      en: 'the sheet is empty: no header row',
    });
  const headers = header.map((v) => (v === null || v === undefined ? '' : String(v)));
  async function* rows(): AsyncGenerator<{ row: number; cells: Cell[] }> {
    for (let i = 0; i < body.length; i++) {
      const cells = body[i]!.map(toCell);
      if (cells.every((c) => c === null || c === '')) continue;
      yield { row: i + 2, cells };
    }
  }
  return { kind: 'table', format: 'xlsx', headers, rows: rows() };
}
