import type { Bilingual } from '@cchc/core';

/** One cell as read: text (CSV, XLSX text), a number or boolean (XLSX, JSON), or `null` (empty). */
export type Cell = string | number | boolean | null;

/** A file format the readers understand. */
export type SourceFormat = 'csv' | 'xlsx' | 'json' | 'ndjson';

/**
 * One problem in an input file, located as a spreadsheet shows it: `row` 1 is the header row of a CSV or XLSX
 * file, so the first data row is 2; in JSON it is the item's 1-based position, in NDJSON its line.
 */
export interface RowError {
  /** Row (line) number; 0 for the file as a whole. */
  readonly row: number;
  /** The column (canonical name) or field concerned, when there is one. */
  readonly column?: string;
  /** What is wrong, in Vietnamese and English. */
  readonly message: Bilingual;
}

/** What every reader returns: the validated rows and every problem found, in row order. */
export interface ReadResult<T> {
  readonly rows: T[];
  readonly errors: RowError[];
}

/** Progress callback: bytes read so far and the file size (both 0 when unknown). */
export type OnProgress = (bytesRead: number, totalBytes: number) => void;

/** A table (CSV or XLSX): headers as written in the file, then rows of cells. */
export interface TableSource {
  readonly kind: 'table';
  readonly format: 'csv' | 'xlsx';
  readonly headers: readonly string[];
  /** The CSV delimiter detected. */
  readonly delimiter?: string;
  /** Rows after the header; `row` is the spreadsheet row number. */
  readonly rows: AsyncIterable<{ readonly row: number; readonly cells: readonly Cell[] }>;
}

/** A list of JSON values (a JSON array or NDJSON lines); `row` is the 1-based item or line number. */
export interface ObjectSource {
  readonly kind: 'objects';
  readonly format: 'json' | 'ndjson';
  readonly items: AsyncIterable<
    | { readonly row: number; readonly value: unknown }
    | { readonly row: number; readonly error: Bilingual }
  >;
}

/** An opened input. */
export type Source = TableSource | ObjectSource;

/** Options shared by the readers. */
export interface ReadOptions {
  /** XLSX: sheet name or 1-based number (default: the first sheet). */
  readonly sheet?: string | number;
  /** Extra header aliases, header → canonical name (tried before the built-in map). */
  readonly headerMap?: Readonly<Record<string, string>>;
  /** Force a format instead of guessing it from the extension and content. */
  readonly format?: SourceFormat;
  /** Called as the file is read (CSV and NDJSON stream; XLSX and JSON report once). */
  readonly onProgress?: OnProgress;
}
