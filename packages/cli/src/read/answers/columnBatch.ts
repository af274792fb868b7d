import type { Instrument, Question, SipasColumns } from '@cchc/core';
import { SIPAS_NO_ANSWER } from '@cchc/core';
import { cellNumber } from '../cells.js';
import { fieldText } from '../csvScanner.js';
import { ByteCache } from './byteCache.js';
import type { ColumnRole } from './plan.js';
import { answerValue } from './toResponse.js';

const KIND_IGNORE = 0;
const KIND_SCALE = 1;
const KIND_KEY = 2;
const KIND_ID = 3;
const KIND_WEIGHT = 4;
const KIND_OTHER = 5;

const KEY_FIELDS = ['unitCode', 'service', 'sector', 'sex', 'ageGroup'] as const;
type KeyField = (typeof KEY_FIELDS)[number];

/** A growing dictionary of one key column's values (code 0 = blank). */
class Dictionary {
  readonly values: (string | null)[] = [null];
  readonly #codes = new Map<string, number>();
  code(text: string): number {
    if (text === '') return 0;
    let c = this.#codes.get(text);
    if (c === undefined) {
      c = this.values.length;
      this.values.push(text.trim().normalize('NFC') || null);
      this.#codes.set(text, c);
    }
    return c;
  }
}

/**
 * Builds columnar batches ({@link SipasColumns}) straight from CSV field bytes: scale answers become `Uint8Array`
 * codes without creating strings (a single digit 0–5, blank = no answer); key fields are dictionary-encoded; other
 * values go through the same conversion as the row path ({@link answerValue}), so both paths give equal responses.
 */
export class ColumnBatchBuilder {
  readonly #capacity: number;
  readonly #kinds: Uint8Array;
  /** Per column: its slot among scale / key / other columns. */
  readonly #slot: Int32Array;
  readonly #scaleIds: string[] = [];
  readonly #scaleQuestions: Question[] = [];
  readonly #otherQuestions: Question[] = [];
  readonly #keyFields: KeyField[] = [];
  readonly #dictionaries: Dictionary[] = [];
  readonly #keyCaches: ByteCache<number>[] = [];
  readonly #otherCaches: ByteCache<string | number | null>[] = [];
  readonly #hasWeight: boolean;
  #scale: Uint8Array[] = [];
  #scaleOverflow: Map<number, string>[] = [];
  #keys: Uint32Array[] = [];
  #other: (string | number | null)[][] = [];
  #ids: string[] = [];
  /** Respondent ids as numbers while every id of the batch is a plain integer (the core's normal form). */
  #numericIds = new Float64Array(0);
  #allNumeric = true;
  #weights: (number | null)[] = [];
  #n = 0;

  constructor(_instrument: Instrument, roles: readonly ColumnRole[], capacity = 32768) {
    this.#capacity = capacity;
    this.#kinds = new Uint8Array(roles.length);
    this.#slot = new Int32Array(roles.length).fill(-1);
    let weight = false;
    roles.forEach((role, i) => {
      if (role.kind === 'question') {
        if (role.question.type === 'scale') {
          this.#kinds[i] = KIND_SCALE;
          this.#slot[i] = this.#scaleIds.length;
          this.#scaleIds.push(role.question.id);
          this.#scaleQuestions.push(role.question);
        } else {
          this.#kinds[i] = KIND_OTHER;
          this.#slot[i] = this.#otherQuestions.length;
          this.#otherQuestions.push(role.question);
          const question = role.question;
          this.#otherCaches.push(new ByteCache((text) => answerValue(question, text)));
        }
      } else if (role.kind === 'field') {
        if (role.field === 'respondentId') this.#kinds[i] = KIND_ID;
        else if (role.field === 'weight') {
          this.#kinds[i] = KIND_WEIGHT;
          weight = true;
        } else {
          this.#kinds[i] = KIND_KEY;
          this.#slot[i] = this.#keyFields.length;
          this.#keyFields.push(role.field);
          const dictionary = new Dictionary();
          this.#dictionaries.push(dictionary);
          this.#keyCaches.push(new ByteCache((text) => dictionary.code(text)));
        }
      } else this.#kinds[i] = KIND_IGNORE;
    });
    this.#hasWeight = weight;
    this.#reset();
  }

