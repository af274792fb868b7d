import {
  type CriteriaSet,
  CriteriaSetSchema,
  type Criterion,
  getCriteriaSet,
  type ParUnitInput,
  parseOrThrow,
} from '@cchc/core';
import {
  cellBoolean,
  cellError,
  cellNumber,
  cellText,
  foldWord,
  missingColumnsError,
} from './cells.js';
import { foldHeader } from './headerMap.js';
import { openSource } from './openSource.js';
import { IGNORED_COLUMNS, readItems } from './records.js';
import type { Cell, ReadOptions, ReadResult, RowError } from './types.js';

/** Options of {@link readScores}. */
export interface ReadScoresOptions extends ReadOptions {
  /** The criteria set: a shipped id (`'example-commune-2017'`) or a criteria set object. */
  readonly criteria: string | CriteriaSet | unknown;
}

/** Cell values meaning "not assessed for this unit" (không đánh giá). */
const NOT_APPLICABLE = new Set(['na', 'n/a', 'kdg', 'khong danh gia', 'khong ap dung', 'kad']);

/** Resolves a criteria set given by id or as data (validated). */
export function resolveCriteriaSet(criteria: string | CriteriaSet | unknown): CriteriaSet {
  return typeof criteria === 'string'
    ? getCriteriaSet(criteria)
    : parseOrThrow(CriteriaSetSchema, criteria, 'criteria');
}

/** The leaf criteria of a set, by id. */
export function leavesOf(set: CriteriaSet): Map<string, Criterion> {
  const leaves = new Map<string, Criterion>();
  const visit = (c: Criterion) => {
    if (c.children && c.children.length > 0) c.children.forEach(visit);
    else leaves.set(c.id, c);
  };
  set.fields.forEach(visit);
  return leaves;
}

/** Converts one score cell for a leaf criterion; `'na'` marks it not applicable. */
function scoreValue(
  leaf: Criterion,
  cell: Cell,
):
  | { ok: true; value: number | boolean | 'na' | undefined }
  | { ok: false; vi: string; en: string } {
  const text = cellText(cell);
  if (text !== undefined && NOT_APPLICABLE.has(foldWord(text))) return { ok: true, value: 'na' };
  const type = leaf.method?.type ?? 'manual';
  if (type === 'boolean') {
    const b = cellBoolean(cell);
    return b.ok ? { ok: true, value: b.value } : { ok: false, ...b.expected };
  }
  const percent = text !== undefined && /%$/.test(text);
  const n = cellNumber(percent ? text.slice(0, -1) : cell);
  const value =
    n.ok && n.value !== undefined && percent && type === 'rate'
      ? n.value / 100
      : n.ok
        ? n.value
        : undefined;
  const [lo, hi, vi, en] =
    type === 'rate'
      ? [
          0,
          1,
          'một tỷ lệ từ 0 đến 1 (hoặc phần trăm như 96%)',
          'a rate from 0 to 1 (or a percentage such as 96%)',
        ]
      : type === 'survey'
        ? [0, 100, 'một chỉ số từ 0 đến 100', 'an index from 0 to 100']
        : type === 'deduction'
          ? [0, Number.POSITIVE_INFINITY, 'một số đếm nguyên ≥ 0', 'a whole count ≥ 0']
          : [0, leaf.max, `số điểm từ 0 đến ${leaf.max}`, `points from 0 to ${leaf.max}`];
  const na = { vi: `${vi}, hoặc KĐG (không đánh giá)`, en: `${en}, or NA (not assessed)` };
  if (!n.ok) return { ok: false, ...na };
  if (value === undefined) return { ok: true, value: undefined };
  if (value < lo || value > hi || (type === 'deduction' && !Number.isInteger(value)))
    return { ok: false, ...na };
  return { ok: true, value };
}

/**
 * Reads self-assessment scores (điểm tự đánh giá) from a CSV, XLSX, JSON or NDJSON file into PAR inputs.
 *
 * Layout (the PAR contract): one row per unit, `unit_code, unit_name`, then one column per leaf criterion id
 * holding its value — points (`manual`), có/không or true/false (`boolean`), a rate in [0, 1] or a percentage
 * (`rate`), an index 0–100 (`survey`), a count (`deduction`); `KĐG`/`NA` marks a criterion not assessed. Columns
 * `appraised:<id>` (or `thẩm định:<id>`) hold appraised values. JSON items may also be `ParUnitInput` objects.
 * Values are range-checked against the set; whether every applicable criterion has a value is `scorePar`'s check.
 *
 * @param file - Path of the file.
 * @param options - `criteria` (required), `sheet`, `headerMap`, `format`, `onProgress`.
 * @returns `{ rows, errors }`: one `ParUnitInput` per valid row; problems with their spreadsheet row.
 * @example
 * const { rows } = await readScores('examples/data/scores-2017.csv', { criteria: 'example-commune-2017' })
 * scorePar(getCriteriaSet('example-commune-2017'), rows)
 */
