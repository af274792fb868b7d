import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import {
  createSipasAccumulator,
  type Instrument,
  type InstrumentInput,
  type SipasColumns,
  type SipasOptions,
  type SipasResult,
  type ValueColumn,
} from '@cchc/core';
import { ColumnBatchBuilder } from './answers/columnBatch.js';
import { planAnswers, questionsOf } from './answers/plan.js';
import { toResponse } from './answers/toResponse.js';
import { cellError, fieldCountError } from './cells.js';
import { CsvScanner, fieldText } from './csvScanner.js';
import { readHead } from './csvSource.js';
import { detectDelimiter } from './delimiter.js';
import { fileError } from './fileError.js';
import { mapHeaders } from './headerMap.js';
import { issueToRowError, RowMap } from './issues.js';
import { detectFormat, openSource } from './openSource.js';
import { isNativeResponse, resolveInstrument } from './readAnswers.js';
import { duplicateColumnErrors, readItems } from './records.js';
import type { ReadOptions, RowError } from './types.js';
import type { WeightLookup } from './weights.js';

/** Options of {@link scoreAnswers}: where to read, and the options of `scoreSipas`. */
export interface ScoreAnswersOptions extends ReadOptions {
  readonly instrument: string | Instrument | InstrumentInput;
  /** Options passed to the accumulator (`by`, `method`, `weighted`, `seed`, `population`…). */
  readonly sipas?: Omit<SipasOptions, 'onInvalid'>;
  /** Design weights looked up per respondent (replacing any `weight` column); use with `sipas.weighted`. */
  readonly weights?: WeightLookup;
}

/** What {@link scoreAnswers} returns. */
export interface ScoreAnswersResult {
  /** What `scoreSipas` returns for the valid rows (rows in `result.invalid` are the file's rows). */
  readonly result: SipasResult;
  /** Every problem found, by file row: unreadable rows and the core's validation issues. */
  readonly errors: RowError[];
}

/**
 * Scores a whole answers file in constant memory: the rows stream into a SIPAS accumulator (`addColumns` batches
 * built straight from the CSV bytes; one response at a time for XLSX, JSON and NDJSON). The result equals
 * `scoreSipas(instrument, rows)` on the rows `readAnswers` returns, and `errors` lists the same problems.
 *
 * @param file - Path of the answers file.
 * @param options - `instrument`, `sipas` (scoring options), `sheet`, `headerMap`, `format`, `onProgress`.
 * @returns `{ result, errors }`; invalid rows are left out of the result and listed in `errors`.
 * @example
 * const { result, errors } = await scoreAnswers('answers.csv', { instrument: 'sipas-2017', sipas: { by: ['unitCode'] } })
 */
export async function scoreAnswers(
  file: string,
  options: ScoreAnswersOptions,
): Promise<ScoreAnswersResult> {
  const instrument = resolveInstrument(options.instrument);
  const accumulator = createSipasAccumulator(instrument, {
    ...(options.sipas ?? {}),
    onInvalid: 'exclude',
  });
  const errors: RowError[] = [];
  const rowMap = new RowMap();
  const format = options.format ?? (await detectFormat(file).catch(() => undefined));
  if (format === 'csv') await streamCsv(file, instrument, options, accumulator, rowMap, errors);
  else {
    const source = await openSource(file, options);
    const input = readItems(source, {
      ids: [...questionsOf(instrument).keys()],
      isNative: isNativeResponse,
      ...(options.headerMap ? { headerMap: options.headerMap } : {}),
    });
    errors.push(...input.headerErrors);
    const plan = source.kind === 'table' ? planAnswers(input.columns, instrument) : undefined;
    if (plan) errors.push(...plan.errors);
    if (errors.length === 0) {
      for await (const item of input.items) {
        if ('error' in item) errors.push(item.error);
        else if ('value' in item) {
          rowMap.push(item.row);
          accumulator.add(withWeight(item.value, options.weights));
        } else {
          const columns = plan ? input.columns : Object.keys(item.record);
          const p = plan ?? planAnswers(columns, instrument, false);
          if (p.errors.length > 0) {
            errors.push(...p.errors.map((e) => ({ ...e, row: item.row })));
            continue;
          }
          const built = toResponse(item.row, item.record, columns, p.roles);
          errors.push(...built.errors);
          if (built.response) {
            rowMap.push(item.row);
            accumulator.add(withWeight(built.response, options.weights));
          }
        }
      }
    }
  }
  const raw = accumulator.result();
  const issues = raw.invalid.issues.map((issue) => {
    const row = rowMap.rowOf(issue.row ?? 0);
    const mapped = issueToRowError(issue, row, issue.question ?? issue.path);
    errors.push(mapped);
    return { ...issue, row, message: mapped.message };
  });
  errors.sort((a, b) => a.row - b.row);
  return { result: { ...raw, invalid: { ...raw.invalid, issues } }, errors };
}

