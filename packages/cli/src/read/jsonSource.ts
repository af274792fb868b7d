import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Bilingual } from '@cchc/core';
import { fileError } from './fileError.js';
import type { ObjectSource, OnProgress } from './types.js';

/** Property names under which a JSON document may hold its list (`{ "responses": [...] }`). */
const LIST_KEYS = [
  'rows',
  'data',
  'responses',
  'answers',
  'dossiers',
  'inspections',
  'reports',
  'feedback',
  'units',
  'inputs',
  'scores',
];

/** Line (1-based) of a character offset in a text. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Opens a JSON file holding an array of objects (or an object with one of the list properties `rows`, `responses`,
 * `dossiers`, `units`…). Item numbers are 1-based. Invalid JSON throws a bilingual error naming the line.
 */
export async function openJson(file: string, onProgress?: OnProgress): Promise<ObjectSource> {
  const text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  onProgress?.(text.length, text.length);
  if (text.trim() === '') throw fileError(file, { vi: 'tệp rỗng', en: 'the file is empty' });
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const at = /position (\d+)/.exec(message);
    const line = at ? ` (dòng/line ${lineOf(text, Number(at[1]))})` : '';
    throw fileError(file, {
      vi: `JSON không hợp lệ${line}: ${message}`,
      en: `invalid JSON${line}: ${message}`,
    });
  }
  let list: unknown[] | undefined = Array.isArray(doc) ? doc : undefined;
  if (list === undefined && doc !== null && typeof doc === 'object') {
    const key = LIST_KEYS.find((k) => Array.isArray((doc as Record<string, unknown>)[k]));
    if (key !== undefined) list = (doc as Record<string, unknown[]>)[key];
  }
  if (list === undefined)
    throw fileError(file, {
      vi: `cần một mảng JSON, hoặc một đối tượng có thuộc tính ${LIST_KEYS.join(', ')} là mảng`,
      en: `expected a JSON array, or an object whose ${LIST_KEYS.join(', ')} property is an array`,
    });
  const items = list;
  async function* gen() {
    for (let i = 0; i < items.length; i++) yield { row: i + 1, value: items[i] };
  }
  return { kind: 'objects', format: 'json', items: gen() };
}

/**
 * Opens an NDJSON (JSON Lines) file as a stream: one JSON value per line, blank lines skipped, the line number as
 * the row. A line that is not valid JSON becomes a row error, not a failure of the whole file.
 */
export async function openNdjson(
  file: string,
  size: number,
  onProgress?: OnProgress,
): Promise<ObjectSource> {
  const stream = createReadStream(file, { encoding: 'utf8' });
  if (onProgress) {
    let read = 0;
    stream.on('data', (chunk) => {
      read += Buffer.byteLength(chunk as string);
      onProgress(read, size);
    });
  }
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  async function* gen(): AsyncGenerator<
    { row: number; value: unknown } | { row: number; error: Bilingual }
  > {
    let row = 0;
    for await (const raw of lines) {
      row++;
      const line = row === 1 ? raw.replace(/^\uFEFF/, '') : raw;
      if (line.trim() === '') continue;
      try {
        yield { row, value: JSON.parse(line) };
      } catch (e) {
        yield {
          row,
          error: {
            vi: `dòng ${row}: JSON không hợp lệ (${(e as Error).message})`,
            en: `line ${row}: invalid JSON (${(e as Error).message})`,
          },
        };
      }
    }
  }
  return { kind: 'objects', format: 'ndjson', items: gen() };
}
