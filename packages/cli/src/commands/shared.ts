import { idOrJsonFile, usage } from '../cli/context.js';
import type { ReadOptions } from '../read/types.js';

/** Collects a repeatable option. */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/**
 * Reads `--header-map` values: `"Tên cột=unit_code"` pairs (repeatable, or several joined by `;`), or a JSON file
 * `{ "Tên cột": "unit_code" }`. `"Tên cột=-"` ignores a column.
 */
export async function readHeaderMap(
  values: readonly string[] | undefined,
): Promise<Record<string, string> | undefined> {
  if (values === undefined || values.length === 0) return undefined;
  const map: Record<string, string> = {};
  for (const value of values) {
    if (/\.json$/i.test(value)) {
      const json = await idOrJsonFile(value);
      if (json === null || typeof json !== 'object' || Array.isArray(json))
        throw usage({
          vi: `--header-map: ${value} phải là một đối tượng JSON`,
          en: `--header-map: ${value} must be a JSON object`,
        });
      Object.assign(map, json);
      continue;
    }
    for (const pair of value.split(';')) {
      if (pair.trim() === '') continue;
      const at = pair.lastIndexOf('=');
      if (at <= 0)
        throw usage({
          vi: `--header-map: cần dạng "Tên cột=tên_chuẩn", nhận được "${pair}"`,
          en: `--header-map: expected "Header=name", got "${pair}"`,
        });
      map[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
    }
  }
  return map;
}

/** The reader options shared by the subcommands: `--sheet` and `--header-map`. */
export async function sourceOptions(opts: {
  sheet?: string;
  headerMap?: string[];
}): Promise<Pick<ReadOptions, 'sheet' | 'headerMap'>> {
  const headerMap = await readHeaderMap(opts.headerMap);
  const sheet =
    opts.sheet === undefined
      ? undefined
      : /^\d+$/.test(opts.sheet)
        ? Number(opts.sheet)
        : opts.sheet;
  return { ...(sheet === undefined ? {} : { sheet }), ...(headerMap ? { headerMap } : {}) };
}