/** The CSV fast path: byte scanner → column batches → accumulator. */
async function streamCsv(
  file: string,
  instrument: Instrument,
  options: ScoreAnswersOptions,
  accumulator: ReturnType<typeof createSipasAccumulator>,
  rowMap: RowMap,
  errors: RowError[],
): Promise<void> {
  let size = 0;
  try {
    size = (await stat(file)).size;
  } catch {
    throw fileError(file, { vi: 'không tìm thấy tệp', en: 'no such file' }, 'file-not-found');
  }
  const head = (await readHead(file)).toString('utf8');
  if (head.replace(/^\uFEFF/, '').trim() === '')
    throw fileError(file, {
      vi: 'tệp rỗng, không có dòng tiêu đề',
      en: 'the file is empty: no header row',
    });
  const delimiter = detectDelimiter(head);
  const ids = [...questionsOf(instrument).keys()];
  let builder: ColumnBatchBuilder | undefined;
  let width = 0;
  let columns: string[] = [];
  let stop = false;
  const scanner = new CsvScanner(delimiter, {
    record(row, count, bytes, starts, ends, quoted) {
      if (stop) return;
      if (builder === undefined) {
        const headers = Array.from({ length: count }, (_, i) =>
          fieldText(bytes, starts, ends, quoted, i),
        );
        columns = mapHeaders(headers, {
          ids,
          ...(options.headerMap ? { headerMap: options.headerMap } : {}),
        });
        const plan = planAnswers(columns, instrument);
        errors.push(...duplicateColumnErrors(headers, columns), ...plan.errors);
        if (errors.length > 0) stop = true;
        width = count;
        builder = new ColumnBatchBuilder(instrument, plan.roles);
        return;
      }
      if (count !== width) {
        errors.push(fieldCountError(row, count, width, delimiter));
        return;
      }
      const r = builder.size;
      builder.add(bytes, starts, ends, quoted);
      rowMap.push(row);
      if (builder.badWeight(r)) {
        const at = columns.indexOf('weight');
        errors.push(
          cellError(row, 'weight', fieldText(bytes, starts, ends, quoted, at), {
            vi: 'một số',
            en: 'a number',
          }),
        );
      }
      if (builder.full) accumulator.addColumns(weighColumns(builder.take(), options.weights));
    },
  });
  const stream = createReadStream(file, { highWaterMark: 1 << 20 });
  let read = 0;
  for await (const chunk of stream) {
    scanner.push(chunk as Buffer);
    read += (chunk as Buffer).length;
    options.onProgress?.(read, size);
    if (stop) {
      stream.destroy();
      break;
    }
  }
  if (!stop) scanner.end();
  if (builder === undefined)
    throw fileError(file, {
      vi: 'tệp rỗng, không có dòng tiêu đề',
      en: 'the file is empty: no header row',
    });
  if (!stop && builder.size > 0)
    accumulator.addColumns(weighColumns(builder.take(), options.weights));
}

/** Sets a response's weight from the weights table (removing it when no row matches, so the core reports it). */
function withWeight(response: unknown, weights: WeightLookup | undefined): unknown {
  if (weights === undefined || response === null || typeof response !== 'object') return response;
  const r = response as Record<string, unknown>;
  const text = (k: string) => (typeof r[k] === 'string' ? (r[k] as string) : undefined);
  const w = weights({
    respondentId: r.respondentId === undefined ? undefined : String(r.respondentId),
    unitCode: text('unitCode'),
    service: text('service'),
    sector: text('sector'),
    sex: text('sex'),
    ageGroup: text('ageGroup'),
  });
  const { weight: _, ...rest } = r;
  return w === undefined ? rest : { ...rest, weight: w };
}

/** Fills a batch's weight column from the weights table. */
function weighColumns(columns: SipasColumns, weights: WeightLookup | undefined): SipasColumns {
  if (weights === undefined) return columns;
  const at = (col: ValueColumn | undefined, i: number): string | undefined => {
    if (col === undefined) return undefined;
    const v = 'codes' in col ? col.values[col.codes[i]!] : (col as ArrayLike<unknown>)[i];
    return v === null || v === undefined ? undefined : String(v);
  };
  const weight = Array.from(
    { length: columns.length },
    (_, i) =>
      weights({
        respondentId: String(columns.respondentId[i]),
        unitCode: at(columns.unitCode, i),
        service: at(columns.service, i),
        sector: at(columns.sector, i),
        sex: at(columns.sex, i),
        ageGroup: at(columns.ageGroup, i),
      }) ?? null,
  );
  return { ...columns, weight };
}
