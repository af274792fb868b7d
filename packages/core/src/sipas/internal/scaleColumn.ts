// Scale answers of a batch as Uint8Array codes: 1–5 levels, 0 not applicable, 255 blank (254 marks a value that
// was not on the scale when converting a plain array). Tight loops, no allocation unless something must change.
import type { ValueColumn } from '../responseSchema.js';
import { INVALID, normalizeAnswer } from './answers.js';
import type { CompiledQuestion } from './compile.js';
import { encode } from './normColumn.js';

const BAD_WITH_NA = new Uint8Array(256).fill(1);
const BAD_WITHOUT_NA = new Uint8Array(256).fill(1);
for (let c = 0; c <= 5; c++) BAD_WITH_NA[c] = 0;
for (let c = 1; c <= 5; c++) BAD_WITHOUT_NA[c] = 0;
BAD_WITH_NA[255] = 0;
BAD_WITHOUT_NA[255] = 0;

/** 1 for each code that is not an acceptable stored answer of the question (255 = blank is acceptable). */
export function badCodes(q: CompiledQuestion): Uint8Array {
  return q.notApplicable ? BAD_WITH_NA : BAD_WITHOUT_NA;
}

/** The question's codes: the caller's Uint8Array as it is, or a new array converted from plain values. */
export function scaleCodes(
  q: CompiledQuestion,
  col: Uint8Array | ValueColumn | undefined,
  n: number,
): Uint8Array {
  if (col instanceof Uint8Array) return col;
  const codes = new Uint8Array(n).fill(255);
  if (col === undefined) return codes;
  const enc = encode(col, n);
  const table = enc.raw.map((v) => {
    const x = normalizeAnswer(q, v);
    return x === INVALID ? 254 : typeof x === 'number' ? x : 255;
  });
  for (let i = 0; i < n; i++) codes[i] = table[enc.codes[i]!]!;
  return codes;
}

/**
 * Applies skip logic and drops values off the scale: not-asked rows become 6 (skipped), bad values 7 (blank).
 * Returns the input itself when nothing changes (the common case, checked without allocating), and the rows
 * that deserve an issue (an answer to a skipped question, or a value off the scale).
 */
export function fixScale(
  codes: Uint8Array,
  asked: Uint8Array | null,
  bad: Uint8Array,
  n: number,
): { out: Uint8Array; problems: number[] } {
  const problems: number[] = [];
  if (asked === null) {
    let needs = 0;
    for (let i = 0; i < n; i++) needs |= bad[codes[i]!]!;
    if (needs === 0) return { out: codes, problems };
  }
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = codes[i]!;
    const a = asked === null ? 1 : asked[i]!;
    const b = bad[c]!;
    out[i] = a === 0 ? 6 : b === 1 ? 7 : c;
    if ((a === 0 && c !== 255) || (a === 1 && b === 1)) problems.push(i);
  }
  return { out, problems };
}