export async function readScores(
  file: string,
  options: ReadScoresOptions,
): Promise<ReadResult<ParUnitInput>> {
  const { rows, errors } = await readScoresWithRows(file, options);
  return { rows, errors };
}

/** {@link readScores}, plus the file row of each returned unit (to place the core's later messages). */
export async function readScoresWithRows(
  file: string,
  options: ReadScoresOptions,
): Promise<ReadResult<ParUnitInput> & { fileRows: number[] }> {
  const set = resolveCriteriaSet(options.criteria);
  const leaves = leavesOf(set);
  const ids = [...leaves.keys()];
  const appraisedMap: Record<string, string> = {};
  const source = await openSource(file, options);
  if (source.kind === 'table')
    for (const h of source.headers) {
      const m = /^(?:appraised|tham dinh|td)\s*:?\s*(.+)$/.exec(foldHeader(h));
      const id = m ? ids.find((i) => foldHeader(i) === m[1]) : undefined;
      if (id !== undefined) appraisedMap[h] = `appraised:${id}`;
    }
  const input = readItems(source, {
    ids,
    headerMap: { ...appraisedMap, ...(options.headerMap ?? {}) },
    isNative: (v) =>
      v !== null && typeof v === 'object' && typeof (v as { values?: unknown }).values === 'object',
  });
  const errors: RowError[] = [...input.headerErrors];
  if (source.kind === 'table') {
    if (!input.columns.includes('unit_code'))
      errors.push(missingColumnsError(['unit_code'], input.columns));
    const unknown = input.columns.filter(
      (c) =>
        !['unit_code', 'unit_name', '', '-'].includes(c) &&
        !IGNORED_COLUMNS.has(c) &&
        !leaves.has(c) &&
        !leaves.has(c.replace(/^appraised:/, '')),
    );
    if (unknown.length > 0)
      errors.push({
        row: 1,
        column: unknown[0]!,
        message: {
          vi: `dòng 1 (tiêu đề): cột không phải tiêu chí lá của bộ "${set.id}": ${unknown.map((c) => `"${c}"`).join(', ')}`,
          en: `row 1 (header): column is not a leaf criterion of set "${set.id}": ${unknown.map((c) => `"${c}"`).join(', ')}`,
        },
      });
  }
  if (errors.length > 0) return { rows: [], errors, fileRows: [] };
  const rows: ParUnitInput[] = [];
  const fileRows: number[] = [];
  const seen = new Map<string, number>();
  for await (const item of input.items) {
    if ('error' in item) {
      errors.push(item.error);
      continue;
    }
    let unit: ParUnitInput | undefined;
    if ('value' in item) unit = item.value as ParUnitInput;
    else unit = toUnitInput(item.row, item.record, leaves, errors);
    if (unit === undefined) continue;
    const first = seen.get(unit.unitCode);
    if (first !== undefined) {
      errors.push({
        row: item.row,
        column: 'unit_code',
        message: {
          vi: `dòng ${item.row}: đơn vị "${unit.unitCode}" đã có ở dòng ${first}`,
          en: `row ${item.row}: unit "${unit.unitCode}" already at row ${first}`,
        },
      });
      continue;
    }
    seen.set(unit.unitCode, item.row);
    rows.push(unit);
    fileRows.push(item.row);
  }
  return { rows, errors, fileRows };
}

function toUnitInput(
  row: number,
  record: Readonly<Record<string, Cell>>,
  leaves: Map<string, Criterion>,
  errors: RowError[],
): ParUnitInput | undefined {
  const before = errors.length;
  const unitCode = cellText(record.unit_code);
  if (unitCode === undefined)
    errors.push(
      cellError(row, 'unit_code', record.unit_code, { vi: 'mã đơn vị', en: 'a unit code' }),
    );
  const unitName = cellText(record.unit_name);
  const values: Record<string, number | boolean> = {};
  const appraised: Record<string, number | boolean> = {};
  const notApplicable: string[] = [];
  for (const [column, cell] of Object.entries(record)) {
    const id = column.replace(/^appraised:/, '');
    const leaf = leaves.get(id);
    if (leaf === undefined) continue;
    const v = scoreValue(leaf, cell);
    if (!v.ok) errors.push(cellError(row, column, cell, { vi: v.vi, en: v.en }));
    else if (v.value === 'na') notApplicable.push(id);
    else if (v.value !== undefined) (column === id ? values : appraised)[id] = v.value;
  }
  if (errors.length > before || unitCode === undefined) return undefined;
  return {
    unitCode,
    ...(unitName === undefined ? {} : { unitName }),
    values,
    ...(Object.keys(appraised).length > 0 ? { appraised } : {}),
    ...(notApplicable.length > 0 ? { notApplicable: [...new Set(notApplicable)] } : {}),
  };
}
