import { formatIssues } from '@cchc/core';
import { openSource } from './openSource.js';
import { headerErrors, readItems } from './records.js';
import type { Cell, ReadOptions, ReadResult, RowError } from './types.js';

/** The part of a zod schema the readers use. */
export interface RowSchema<T> {
  safeParse(
    value: unknown,
  ): { success: true; data: T } | { success: false; error: Parameters<typeof formatIssues>[0] };
  parse(value: unknown): T;
}

/** How one kind of flat row (an inspection, a report, a feedback item) is read. */
export interface FlatSpec<T> {
  /** The core schema each row is validated with. */
  readonly schema: RowSchema<T>;
  /** Required canonical columns. */
  readonly required: readonly string[];
  /** Optional canonical columns. */
  readonly optional: readonly string[];
  /** Builds the object from a record; conversion problems are pushed as row errors. */
  readonly build: (
    row: number,
    record: Readonly<Record<string, Cell>>,
    errors: RowError[],
  ) => unknown;
  /** Field (schema path) → column, to name columns in messages. */
  readonly columnOf: Readonly<Record<string, string>>;
}

/** Rewrites a core issue message so it names the file row and the column, not the schema path. */
export function schemaErrors(
  error: Parameters<typeof formatIssues>[0],
  input: unknown,
  row: number,
  columnOf: Readonly<Record<string, string>>,
): RowError[] {
  return formatIssues(error, input).map((issue) => {
    const field = issue.path.split(/[.[]/, 1)[0] ?? '';
    const column = columnOf[field] ?? issue.path;
    const strip = (t: string) => t.slice(t.indexOf(': ') + 2);
    return {
      row,
      column,
      message: {
        vi: `dòng ${row}, cột ${column}: ${strip(issue.message.vi)}`,
        en: `row ${row}, column ${column}: ${strip(issue.message.en)}`,
      },
    };
  });
}

/**
 * Reads a file of flat rows (one object per row) with a {@link FlatSpec}: header map, required columns, conversion,
 * then the core schema on every row. JSON items already in the schema's shape are validated as they are.
 */
export async function readFlat<T>(
  file: string,
  spec: FlatSpec<T>,
  options: ReadOptions,
): Promise<ReadResult<T>> {
  const source = await openSource(file, options);
  const isNative = (v: unknown) => spec.schema.safeParse(v).success;
  const input = readItems(source, {
    ...(options.headerMap ? { headerMap: options.headerMap } : {}),
    isNative,
  });
  const errors: RowError[] = [...input.headerErrors];
  if (source.kind === 'table') {
    errors.push(
      ...headerErrors(input.columns, spec.required, [...spec.required, ...spec.optional]),
    );
  }
  if (errors.length > 0) return { rows: [], errors };
  const rows: T[] = [];
  for await (const item of input.items) {
    if ('error' in item) {
      errors.push(item.error);
      continue;
    }
    if ('value' in item) {
      rows.push(spec.schema.parse(item.value));
      continue;
    }
    const before = errors.length;
    const built = spec.build(item.row, item.record, errors);
    if (errors.length > before) continue;
    const parsed = spec.schema.safeParse(built);
    if (parsed.success) rows.push(parsed.data);
    else errors.push(...schemaErrors(parsed.error, built, item.row, spec.columnOf));
  }
  return { rows, errors };
}
