// Columns of normalised values, dictionary-encoded so that each distinct raw value is checked once per batch.
import type { ValueColumn } from '../responseSchema.js';
import { INVALID, type Normalized } from './answers.js';
import { isDictionary } from './columns.js';

type Raw = string | number | null | undefined;

/** A column as distinct raw values plus a code per row. */
export interface Encoded {
  readonly codes: ArrayLike<number>;
  readonly raw: readonly Raw[];
}

/** Dictionary-encodes a column (a dictionary column is used as it is). */
export function encode(col: ValueColumn | undefined, n: number): Encoded {
  if (col === undefined) return { codes: new Uint8Array(n), raw: [undefined] };
  if (isDictionary(col)) return { codes: col.codes, raw: col.values };
  const arr = col as ArrayLike<Raw>;
  const index = new Map<Raw, number>();
  const raw: Raw[] = [];
  const codes = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const v = arr[i];
    let c = index.get(v);
    if (c === undefined) {
      c = raw.length;
      raw.push(v);
      index.set(v, c);
    }
    codes[i] = c;
  }
  return { codes, raw };
}

/** A question's normalised answers in a batch: `get(i)` is `null` for blank, invalid or skipped. */
export class NormColumn {
  readonly codes: ArrayLike<number>;
  /** Normalised value per dictionary entry (INVALID entries are reported, then read as `null`). */
  readonly values: readonly Normalized[];
  /** 1 where the question was asked; `null` = asked of everyone. */
  readonly asked: Uint8Array | null;

  /** True when no row holds a value (e.g. the column was not given): loops over it can be skipped. */
  readonly blank: boolean;

  constructor(codes: ArrayLike<number>, values: readonly Normalized[], asked: Uint8Array | null) {
    this.codes = codes;
    this.values = values;
    this.asked = asked;
    this.blank = values.every((v) => v === null || v === INVALID);
  }

  get(i: number): string | number | null {
    if (this.asked !== null && this.asked[i] === 0) return null;
    const v = this.values[this.codes[i]!];
    return v === undefined || v === INVALID ? null : v;
  }
}
