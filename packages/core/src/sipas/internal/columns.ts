// Reading columnar batches: plain arrays or dictionary-encoded columns, checked for length once per batch.
import { CchcError, type CchcIssue } from '../../schema/CchcError.js';
import type { DictionaryColumn, SipasColumns, ValueColumn } from '../responseSchema.js';

export function isDictionary(col: unknown): col is DictionaryColumn {
  return (
    typeof col === 'object' &&
    col !== null &&
    'codes' in col &&
    'values' in col &&
    ArrayBuffer.isView((col as DictionaryColumn).codes) &&
    Array.isArray((col as DictionaryColumn).values)
  );
}

/** Row i of a column. */
export function valueAt(
  col: ValueColumn | undefined,
  i: number,
): string | number | null | undefined {
  if (col === undefined) return undefined;
  if (isDictionary(col)) return col.values[col.codes[i]!];
  return (col as ArrayLike<string | number | null | undefined>)[i];
}

function shapeIssue(path: string, vi: string, en: string, value?: unknown): CchcIssue {
  return {
    path,
    ...(value === undefined ? {} : { value }),
    expected: { vi, en },
    message: { vi: `${path}: cần ${vi}`, en: `${path}: expected ${en}` },
  };
}

/** Checks that every column of a batch has `length` rows (and dictionary codes are in range), or throws. */
export function checkColumnShapes(columns: SipasColumns): number {
  const issues: CchcIssue[] = [];
  if (typeof columns !== 'object' || columns === null) {
    throw new CchcError('invalid-input', [
      shapeIssue('columns', 'một đối tượng cột (SipasColumns)', 'a SipasColumns object', columns),
    ]);
  }
  const n = columns.length;
  if (!Number.isSafeInteger(n) || n < 0) {
    throw new CchcError('invalid-input', [
      shapeIssue('columns.length', 'số nguyên ≥ 0', 'a whole number ≥ 0', n),
    ]);
  }
  const check = (path: string, col: unknown, required: boolean) => {
    if (col === undefined || col === null) {
      if (required) issues.push(shapeIssue(path, `một cột ${n} dòng`, `a column of ${n} rows`));
      return;
    }
    if (isDictionary(col)) {
      if (col.codes.length !== n)
        issues.push(shapeIssue(`${path}.codes`, `${n} dòng`, `${n} rows`, col.codes.length));
      const max = col.values.length;
      for (let i = 0; i < col.codes.length; i++) {
        if (col.codes[i]! >= max) {
          issues.push(
            shapeIssue(`${path}.codes[${i}]`, `mã < ${max}`, `a code < ${max}`, col.codes[i]),
          );
          break;
        }
      }
      return;
    }
    const length = (col as { length?: unknown }).length;
    if (typeof col !== 'object' || length !== n)
      issues.push(shapeIssue(path, `một cột ${n} dòng`, `a column of ${n} rows`, length));
  };
  check('columns.respondentId', columns.respondentId, true);
  check('columns.unitCode', columns.unitCode, true);
  for (const f of ['service', 'sector', 'sex', 'ageGroup', 'weight'] as const)
    check(`columns.${f}`, columns[f], false);
  if (typeof columns.answers !== 'object' || columns.answers === null)
    issues.push(
      shapeIssue(
        'columns.answers',
        'một đối tượng cột theo mã câu hỏi',
        'an object of columns by question id',
      ),
    );
  else
    for (const [id, col] of Object.entries(columns.answers))
      check(`columns.answers.${id}`, col, true);
  if (issues.length > 0) throw new CchcError('invalid-input', issues);
  return n;
}
