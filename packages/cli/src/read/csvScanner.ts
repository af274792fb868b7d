// A byte-level CSV scanner (RFC 4180: quoted fields, "" escapes, CRLF or LF) for the hot path: it hands over field
// boundaries in the file's bytes, so numeric answers never become strings. csv-parse stays the reader for everything
// else; csvScanner.test.ts checks that both split every generated file identically.

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/** Receives records from {@link CsvScanner}. */
export interface CsvRecordSink {
  /**
   * One record. Field `i` is `bytes[starts[i] … ends[i])`, unless `quoted[i]` holds its unescaped text.
   * `row` is the spreadsheet row (records and blank lines counted, header = 1).
   */
  record(
    row: number,
    count: number,
    bytes: Uint8Array,
    starts: Int32Array,
    ends: Int32Array,
    quoted: (string | undefined)[],
  ): void;
}

const decoder = new TextDecoder('utf-8');

/**
 * Incremental CSV scanner: `push(chunk)` as bytes arrive, `end()` at the end; records go to the sink.
 *
 * @example
 * const s = new CsvScanner(',', sink); s.push(bytes); s.end();
 */
export class CsvScanner {
  readonly #delimiter: number;
  readonly #sink: CsvRecordSink;
  #starts = new Int32Array(64);
  #ends = new Int32Array(64);
  #quoted: (string | undefined)[] = [];
  #carry: Uint8Array | undefined;
  #row = 0;
  #first = true;

  constructor(delimiter: string, sink: CsvRecordSink) {
    this.#delimiter = delimiter.charCodeAt(0);
    this.#sink = sink;
  }

  /** Scans a chunk; an unfinished last record waits for the next chunk. */
  push(chunk: Uint8Array): void {
    let bytes = chunk;
    if (this.#carry !== undefined) {
      bytes = Buffer.concat([this.#carry, chunk]);
      this.#carry = undefined;
    }
    let p = 0;
    if (this.#first && bytes.length >= 3) {
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) p = 3;
      this.#first = false;
    } else if (this.#first) {
      this.#carry = bytes;
      return;
    }
    const consumed = this.#scan(bytes, p, false);
    if (consumed < bytes.length) this.#carry = Buffer.from(bytes.subarray(consumed));
  }

  /** Flushes the last record (a file need not end with a newline). */
  end(): void {
    const bytes = this.#carry;
    this.#carry = undefined;
    if (bytes === undefined || bytes.length === 0) return;
    let p = 0;
    if (this.#first && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) p = 3;
    this.#first = false;
    this.#scan(bytes, p, true);
  }

  /** Scans whole records from p; returns where the first unfinished record starts. */
  #scan(bytes: Uint8Array, from: number, final: boolean): number {
    const n = bytes.length;
    const d = this.#delimiter;
    let p = from;
    while (p < n) {
      const recordStart = p;
      // Blank line (LF, CRLF or CR alone).
      const c0 = bytes[p]!;
      if (c0 === LF || c0 === CR) {
        if (c0 === CR) {
          if (p + 1 >= n && !final) return recordStart;
          p += bytes[p + 1] === LF ? 2 : 1;
        } else p++;
        this.#row++;
        continue;
      }
      let count = 0;
      let complete = false;
      for (;;) {
        if (count === this.#starts.length) this.#grow();
        if (p < n && bytes[p] === QUOTE) {
          // Quoted field: find the closing quote, unescaping "".
          let q = p + 1;
          let text = '';
          let segment = q;
          let closed = false;
          while (q < n) {
            const c = bytes[q]!;
            if (c === QUOTE) {
              if (q + 1 < n && bytes[q + 1] === QUOTE) {
                text += decoder.decode(bytes.subarray(segment, q + 1));
                q += 2;
                segment = q;
                continue;
              }
              if (q + 1 >= n && !final) break;
              text += decoder.decode(bytes.subarray(segment, q));
              q++;
              closed = true;
              break;
            }
            q++;
          }
          if (!closed) {
            if (!final) return recordStart;
            text += decoder.decode(bytes.subarray(segment, n));
            q = n;
          }
          // Anything between the closing quote and the delimiter is kept, as csv-parse would reject it.
          let e = q;
          while (e < n && bytes[e] !== d && bytes[e] !== LF && bytes[e] !== CR) e++;
          if (e > q) text += decoder.decode(bytes.subarray(q, e));
          this.#starts[count] = p;
          this.#ends[count] = e;
          this.#quoted[count] = text;
          p = e;
        } else {
          let e = p;
          while (e < n) {
            const c = bytes[e]!;
            if (c === d || c === LF || c === CR) break;
            e++;
          }
          this.#starts[count] = p;
          this.#ends[count] = e;
          this.#quoted[count] = undefined;
          p = e;
        }
        count++;
        if (p >= n) {
          if (!final) return recordStart;
          complete = true;
          break;
        }
        const c = bytes[p]!;
        if (c === d) {
          p++;
          if (p >= n && !final) return recordStart;
          continue;
        }
        // End of line.
        if (c === CR) {
          if (p + 1 >= n && !final) return recordStart;
          p += bytes[p + 1] === LF ? 2 : 1;
        } else p++;
        complete = true;
        break;
      }
      if (complete) {
        this.#row++;
        this.#sink.record(this.#row, count, bytes, this.#starts, this.#ends, this.#quoted);
      }
    }
    return p;
  }

  #grow(): void {
    const starts = new Int32Array(this.#starts.length * 2);
    starts.set(this.#starts);
    const ends = new Int32Array(this.#ends.length * 2);
    ends.set(this.#ends);
    this.#starts = starts;
    this.#ends = ends;
  }
}

/** The text of field i of a record. */
export function fieldText(
  bytes: Uint8Array,
  starts: Int32Array,
  ends: Int32Array,
  quoted: (string | undefined)[],
  i: number,
): string {
  const q = quoted[i];
  if (q !== undefined) return q;
  return Buffer.isBuffer(bytes)
    ? bytes.toString('utf8', starts[i]!, ends[i]!)
    : decoder.decode(bytes.subarray(starts[i]!, ends[i]!));
}
