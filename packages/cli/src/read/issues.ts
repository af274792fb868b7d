import type { CchcIssue } from '@cchc/core';
import type { RowError } from './types.js';

/**
 * Turns a core issue into a {@link RowError} on the spreadsheet row it came from. The core numbers rows from 1 in
 * the order it received them; its message prefix (`dòng 3, …` / `row 3, …`) is rewritten to the file's row.
 *
 * @param issue - An issue from a {@link CchcError} or a validation report.
 * @param row - The row in the file.
 * @param column - The column to name (defaults to the issue's path).
 */
export function issueToRowError(issue: CchcIssue, row: number, column?: string): RowError {
  const strip = (text: string) => text.replace(/^(dòng|row) \d+, /, '');
  return {
    row,
    column: column ?? issue.path,
    message: {
      vi: `dòng ${row}, ${strip(issue.message.vi)}`,
      en: `row ${row}, ${strip(issue.message.en)}`,
    },
  };
}

/**
 * Maps the core's running row numbers (1, 2, 3… in the order rows were handed over) back to file rows, in constant
 * memory when rows are consecutive: only the points where the gap changes are stored.
 */
export class RowMap {
  readonly #at: number[] = [];
  readonly #offset: number[] = [];
  #count = 0;

  /** Records that the next row handed to the core is file row `row`. */
  push(row: number): void {
    const index = ++this.#count;
    const offset = row - index;
    const last = this.#offset.length - 1;
    if (last < 0 || this.#offset[last] !== offset) {
      this.#at.push(index);
      this.#offset.push(offset);
    }
  }

  /** Records `n` consecutive file rows starting at `firstRow`. */
  pushRun(firstRow: number, n: number): void {
    if (n <= 0) return;
    this.push(firstRow);
    this.#count += n - 1;
  }

  /** The file row of the core's row `index` (1-based). */
  rowOf(index: number): number {
    let lo = 0;
    let hi = this.#at.length - 1;
    if (hi < 0) return index;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.#at[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return index + this.#offset[lo]!;
  }
}
