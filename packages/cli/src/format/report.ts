import type { Bilingual } from '@cchc/core';

/** A cell of a report table. */
export type ReportCell = string | number | boolean | null | undefined | Bilingual;

/** A cell's text in one language. */
export function cellIn(value: ReportCell, lang: 'vi' | 'en'): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return value[lang];
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(2);
  return String(value);
}

/** One column of a report table. */
export interface ReportColumn {
  readonly key: string;
  readonly label: Bilingual;
  /** Numbers are right-aligned in text tables. */
  readonly numeric?: boolean;
}

/** One table of a report (the text, CSV and HTML renderings all start from these). */
export interface ReportTable {
  readonly title: Bilingual;
  readonly columns: readonly ReportColumn[];
  readonly rows: readonly Readonly<Record<string, ReportCell>>[];
}

/**
 * What a subcommand produces: the exact result object (printed as JSON) and its human views (tables for the
 * terminal, CSV and HTML). `kind` tells the HTML report which scorecard view fits.
 */
export interface Report {
  readonly kind: 'sipas' | 'par' | 'check' | 'schedule' | 'calendar' | 'validate';
  readonly title: Bilingual;
  /** Lines printed above the tables (method, instrument, warnings). */
  readonly notes: readonly Bilingual[];
  readonly tables: readonly ReportTable[];
  /** The result, as the core returned it: `--format json` prints exactly this. */
  readonly data: unknown;
  /** For `<cchc-scorecard>` in HTML reports: a `scorePar` result, rank intervals and the criteria set. */
  readonly scorecard?: {
    readonly result: unknown;
    readonly sensitivity?: unknown;
    readonly criteriaSet?: unknown;
  };
}

/** Rounds a number for display (2 decimals); null stays empty. */
export function fixed(value: number | null | undefined, digits = 2): string {
  return value === null || value === undefined || Number.isNaN(value) ? '' : value.toFixed(digits);
}

/** Shorthand for a bilingual label. */
export const t = (vi: string, en: string): Bilingual => ({ vi, en });
