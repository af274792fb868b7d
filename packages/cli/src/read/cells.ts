import type { Bilingual } from '@cchc/core';
import type { Cell, RowError } from './types.js';

/** A converted value, or what was expected instead. */
export type Converted<T> = { ok: true; value: T | undefined } | { ok: false; expected: Bilingual };

const ok = <T>(value: T | undefined): Converted<T> => ({ ok: true, value });
const no = (vi: string, en: string): Converted<never> => ({ ok: false, expected: { vi, en } });

/** Text of a cell, trimmed and NFC-normalised; `undefined` when empty. */
export function cellText(cell: Cell | undefined): string | undefined {
  if (cell === null || cell === undefined) return undefined;
  const text = String(cell).trim().normalize('NFC');
  return text === '' ? undefined : text;
}

/**
 * A number from a cell: a number, or a text such as `4`, `-2.5` or `2,5` (decimal comma, as Vietnamese
 * spreadsheets write it). Empty → `undefined`.
 */
export function cellNumber(cell: Cell | undefined): Converted<number> {
  if (typeof cell === 'number') return Number.isFinite(cell) ? ok(cell) : no('một số', 'a number');
  const text = cellText(cell);
  if (text === undefined) return ok(undefined);
  const normal = /^[+-]?\d+,\d+$/.test(text) ? text.replace(',', '.') : text;
  const value = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(normal) ? Number(normal) : Number.NaN;
  return Number.isFinite(value) ? ok(value) : no('một số', 'a number');
}

const TRUE = new Set(['true', 'yes', 'y', 'x', '1', 'co', 'dat', 'da', 'roi']);
const FALSE = new Set(['false', 'no', 'n', '0', 'khong', 'chua', 'khong dat']);

/** Folds a word for matching: no diacritics, lower case. */
export function foldWord(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().trim();
}

/** A yes/no from a cell: `true`/`false`, `có`/`không`, `yes`/`no`, `x`, `1`/`0`, `đạt`/`không đạt`. */
export function cellBoolean(cell: Cell | undefined): Converted<boolean> {
  if (typeof cell === 'boolean') return ok(cell);
  const text = cellText(cell);
  if (text === undefined) return ok(undefined);
  const word = foldWord(text);
  if (TRUE.has(word)) return ok(true);
  if (FALSE.has(word)) return ok(false);
  return no('có/không (true/false, 1/0, x)', 'yes/no (có/không, true/false, 1/0, x)');
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A date (or date-time) from a cell: `YYYY-MM-DD[THH:mm]`, the Vietnamese `dd/mm/yyyy [hh:mm]`, or an Excel serial
 * number. Returns the ISO text; whether the date is real is checked by the core schemas.
 */
export function cellDate(cell: Cell | undefined): Converted<string> {
  if (typeof cell === 'number' && cell > 0 && cell < 2958466) {
    const ms = Math.round((cell - 25569) * 86400000);
    const d = new Date(ms);
    const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    const minutes = d.getUTCHours() * 60 + d.getUTCMinutes();
    return ok(minutes === 0 ? date : `${date}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`);
  }
  const text = cellText(cell);
  if (text === undefined) return ok(undefined);
  if (/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)?)?$/.test(text))
    return ok(text.replace(' ', 'T'));
  const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T](\d{1,2}):(\d{2}))?$/.exec(text);
  if (vn) {
    const date = `${vn[3]}-${pad(Number(vn[2]))}-${pad(Number(vn[1]))}`;
    return ok(vn[4] === undefined ? date : `${date}T${pad(Number(vn[4]))}:${vn[5]}`);
  }
  return no(
    'một ngày YYYY-MM-DD hoặc dd/mm/yyyy (có thể kèm giờ hh:mm)',
    'a date YYYY-MM-DD or dd/mm/yyyy (optionally with a time hh:mm)',
  );
}

/** Shows a received value in a message. */
export function showCell(cell: Cell | undefined): string {
  if (cell === null || cell === undefined || cell === '') return '(trống/empty)';
  return typeof cell === 'string' ? JSON.stringify(cell) : String(cell);
}

/**
 * The row error for a cell that does not convert: `dòng 5, cột E1.1: nhận được "bốn", cần một số 0–5`.
 */
export function cellError(
  row: number,
  column: string,
  cell: Cell | undefined,
  expected: Bilingual,
): RowError {
  return {
    row,
    column,
    message: {
      vi: `dòng ${row}, cột ${column}: nhận được ${showCell(cell)}, cần ${expected.vi}`,
      en: `row ${row}, column ${column}: received ${showCell(cell)}, expected ${expected.en}`,
    },
  };
}

/** The row-1 error for required columns missing from the header. */
export function missingColumnsError(
  missing: readonly string[],
  found: readonly string[],
): RowError {
  const list = missing.join(', ');
  const have = found.filter((c) => c !== '').join(', ');
  return {
    row: 1,
    column: missing[0]!,
    message: {
      vi: `dòng 1 (tiêu đề): thiếu cột ${list} (các cột đọc được: ${have}; xem bảng tên cột trong docs/guides/cli.md)`,
      en: `row 1 (header): missing column ${list} (columns found: ${have}; see the header map in docs/guides/cli.md)`,
    },
  };
}

/** The error for a CSV row whose field count differs from the header's (same text as the row path). */
export function fieldCountError(
  row: number,
  count: number,
  width: number,
  delimiter: string,
): RowError {
  const name =
    delimiter === ';'
      ? { vi: 'dấu chấm phẩy', en: 'semicolon' }
      : delimiter === '\t'
        ? { vi: 'dấu tab', en: 'tab' }
        : { vi: 'dấu phẩy', en: 'comma' };
  return {
    row,
    message: {
      vi: `dòng ${row}: có ${count} ô nhưng dòng tiêu đề có ${width} cột (dấu phân cách đang dùng: ${name.vi}; kiểm tra dấu phân cách và dấu ngoặc kép)`,
      en: `row ${row}: ${count} fields but the header has ${width} columns (delimiter in use: ${name.en}; check the delimiter and quotes)`,
    },
  };
}
