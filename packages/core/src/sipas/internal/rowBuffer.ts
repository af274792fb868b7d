// Single responses are gathered here and tallied a few thousand at a time, through the same loop as batches.
import type { CompiledInstrument } from './compile.js';
import type { PreparedRow } from './prepareRow.js';
import type { PreparedBatch } from './store.js';

const CAPACITY = 4096;

export class RowBuffer {
  n = 0;
  readonly group = new Int32Array(CAPACITY);
  readonly bucket = new Uint8Array(CAPACITY);
  readonly wq: Float64Array | null;
  readonly wq2: Float64Array | null;
  readonly scale: Uint8Array[];
  readonly companion: (Float64Array | null)[];

  constructor(compiled: CompiledInstrument, weighted: boolean) {
    this.wq = weighted ? new Float64Array(CAPACITY) : null;
    this.wq2 = weighted ? new Float64Array(CAPACITY) : null;
    this.scale = compiled.scaleQuestions.map(() => new Uint8Array(CAPACITY));
    this.companion = compiled.companions.map((c) =>
      c.statistic === 'mean' ? new Float64Array(CAPACITY) : null,
    );
  }

  get full(): boolean {
    return this.n === CAPACITY;
  }

  /** Appends one prepared response, in store group `group`. */
  append(group: number, row: PreparedRow): void {
    const i = this.n++;
    this.group[i] = group;
    this.bucket[i] = row.bucket;
    if (this.wq && this.wq2) {
      this.wq[i] = row.wq;
      this.wq2[i] = row.wq2;
    }
    for (let k = 0; k < this.scale.length; k++) this.scale[k]![i] = row.codes[k]!;
    for (let c = 0; c < this.companion.length; c++) {
      const col = this.companion[c];
      if (col) col[i] = row.companion[c]!;
    }
  }

  /** The buffered rows as a batch (views), then empties the buffer. */
  take(): PreparedBatch {
    const n = this.n;
    this.n = 0;
    return {
      n,
      group: this.group.subarray(0, n),
      bucket: this.bucket.subarray(0, n),
      wq: this.wq ? this.wq.subarray(0, n) : null,
      wq2: this.wq2 ? this.wq2.subarray(0, n) : null,
      scale: this.scale.map((c) => c.subarray(0, n)),
      companion: this.companion.map((c) => (c ? c.subarray(0, n) : null)),
    };
  }
}
