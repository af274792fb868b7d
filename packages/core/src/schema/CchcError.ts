/** A bilingual text: Vietnamese first, English second. */
export interface Bilingual {
  readonly vi: string;
  readonly en: string;
}

/** One problem found in an input, located by its path (and row, for tabular data). */
export interface CchcIssue {
  /** Where the problem is, e.g. `events[2].date` or `n`. Empty for the input as a whole. */
  readonly path: string;
  /** Row number in a table (1-based, as a spreadsheet shows it), when the input is tabular. */
  readonly row?: number;
  /** The offending value, as received. */
  readonly value?: unknown;
  /** What was expected there. */
  readonly expected: Bilingual;
  /** The whole sentence, ready to show a user. */
  readonly message: Bilingual;
}

/**
 * The one error type every public function of `@cchc/core` throws on bad input.
 *
 * `message` holds the Vietnamese and English sentences (Vietnamese first); `issues` lists each problem
 * with its path, the value received and what was expected, so a portal can show them beside the field.
 *
 * @example
 * try { addWorkingDays('2017-02-30', 3) } catch (e) {
 *   if (e instanceof CchcError) console.log(e.issues[0].message.vi)
 * }
 */
export class CchcError extends Error {
  /** A stable machine-readable code, e.g. `'invalid-input'`. */
  readonly code: string;
  /** Every problem found, never empty. */
  readonly issues: readonly CchcIssue[];
  /** The messages in both languages. */
  readonly text: Bilingual;

  constructor(code: string, issues: readonly CchcIssue[]) {
    const vi = issues.map((i) => i.message.vi).join('; ');
    const en = issues.map((i) => i.message.en).join('; ');
    super(`${vi}\n${en}`);
    this.name = 'CchcError';
    this.code = code;
    this.issues = issues;
    this.text = { vi, en };
  }
}
