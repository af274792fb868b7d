import {
  getInstrument,
  type Instrument,
  type InstrumentInput,
  parseInstrument,
  type SipasResponse,
  validateResponses,
} from '@cchc/core';
import { planAnswers, questionsOf } from './answers/plan.js';
import { toResponse } from './answers/toResponse.js';
import { issueToRowError } from './issues.js';
import { openSource } from './openSource.js';
import { readItems } from './records.js';
import type { ReadOptions, ReadResult, RowError } from './types.js';

/** Options of {@link readAnswers}. */
export interface ReadAnswersOptions extends ReadOptions {
  /** The instrument: a shipped id (`'sipas-2017'`) or an instrument object. */
  readonly instrument: string | Instrument | InstrumentInput;
  /** Also require a weight on every row (weighted scoring). */
  readonly weighted?: boolean;
}

/** Resolves an instrument given by id or as data (validated). */
export function resolveInstrument(instrument: string | Instrument | InstrumentInput): Instrument {
  return typeof instrument === 'string' ? getInstrument(instrument) : parseInstrument(instrument);
}

/** A JSON item already shaped as a response (`{ respondentId, unitCode, answers: {…} }`). */
export const isNativeResponse = (v: unknown): boolean =>
  v !== null && typeof v === 'object' && typeof (v as { answers?: unknown }).answers === 'object';

/**
 * Reads survey answers (phiếu khảo sát) from a CSV, XLSX, JSON or NDJSON file into validated responses.
 *
 * Layout (docs/guides/sipas.md, docs/guides/cli.md): one row per respondent, `respondent_id, unit_code, unit_name,
 * service, sector, sex, age_group, weight`, then one column per question id (`F0`, `E1.1 … E5.4`, `comment_E1 …`).
 * Vietnamese headers (`Mã phiếu`, `Mã đơn vị`, `Dịch vụ`, `Giới tính`…) are mapped; JSON items may also be responses
 * in the library's shape. Every row is checked by the core (`validateResponses`): out-of-scale values, text in a
 * number column, answers to skipped questions, duplicate ids.
 *
 * @param file - Path of the file.
 * @param options - `instrument` (required), `sheet`, `headerMap`, `format`, `weighted`, `onProgress`.
 * @returns `{ rows, errors }`: the valid responses, and every problem with its spreadsheet row (header = row 1).
 * @throws CchcError `unreadable-file` when the file cannot be read at all (missing, empty, damaged XLSX).
 * @example
 * const { rows, errors } = await readAnswers('examples/data/answers-2017.csv', { instrument: 'sipas-2017' })
 * if (errors.length === 0) scoreSipas(getInstrument('sipas-2017'), rows, { by: ['unitCode'] })
 */
export async function readAnswers(
  file: string,
  options: ReadAnswersOptions,
): Promise<ReadResult<SipasResponse>> {
  const instrument = resolveInstrument(options.instrument);
  const ids = [...questionsOf(instrument).keys()];
  const source = await openSource(file, options);
  const input = readItems(source, {
    ids,
    isNative: isNativeResponse,
    ...(options.headerMap ? { headerMap: options.headerMap } : {}),
  });
  const errors: RowError[] = [...input.headerErrors];
  const tablePlan = source.kind === 'table' ? planAnswers(input.columns, instrument) : undefined;
  if (tablePlan) errors.push(...tablePlan.errors);
  if (errors.length > 0) return { rows: [], errors };
  const responses: unknown[] = [];
  const fileRows: number[] = [];
  const planCache = new Map<string, ReturnType<typeof planAnswers>>();
  for await (const item of input.items) {
    if ('error' in item) {
      errors.push(item.error);
      continue;
    }
    if ('value' in item) {
      responses.push(item.value);
      fileRows.push(item.row);
      continue;
    }
    const columns = tablePlan ? input.columns : Object.keys(item.record);
    let plan = tablePlan;
    if (!plan) {
      const key = columns.join('\u0000');
      plan = planCache.get(key) ?? planAnswers(columns, instrument, false);
      planCache.set(key, plan);
      if (plan.errors.length > 0) {
        errors.push(...plan.errors.map((e) => relabel(e, item.row)));
        continue;
      }
    }
    const built = toResponse(item.row, item.record, columns, plan.roles);
    errors.push(...built.errors);
    if (built.response) {
      responses.push(built.response);
      fileRows.push(item.row);
    }
  }
  const check = validateResponses(instrument, responses, { weighted: options.weighted === true });
  const bad = new Set<number>();
  for (const issue of check.issues) {
    const index = (issue.row ?? 1) - 1;
    bad.add(index);
    errors.push(issueToRowError(issue, fileRows[index] ?? 0, issue.question ?? issue.path));
  }
  errors.sort((a, b) => a.row - b.row);
  const rows = responses.filter((_, i) => !bad.has(i)) as SipasResponse[];
  return { rows, errors };
}

/** A header error found on a JSON item: name the item instead of row 1. */
function relabel(error: RowError, row: number): RowError {
  const strip = (t: string) => t.replace(/^(dòng|row) 1 \((tiêu đề|header)\): /, '');
  return {
    row,
    ...(error.column === undefined ? {} : { column: error.column }),
    message: {
      vi: `mục ${row}: ${strip(error.message.vi)}`,
      en: `item ${row}: ${strip(error.message.en)}`,
    },
  };
}
