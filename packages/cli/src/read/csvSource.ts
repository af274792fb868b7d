import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { parse } from 'csv-parse';
import { detectDelimiter } from './delimiter.js';
import { fileError } from './fileError.js';
import type { Cell, OnProgress, TableSource } from './types.js';

/** Reads the first `bytes` of a file (for sniffing the format and the delimiter). */
export async function readHead(file: string, bytes = 65536): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * Opens a CSV file as a streamed table (csv-parse's stream API): UTF-8 with or without a BOM, delimiter detected
 * from the header line, quoted fields per RFC 4180. Row numbers are those a spreadsheet shows (header = 1, blank
 * lines counted). Throws a bilingual `unreadable-file` error for an empty file.
 *
 * @param file - Path of the CSV file.
 * @param size - File size in bytes (for progress).
 * @param onProgress - Called as bytes are read.
 */
export async function openCsv(
  file: string,
  size: number,
  onProgress?: OnProgress,
): Promise<TableSource> {
  const head = (await readHead(file)).toString('utf8');
  if (head.replace(/^\uFEFF/, '').trim() === '')
    throw fileError(file, {
      vi: 'tệp rỗng, không có dòng tiêu đề',
      en: 'the file is empty: no header row',
    });
  const delimiter = detectDelimiter(head);
  const stream = createReadStream(file);
  if (onProgress) {
    let read = 0;
    stream.on('data', (chunk) => {
      read += chunk.length;
      onProgress(read, size);
    });
  }
  const parser = stream.pipe(
    parse({ bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, info: true }),
  );
  stream.on('error', (e) => parser.destroy(e));
  const iterator = parser[Symbol.asyncIterator]() as AsyncIterator<{
    record: string[];
    info: { records: number; empty_lines: number };
  }>;
  const first = await iterator.next().catch((e: Error) => {
    throw fileError(file, {
      vi: `CSV không hợp lệ (${e.message})`,
      en: `invalid CSV (${e.message})`,
    });
  });
  if (first.done) throw fileError(file, { vi: 'tệp rỗng', en: 'the file is empty' });
  const headers = first.value.record;
  async function* rows(): AsyncGenerator<{ row: number; cells: Cell[] }> {
    for (;;) {
      let next: IteratorResult<{
        record: string[];
        info: { records: number; empty_lines: number };
      }>;
      try {
        next = await iterator.next();
      } catch (e) {
        throw fileError(file, {
          vi: `CSV không hợp lệ (${(e as Error).message})`,
          en: `invalid CSV (${(e as Error).message})`,
        });
      }
      if (next.done) return;
      const { record, info } = next.value;
      yield { row: info.records + info.empty_lines, cells: record };
    }
  }
  return { kind: 'table', format: 'csv', headers, delimiter, rows: rows() };
}
