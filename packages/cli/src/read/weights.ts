import { cellError, cellNumber, cellText, missingColumnsError } from './cells.js';
import { fileError } from './fileError.js';
import { openSource } from './openSource.js';
import { readItems } from './records.js';
import type { ReadOptions, RowError } from './types.js';

/** The respondent fields a weight can depend on. */
export interface WeightKey {
  readonly respondentId?: string | undefined;
  readonly unitCode?: string | undefined;
  readonly service?: string | undefined;
  readonly sector?: string | undefined;
  readonly sex?: string | undefined;
  readonly ageGroup?: string | undefined;
}

/** Looks up a respondent's design weight; `undefined` when no row of the weights table matches. */
export type WeightLookup = (key: WeightKey) => number | undefined;

const KEY_COLUMNS = {
  respondent_id: 'respondentId',
  unit_code: 'unitCode',
  service: 'service',
  sector: 'sector',
  sex: 'sex',
  age_group: 'ageGroup',
} as const;

/**
 * Reads a weights table (trọng số): a `weight` column and key columns — `respondent_id` (one weight per
 * respondent), or any of `unit_code, service, sector, sex, age_group` (post-stratification cells, e.g. sex × age).
 *
 * @returns A lookup function; rows that do not convert throw a bilingual error listing them.
 * @example
 * const weightOf = await readWeights('weights.csv') // sex,age_group,weight
 * weightOf({ sex: 'nữ', ageGroup: '30-44' }) //=> 1.12
 */
export async function readWeights(file: string, options: ReadOptions = {}): Promise<WeightLookup> {
  const source = await openSource(file, options);
  const input = readItems(source, options.headerMap ? { headerMap: options.headerMap } : {});
  const errors: RowError[] = [...input.headerErrors];
  const table = new Map<string, number>();
  let keys: (keyof typeof KEY_COLUMNS)[] | undefined =
    source.kind === 'table'
      ? (Object.keys(KEY_COLUMNS) as (keyof typeof KEY_COLUMNS)[]).filter((k) =>
          input.columns.includes(k),
        )
      : undefined;
  if (source.kind === 'table' && (!input.columns.includes('weight') || keys!.length === 0))
    errors.push(
      missingColumnsError(
        input.columns.includes('weight') ? ['respondent_id | sex | age_group | …'] : ['weight'],
        input.columns,
      ),
    );
  if (errors.length === 0)
    for await (const item of input.items) {
      if ('error' in item) {
        errors.push(item.error);
        continue;
      }
      const record = 'record' in item ? item.record : (item.value as Record<string, never>);
      keys ??= (Object.keys(KEY_COLUMNS) as (keyof typeof KEY_COLUMNS)[]).filter(
        (k) => k in record,
      );
      const w = cellNumber(record.weight ?? null);
      if (!w.ok || w.value === undefined || w.value <= 0) {
        errors.push(
          cellError(item.row, 'weight', record.weight, { vi: 'một số > 0', en: 'a number > 0' }),
        );
        continue;
      }
      table.set(keys.map((k) => cellText(record[k]) ?? '').join('\u0000'), w.value);
    }
  if (errors.length > 0)
    throw fileError(
      file,
      {
        vi: errors.map((e) => e.message.vi).join('; '),
        en: errors.map((e) => e.message.en).join('; '),
      },
      'invalid-input',
    );
  const fields = (keys ?? []).map((k) => KEY_COLUMNS[k]);
  return (key) => table.get(fields.map((f) => key[f] ?? '').join('\u0000'));
}
