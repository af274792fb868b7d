import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { openCsv, readHead } from './csvSource.js';
import { fileError } from './fileError.js';
import { openJson, openNdjson } from './jsonSource.js';
import type { ReadOptions, Source, SourceFormat } from './types.js';
import { openXlsx } from './xlsxSource.js';

const BY_EXTENSION: Record<string, SourceFormat> = {
  '.csv': 'csv',
  '.tsv': 'csv',
  '.txt': 'csv',
  '.xlsx': 'xlsx',
  '.xlsm': 'xlsx',
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
};

/**
 * Guesses a file's format: by extension (`.csv`, `.xlsx`, `.json`, `.ndjson`/`.jsonl`), else by content (a ZIP
 * signature is XLSX, `[` or `{` JSON — NDJSON when several lines start with `{` — anything else CSV).
 *
 * @returns The format; throws a bilingual error for `.xls` (Excel 97–2003) and for a missing file.
 */
export async function detectFormat(file: string): Promise<SourceFormat> {
  const ext = extname(file).toLowerCase();
  if (ext === '.xls')
    throw fileError(file, {
      vi: 'tệp .xls (Excel 97–2003) không được hỗ trợ; hãy lưu lại dưới dạng .xlsx hoặc CSV UTF-8',
      en: '.xls files (Excel 97–2003) are not supported; save it as .xlsx or UTF-8 CSV',
    });
  const known = BY_EXTENSION[ext];
  if (known !== undefined) return known;
  const head = await readHead(file, 4096);
  if (head[0] === 0x50 && head[1] === 0x4b) return 'xlsx';
  const text = head
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (text.startsWith('[')) return 'json';
  if (text.startsWith('{')) {
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    return lines.length > 1 && lines[1]!.trimStart().startsWith('{') ? 'ndjson' : 'json';
  }
  return 'csv';
}

/**
 * Opens an input file of any supported format as a {@link Source}: a streamed table (CSV, XLSX) or a list of JSON
 * values (JSON, NDJSON).
 *
 * @param file - Path of the file.
 * @param options - `format` to force one, `sheet` for XLSX, `onProgress`.
 * @throws CchcError `unreadable-file` (bilingual) when the file is missing, empty or damaged.
 */
export async function openSource(file: string, options: ReadOptions = {}): Promise<Source> {
  let size: number;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new Error('directory');
    size = info.size;
  } catch {
    throw fileError(file, { vi: 'không tìm thấy tệp', en: 'no such file' }, 'file-not-found');
  }
  const format = options.format ?? (await detectFormat(file));
  if (size === 0 && format !== 'xlsx')
    throw fileError(file, { vi: 'tệp rỗng (0 byte)', en: 'the file is empty (0 bytes)' });
  switch (format) {
    case 'csv':
      return openCsv(file, size, options.onProgress);
    case 'xlsx':
      return openXlsx(file, options.sheet, options.onProgress);
    case 'json':
      return openJson(file, options.onProgress);
    case 'ndjson':
      return openNdjson(file, size, options.onProgress);
  }
}
