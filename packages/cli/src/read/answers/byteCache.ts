// Caches what a short field's bytes convert to (a dictionary code, a yes/no answer), so repeated values — the same
// unit code or "yes" on a million rows — are decoded and converted once, not once per row.

const MAX_BYTES = 64;
const MAX_ENTRIES = 4096;

/** A bytes → value cache for one column; falls back to `convert` for long fields or once full. */
export class ByteCache<T> {
  readonly #convert: (text: string) => T;
  readonly #buckets = new Map<number, { bytes: Uint8Array; value: T }[]>();
  #size = 0;

  constructor(convert: (text: string) => T) {
    this.#convert = convert;
  }

  /** The value of `bytes[start … end)` (decoded as UTF-8 the first time it is seen). */
  get(bytes: Uint8Array, start: number, end: number): T {
    const length = end - start;
    if (length > MAX_BYTES) return this.#convert(decode(bytes, start, end));
    let hash = 0x811c9dc5 ^ length;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
    const bucket = this.#buckets.get(hash);
    if (bucket !== undefined)
      outer: for (const entry of bucket) {
        const b = entry.bytes;
        if (b.length !== length) continue;
        for (let i = 0; i < length; i++) if (b[i] !== bytes[start + i]) continue outer;
        return entry.value;
      }
    const value = this.#convert(decode(bytes, start, end));
    if (this.#size < MAX_ENTRIES) {
      const entry = { bytes: bytes.slice(start, end), value };
      if (bucket === undefined) this.#buckets.set(hash, [entry]);
      else bucket.push(entry);
      this.#size++;
    }
    return value;
  }
}

const decoder = new TextDecoder('utf-8');

/** UTF-8 text of a byte range (Buffer's native slice when the bytes are a Buffer). */
export function decode(bytes: Uint8Array, start: number, end: number): string {
  return Buffer.isBuffer(bytes)
    ? bytes.toString('utf8', start, end)
    : decoder.decode(bytes.subarray(start, end));
}
