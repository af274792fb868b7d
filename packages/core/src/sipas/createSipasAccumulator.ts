import type { Instrument, InstrumentInput } from './instrumentSchema.js';
import { throwInvalid, throwMerge } from './internal/accumulatorErrors.js';
import type { AccumulatorSettings, PendingBatch, PendingComment } from './internal/batch.js';
import { type CompiledInstrument, compileInstrument } from './internal/compile.js';
import { estimateGroup } from './internal/estimate.js';
import { IdRegistry } from './internal/ids.js';
import { duplicateRespondent } from './internal/issues.js';
import { prepareColumns } from './internal/prepareColumns.js';
import { prepareRow } from './internal/prepareRow.js';
import { RowBuffer } from './internal/rowBuffer.js';
import {
  type AccumulatorJSON,
  readAccumulatorJSON,
  writeAccumulatorJSON,
} from './internal/serialize.js';
import { TallyStore } from './internal/store.js';
import { parseSipasOptions, type SipasOptions } from './options.js';
import { parseInstrument } from './parseInstrument.js';
import type { SipasColumns } from './responseSchema.js';
import type { SipasComment, SipasGroupResult, SipasIssue, SipasResult } from './types.js';

export type { AccumulatorJSON as SipasAccumulatorJSON } from './internal/serialize.js';

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A mergeable SIPAS accumulator (bộ cộng dồn): tallies per group and resampling bucket, exact under merge.
 * Create one with {@link createSipasAccumulator}.
 */
export class SipasAccumulator {
  /** The instrument (parsed and frozen). */
  readonly instrument: Instrument;
  /** The parsed settings. */
  readonly settings: AccumulatorSettings;
  readonly #compiled: CompiledInstrument;
  readonly #store: TallyStore;
  readonly #ids = new IdRegistry();
  readonly #buffer: RowBuffer;
  readonly #issues: SipasIssue[] = [];
  readonly #comments: PendingComment[] = [];
  #rows = 0;
  #excludedRows = 0;
  #excludedAnswers = 0;

  /** @internal Use {@link createSipasAccumulator}. */
  constructor(instrument: Instrument, settings: AccumulatorSettings) {
    this.instrument = instrument;
    this.settings = settings;
    this.#compiled = compileInstrument(instrument);
    this.#store = new TallyStore(this.#compiled, settings.bootstrapGroups, settings.weighted);
    this.#buffer = new RowBuffer(this.#compiled, settings.weighted);
  }

  /** Rows received so far (valid or not). */
  get rows(): number {
    return this.#rows;
  }

