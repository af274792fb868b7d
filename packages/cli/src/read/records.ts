import { fieldCountError, missingColumnsError } from './cells.js';
import { type MapHeaderOptions, mapHeaders } from './headerMap.js';
import type { Cell, RowError, Source } from './types.js';

/** Canonical column names that every reader accepts and ignores (row numbers, names kept for people). */
export const IGNORED_COLUMNS = new Set(['stt', 'STT', 'no', '#', 'note', 'timestamp']);

/**
 * The row-1 errors of a table's header: required columns that are missing, and columns the reader cannot use
 * (anything not in `known`, not a column every reader ignores, not blank and not mapped away with `-`).
 */
export function headerErrors(
  columns: readonly string[],
  required: readonly string[],
  known: Iterable<string>,
): RowError[] {
  const errors: RowError[] = [];
  const missing = required.filter((c) => !columns.includes(c));
  if (missing.length > 0) errors.push(missingColumnsError(missing, columns));
  const usable = new Set([...known, 'unit_name', '', '-']);
  const unknown = columns.filter((c) => !usable.has(c) && !IGNORED_COLUMNS.has(c));
  if (unknown.length > 0) {
    const list = unknown.map((c) => `"${c}"`).join(', ');
    errors.push({
      row: 1,
      column: unknown[0]!,
      message: {
        vi: `dòng 1 (tiêu đề): cột không dùng được: ${list} (bỏ qua bằng --header-map "Tên cột=-")`,
        en: `row 1 (header): unusable column: ${list} (ignore it with --header-map "Header=-")`,
      },
    });
  }
  return errors;
}

/** One item of an input, after header mapping. */
export type InputItem =
  /** A flat record (a table row, or a flat JSON object), keyed by canonical column names. */
  | { readonly row: number; readonly record: Readonly<Record<string, Cell>> }
  /** A JSON value already in the library's shape (e.g. a response with `answers`). */
  | { readonly row: number; readonly value: unknown }
  /** A row that could not be read at all. */
  | { readonly row: number; readonly error: RowError };

/** Options of {@link readItems}. */
export interface ReadItemsOptions extends MapHeaderOptions {
  /** True for a JSON value already in the library's shape (passed through as `value`). */
  readonly isNative?: (value: unknown) => boolean;
}

/** The mapped columns of a table (or the keys seen in flat JSON), and the items. */
export interface MappedInput {
  /** Canonical column names (tables only; empty for JSON). */
  readonly columns: readonly string[];
  /** Problems with the header row itself (duplicate columns). */
  readonly headerErrors: RowError[];
  readonly items: AsyncIterable<InputItem>;
}

const isCell = (v: unknown): v is Cell =>
  v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';

/**
 * Reads a {@link Source} as mapped items: headers go through the header map, each table row becomes a record of
 * canonical names. A CSV row with a different number of fields than the header is a row error (hinting at the
 * delimiter); XLSX rows are padded.
 */
export function readItems(source: Source, options: ReadItemsOptions = {}): MappedInput {
  if (source.kind === 'objects') {
    const list = source.items;
    async function* objects(): AsyncGenerator<InputItem> {
      for await (const item of list) {
        if ('error' in item) {
          yield { row: item.row, error: { row: item.row, message: item.error } };
          continue;
        }
        const value = item.value;
        if (options.isNative?.(value)) yield { row: item.row, value };
        else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
          const record: Record<string, Cell> = {};
          const keys = Object.keys(value);
          const names = mapHeaders(keys, options);
          const bad: string[] = [];
          keys.forEach((k, i) => {
            const v = (value as Record<string, unknown>)[k];
            if (isCell(v)) record[names[i]!] = v;
            else bad.push(k);
          });
          if (bad.length > 0)
            yield {
              row: item.row,
              error: {
                row: item.row,
                column: bad[0]!,
                message: {
                  vi: `mục ${item.row}: trường ${bad.join(', ')} phải là chữ, số, true/false hoặc null`,
                  en: `item ${item.row}: field ${bad.join(', ')} must be a text, number, true/false or null`,
                },
              },
            };
          else yield { row: item.row, record };
        } else
          yield {
            row: item.row,
            error: {
              row: item.row,
              message: {
                vi: `mục ${item.row}: cần một đối tượng JSON`,
                en: `item ${item.row}: expected a JSON object`,
              },
            },
          };
      }
    }
    return { columns: [], headerErrors: [], items: objects() };
  }
  const columns = mapHeaders(source.headers, options);
  const headerErrors = duplicateColumnErrors(source.headers, columns);
  const width = columns.length;
  const table = source;
  async function* rows(): AsyncGenerator<InputItem> {
    for await (const { row, cells } of table.rows) {
      if (table.format === 'csv' && cells.length !== width) {
        yield { row, error: fieldCountError(row, cells.length, width, table.delimiter ?? ',') };
        continue;
      }
      const record: Record<string, Cell> = {};
      for (let i = 0; i < width; i++) {
        const name = columns[i]!;
        if (name === '' || name === '-' || IGNORED_COLUMNS.has(name)) continue;
        record[name] = cells[i] ?? null;
      }
      yield { row, record };
    }
  }
  return { columns, headerErrors, items: rows() };
}

/** Header errors: two headers that map to the same canonical column (row 1). */
export function duplicateColumnErrors(
  headers: readonly string[],
  columns: readonly string[],
): RowError[] {
  const errors: RowError[] = [];
  const seen = new Map<string, number>();
  columns.forEach((c, i) => {
    if (c === '' || c === '-' || IGNORED_COLUMNS.has(c)) return;
    const first = seen.get(c);
    if (first === undefined) seen.set(c, i);
    else
      errors.push({
        row: 1,
        column: c,
        message: {
          vi: `dòng 1: cột "${headers[i]}" và cột "${headers[first]}" cùng là ${c}`,
          en: `row 1: columns "${headers[i]}" and "${headers[first]}" both mean ${c}`,
        },
      });
  });
  return errors;
}