  #reset(): void {
    const c = this.#capacity;
    this.#scale = this.#scaleIds.map(() => new Uint8Array(c));
    this.#scaleOverflow = this.#scaleIds.map(() => new Map());
    this.#keys = this.#keyFields.map(() => new Uint32Array(c));
    this.#other = this.#otherQuestions.map(() => new Array(c));
    this.#ids = new Array(c);
    this.#numericIds = new Float64Array(c);
    this.#allNumeric = true;
    this.#weights = this.#hasWeight ? new Array(c) : [];
    this.#n = 0;
  }

  /** Rows in the current batch. */
  get size(): number {
    return this.#n;
  }

  /** True when the batch is full: take it. */
  get full(): boolean {
    return this.#n === this.#capacity;
  }

  /** Adds one CSV record (field count already checked). */
  add(
    bytes: Uint8Array,
    starts: Int32Array,
    ends: Int32Array,
    quoted: (string | undefined)[],
  ): void {
    const r = this.#n++;
    const kinds = this.#kinds;
    for (let i = 0; i < kinds.length; i++) {
      const kind = kinds[i]!;
      if (kind === KIND_IGNORE) continue;
      const s = starts[i]!;
      const e = ends[i]!;
      if (kind === KIND_SCALE) {
        const col = this.#scale[this.#slot[i]!]!;
        if (quoted[i] === undefined) {
          if (e === s) {
            col[r] = SIPAS_NO_ANSWER;
            continue;
          }
          const b = bytes[s]! - 48;
          if (e === s + 1 && b >= 0 && b <= 5) {
            col[r] = b;
            continue;
          }
        }
        col[r] = SIPAS_NO_ANSWER;
        this.#scaleOverflow[this.#slot[i]!]!.set(r, fieldText(bytes, starts, ends, quoted, i));
        continue;
      }
      if (quoted[i] === undefined) {
        if (kind === KIND_KEY) {
          this.#keys[this.#slot[i]!]![r] = this.#keyCaches[this.#slot[i]!]!.get(bytes, s, e);
          continue;
        }
        if (kind === KIND_OTHER) {
          const slot = this.#slot[i]!;
          this.#other[slot]![r] = e === s ? null : this.#otherCaches[slot]!.get(bytes, s, e);
          continue;
        }
        if (kind === KIND_ID && this.#allNumeric) {
          const n = plainInteger(bytes, s, e);
          if (n >= 0) {
            this.#numericIds[r] = n;
            continue;
          }
          this.#toTextIds(r);
        }
      }
      const text = fieldText(bytes, starts, ends, quoted, i);
      if (kind === KIND_KEY)
        this.#keys[this.#slot[i]!]![r] = this.#dictionaries[this.#slot[i]!]!.code(text);
      else if (kind === KIND_ID) {
        if (this.#allNumeric) this.#toTextIds(r);
        this.#ids[r] = text.trim().normalize('NFC');
      } else if (kind === KIND_WEIGHT) {
        const w = cellNumber(text);
        this.#weights[r] = w.ok ? (w.value ?? null) : Number.NaN;
      } else {
        const slot = this.#slot[i]!;
        this.#other[slot]![r] = answerValue(this.#otherQuestions[slot]!, text);
      }
    }
  }

  /** Switches the batch's ids to text (rows before r become their decimal form). */
  #toTextIds(r: number): void {
    this.#allNumeric = false;
    for (let k = 0; k < r; k++) this.#ids[k] = String(this.#numericIds[k]);
  }

  /** Weight text of row r that is not a number (reported by the caller), or undefined. */
  badWeight(r: number): boolean {
    return this.#hasWeight && Number.isNaN(this.#weights[r] as number);
  }

  /** Takes the current batch as columns and starts a new one. */
  take(): SipasColumns {
    const n = this.#n;
    const answers: Record<string, Uint8Array | (string | number | null)[]> = {};
    this.#scaleIds.forEach((id, k) => {
      const codes = this.#scale[k]!.subarray(0, n);
      const overflow = this.#scaleOverflow[k]!;
      if (overflow.size === 0) {
        answers[id] = codes;
        return;
      }
      // A value other than one digit 0–5 (e.g. "4.0", " 5", "bốn"): this batch's column goes as plain values so
      // the core validates and reports it exactly as on the row path.
      const plain: (string | number | null)[] = Array.from(codes, (c) =>
        c === SIPAS_NO_ANSWER ? null : c,
      );
      for (const [r, text] of overflow) plain[r] = answerValue(this.#scaleQuestions[k]!, text);
      answers[id] = plain;
    });
    this.#otherQuestions.forEach((q, k) => {
      answers[q.id] = this.#other[k]!.slice(0, n);
    });
    const columns: Record<string, unknown> = {
      length: n,
      respondentId: this.#allNumeric ? this.#numericIds.slice(0, n) : this.#ids.slice(0, n),
      answers,
    };
    this.#keyFields.forEach((field, k) => {
      columns[field] = {
        codes: this.#keys[k]!.slice(0, n),
        values: [...this.#dictionaries[k]!.values],
      };
    });
    if (this.#hasWeight)
      columns.weight = this.#weights.slice(0, n).map((w) => (Number.isNaN(w as number) ? null : w));
    this.#reset();
    return columns as unknown as SipasColumns;
  }
}

/**
 * The value of a field that is a plain non-negative integer as the core normalises ids (no sign, no leading zero,
 * at most 15 digits), or −1.
 */
function plainInteger(bytes: Uint8Array, start: number, end: number): number {
  const length = end - start;
  if (length === 0 || length > 15 || (length > 1 && bytes[start] === 48)) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = bytes[i]! - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}