  /**
   * Adds one response. Invalid answers throw a {@link CchcError} (nothing is added) or, with
   * `onInvalid: 'exclude'`, are dropped and reported in `result().invalid`.
   */
  add(response: unknown): this {
    const row = ++this.#rows;
    this.#ids.mark();
    const p = prepareRow(this.#compiled, this.settings, this.#ids, response, row);
    if (p.issues.length > 0 && this.settings.onInvalid === 'throw') {
      this.#ids.rollback();
      throwInvalid(p.issues);
    }
    const group = p.excluded ? 0 : this.#store.groupOf(p.key);
    for (const issue of p.issues) this.#issues.push(issue);
    if (p.excluded) this.#excludedRows++;
    this.#excludedAnswers += p.excludedAnswers;
    for (const c of p.comments) this.#comments.push({ ...c, group });
    this.#buffer.append(group, p);
    if (this.#buffer.full) this.#flush();
    return this;
  }

  /** Adds a columnar batch (validated once for the whole batch; the fast path). */
  addColumns(columns: SipasColumns): this {
    this.#ids.mark();
    let p: PendingBatch;
    try {
      p = prepareColumns(this.#compiled, this.settings, this.#ids, columns, this.#rows);
    } catch (error) {
      this.#ids.rollback();
      throw error;
    }
    if (p.issues.length > 0 && this.settings.onInvalid === 'throw') {
      this.#ids.rollback();
      throwInvalid(p.issues);
    }
    this.#rows += p.n;
    this.#store.reserve(this.#store.size + p.groupKeys.length);
    const groupMap = p.groupKeys.map((k) => this.#store.groupOf(k));
    // Local groups become store groups in place (the batch's array is ours): one 4 MB array less per million.
    const group = p.localGroup;
    const map = Int32Array.from(groupMap);
    for (let i = 0; i < p.n; i++) {
      const g = group[i]!;
      group[i] = g < 0 ? 0 : map[g]!;
    }
    this.#commitSide(p, groupMap);
    this.#store.tally({
      n: p.n,
      group,
      bucket: p.bucket,
      wq: p.wq,
      wq2: p.wq2,
      scale: p.scale,
      companion: p.companion,
    });
    return this;
  }

  #commitSide(p: PendingBatch, groupMap: readonly number[]): void {
    for (const issue of p.issues) this.#issues.push(issue);
    this.#excludedRows += p.excludedRows;
    this.#excludedAnswers += p.excludedAnswers;
    for (const c of p.comments) this.#comments.push({ ...c, group: groupMap[c.group]! });
  }

  #flush(): void {
    if (this.#buffer.n > 0) this.#store.tally(this.#buffer.take());
  }

  /**
   * Adds another accumulator's responses (same instrument and options) into this one; `other` is left as it was.
   * Merging is exact, associative and commutative on the results, with an empty accumulator as identity.
   *
   * Refused with a {@link CchcError}, leaving this accumulator unchanged:
   * - `other` is not an accumulator, or has another instrument version or other options;
   * - `other` is this very accumulator (`a.merge(a)`): every response would be counted twice. This holds even when
   *   nothing is counted yet, so the outcome never depends on what the accumulator holds;
   * - a respondent id is present in both: its answers are already inside both tallies and cannot be taken out.
   *
   * Rows that could not be read at all carry no respondent id, so they cannot be recognised in two shards: each
   * shard's rows, excluded rows and issues are added as they are.
   *
   * @param other - Another accumulator (a shard) made with the same instrument and options.
   * @returns This accumulator.
   * @example
   * a.merge(b).result() // the result of a's and b's responses together
   */
  merge(other: SipasAccumulator): this {
    if (other === this) throwMerge('itself');
    if (
      !(other instanceof SipasAccumulator) ||
      other.#compiled.fingerprint !== this.#compiled.fingerprint ||
      JSON.stringify(other.settings) !== JSON.stringify(this.settings)
    )
      throwMerge('incompatible');
    const duplicates: SipasIssue[] = this.#ids
      .shared(other.#ids)
      .map((id) =>
        duplicateRespondent(
          String(id),
          other.#ids.firstRow(id) ?? 0,
          this.#ids.firstRow(id) || undefined,
        ),
      );
    if (duplicates.length > 0) throwInvalid(duplicates);
    this.#flush();
    other.#flush();
    this.#store.mergeFrom(other.#store);
    this.#ids.addAll(other.#ids);
    for (const issue of other.#issues) this.#issues.push(issue);
    for (const c of other.#comments)
      this.#comments.push({ ...c, group: this.#store.groupOf(other.#store.keys[c.group]!) });
    this.#rows += other.#rows;
    this.#excludedRows += other.#excludedRows;
    this.#excludedAnswers += other.#excludedAnswers;
    return this;
  }

  /** The indices of every group so far (groups sorted by key). The accumulator can keep receiving data. */
  result(): SipasResult {
    this.#flush();
    const store = this.#store;
    // Without grouping there is always one group, even before any response (its indices are then null).
    if (this.settings.by.length === 0) store.groupOf([]);
    store.assertExact();
    const byGroup = new Map<number, PendingComment[]>();
    for (const c of this.#comments) {
      const list = byGroup.get(c.group) ?? [];
      list.push(c);
      byGroup.set(c.group, list);
    }
    const groups: SipasGroupResult[] = [];
    const order = Array.from({ length: store.size - 1 }, (_, i) => i + 1).sort((a, b) => {
      const ka = store.keys[a]!;
      const kb = store.keys[b]!;
      for (let i = 0; i < ka.length; i++) {
        const c = compare(ka[i]!, kb[i]!);
        if (c !== 0) return c;
      }
      return 0;
    });
    let respondents = 0;
    for (const g of order) {
      const estimate = estimateGroup(store, g, this.settings);
      respondents += estimate.n;
      groups.push({ ...estimate, comments: this.#groupComments(byGroup.get(g) ?? []) });
    }
    const { instrument, settings } = this;
    return {
      instrument: { id: instrument.id, version: instrument.version, verified: instrument.verified },
      method: settings.method,
      weighted: settings.weighted,
      by: settings.by,
      seed: settings.seed,
      bootstrap: { replicates: settings.bootstrap, groups: settings.bootstrapGroups },
      structure: this.#compiled.scoredElements.map((e) => {
        const element = this.#compiled.elements[e]!;
        const criteria = element.counted.map(
          (k) => this.#compiled.questions[this.#compiled.scaleQuestions[k]!]!.id,
        );
        return { element: element.id, criteria };
      }),
      notes: instrument.verified
        ? []
        : [
            {
              vi: `Bộ phiếu "${instrument.id}" chưa được đối chiếu đầy đủ với văn bản gốc (verified: false).`,
              en: `Instrument "${instrument.id}" is not fully checked against its source (verified: false).`,
            },
          ],
      groups,
      respondents,
      invalid: {
        issues: [...this.#issues],
        excludedRows: this.#excludedRows,
        excludedAnswers: this.#excludedAnswers,
      },
    };
  }

  #groupComments(list: readonly PendingComment[]): Record<string, SipasComment[]> {
    // A Map, not a `{}`: an element id such as `toString` must not find an inherited property.
    const out = new Map<string, SipasComment[]>();
    const sorted = [...list].sort(
      (a, b) =>
        a.element - b.element ||
        compare(a.respondentId, b.respondentId) ||
        compare(a.question, b.question) ||
        compare(a.text, b.text),
    );
    for (const c of sorted) {
      const id = this.#compiled.elements[c.element]!.id;
      const list = out.get(id) ?? [];
      list.push({ respondentId: c.respondentId, question: c.question, text: c.text });
      out.set(id, list);
    }
    return Object.fromEntries(out);
  }

  /** A JSON-safe snapshot (tallies, ids, issues, comments) to store or send to another worker. */
  toJSON(): AccumulatorJSON {
    this.#flush();
    return writeAccumulatorJSON({
      fingerprint: this.#compiled.fingerprint,
      instrument: this.instrument,
      settings: this.settings,
      store: this.#store,
      ids: [...this.#ids.ids()],
      issues: this.#issues,
      comments: this.#comments,
      rows: this.#rows,
      excludedRows: this.#excludedRows,
      excludedAnswers: this.#excludedAnswers,
    });
  }

  /**
   * Restores an accumulator saved with `toJSON()`; the instrument must be the same version.
   *
   * The parts of the snapshot are checked against each other, not only one by one: tallies that contradict each
   * other (answer slots that do not add up to the respondents, weight sums or squared-weight sums impossible for
   * the counts beside them), more counted respondents than `rows − excludedRows` or than ids, repeated ids, and
   * comments that name an element, question, group or respondent the snapshot does not have.
   *
   * @param instrument - The instrument the snapshot was made with.
   * @param json - A value from `toJSON()` (possibly through JSON text).
   * @returns An accumulator that continues where the saved one stopped.
   * @throws {@link CchcError} when the snapshot is malformed, contradicts itself (the issue names the part, e.g.
   *   `accumulator.tallies.squares` or `accumulator.comments[0].element`) or was made with another instrument.
   * @example
   * const copy = SipasAccumulator.fromJSON(inst, JSON.parse(JSON.stringify(acc)))
   */
  static fromJSON(instrument: Instrument | InstrumentInput, json: unknown): SipasAccumulator {
    const parsed = parseInstrument(instrument);
    const compiled = compileInstrument(parsed);
    const snapshot = readAccumulatorJSON(json, compiled.fingerprint);
    const acc = new SipasAccumulator(parsed, parseSipasOptions(parsed, snapshot.options));
    snapshot.restore(acc.#store, acc.settings);
    for (const id of snapshot.ids) acc.#ids.checkAndAdd(id, 0);
    acc.#issues.push(...snapshot.issues);
    acc.#comments.push(...snapshot.comments);
    acc.#rows = snapshot.rows;
    acc.#excludedRows = snapshot.excludedRows;
    acc.#excludedAnswers = snapshot.excludedAnswers;
    return acc;
  }
}

/**
 * Creates a mergeable accumulator for the satisfaction index (bộ cộng dồn chỉ số hài lòng): add responses one by one
 * (`add`) or in columnar batches (`addColumns`), in any order, in shards or workers; `merge` shards; `result()`
 * gives exactly what {@link scoreSipas} gives for all the responses at once (scoreSipas is built on it).
 *
 * State is flat tallies per (group, resampling bucket, answer code), so merging is exact and cheap, and
 * `toJSON()` / `SipasAccumulator.fromJSON()` move it between processes.
 *
 * @param instrument - A shipped or parsed instrument (e.g. `getInstrument('sipas-2017')`).
 * @param options - See {@link SipasOptionsSchema}; every shard must use the same options.
 * @returns An empty accumulator.
 * @example
 * const a = createSipasAccumulator(getInstrument('sipas-2017'), { by: ['unitCode'] })
 * const b = createSipasAccumulator(getInstrument('sipas-2017'), { by: ['unitCode'] })
 * shard1.forEach((r) => a.add(r)); shard2.forEach((r) => b.add(r))
 * a.merge(b).result().groups[0].overall.index
 */
export function createSipasAccumulator(
  instrument: Instrument | InstrumentInput,
  options?: SipasOptions,
): SipasAccumulator {
  const parsed = parseInstrument(instrument);
  return new SipasAccumulator(parsed, parseSipasOptions(parsed, options));
}
