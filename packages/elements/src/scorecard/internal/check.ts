import type { Bilingual, CchcIssue } from '@cchc/core';

/**
 * A tiny shape checker for the scorecard document: each check pushes bilingual issues naming the path, the value
 * received and what was expected (the same sentence shape as core's `formatIssues`). Core ships zod schemas for its
 * inputs, not for `scorePar`/`parSensitivity` results, and elements do not depend on zod directly.
 */
export type Check = (value: unknown, path: string, out: CchcIssue[]) => void;

function show(value: unknown): string {
  if (value === undefined) return '(trống/empty)';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Records one issue at `path`. */
export function fail(out: CchcIssue[], path: string, value: unknown, expected: Bilingual): void {
  out.push({
    path,
    value,
    expected,
    message: {
      vi: `${path}: nhận được ${show(value)}, cần ${expected.vi}`,
      en: `${path}: received ${show(value)}, expected ${expected.en}`,
    },
  });
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A non-empty string. */
export const text: Check = (v, path, out) => {
  if (typeof v !== 'string' || v === '')
    fail(out, path, v, { vi: 'chuỗi ký tự khác rỗng', en: 'a non-empty text' });
};

/** A finite number in [min, max], optionally whole. */
export const number =
  (min = -Infinity, max = Infinity, whole = false): Check =>
  (v, path, out) => {
    if (
      typeof v !== 'number' ||
      !Number.isFinite(v) ||
      v < min ||
      v > max ||
      (whole && !Number.isInteger(v))
    ) {
      const kind = whole ? { vi: 'số nguyên', en: 'a whole number' } : { vi: 'số', en: 'a number' };
      const [range, rangeEn] =
        max < Infinity
          ? [` từ ${min} đến ${max}`, ` from ${min} to ${max}`]
          : min > -Infinity
            ? [` ≥ ${min}`, ` ≥ ${min}`]
            : ['', ''];
      fail(out, path, v, { vi: `${kind.vi}${range}`, en: `${kind.en}${rangeEn}` });
    }
  };

/** An object with the given fields (others are ignored: results may carry more than the scorecard reads). */
export const object =
  (shape: Record<string, Check>): Check =>
  (v, path, out) => {
    if (!isObject(v)) return fail(out, path, v, { vi: 'đối tượng', en: 'an object' });
    for (const [key, check] of Object.entries(shape)) check(v[key], `${path}.${key}`, out);
  };

/** A list of at least `min` items. */
export const list =
  (item: Check, min = 0): Check =>
  (v, path, out) => {
    if (!Array.isArray(v) || v.length < min)
      return fail(out, path, v, {
        vi: `danh sách ít nhất ${min} phần tử`,
        en: `a list of at least ${min} items`,
      });
    for (const [i, x] of v.entries()) item(x, `${path}[${i}]`, out);
  };

/** A record of values keyed by id. */
export const record =
  (item: Check): Check =>
  (v, path, out) => {
    if (!isObject(v)) return fail(out, path, v, { vi: 'đối tượng', en: 'an object' });
    for (const [key, x] of Object.entries(v)) item(x, `${path}.${key}`, out);
  };

/** Absent, or passing `check`. */
export const optional =
  (check: Check): Check =>
  (v, path, out) => {
    if (v !== undefined) check(v, path, out);
  };

/** `{ vi, en }` texts. */
export const bilingual: Check = object({ vi: text, en: text });
