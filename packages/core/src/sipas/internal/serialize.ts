// toJSON / fromJSON of an accumulator: tallies as sparse (offset, value) pairs, validated on the way back in.
import * as z from 'zod/mini';
import { CchcError } from '../../schema/CchcError.js';
import { parseOrThrow } from '../../schema/parse.js';
import type { Instrument } from '../instrumentSchema.js';
import type { SipasIssue } from '../types.js';
import type { AccumulatorSettings, PendingComment } from './batch.js';
import type { NormalId } from './ids.js';
import type { TallyKind, TallyStore } from './store.js';

const FORMAT = 'cchc-sipas-accumulator';

const IssueSchema = z.looseObject({
  kind: z.enum([
    'invalid-row',
    'unknown-question',
    'out-of-scale',
    'skipped-question',
    'duplicate-respondent',
    'missing-weight',
  ]),
  path: z.string(),
  row: z.optional(z.int()),
  expected: z.strictObject({ vi: z.string(), en: z.string() }),
  message: z.strictObject({ vi: z.string(), en: z.string() }),
});

const count = z.int().check(z.minimum(0));

const AccumulatorJSONSchema = z.strictObject({
  format: z.literal(FORMAT),
  version: z.literal(1),
  instrument: z.strictObject({ id: z.string(), version: z.string(), fingerprint: z.string() }),
  options: z.record(z.string(), z.unknown()),
  groups: z.array(z.array(z.string())),
  tallies: z.strictObject({
    counts: z.array(count),
    weights: z.optional(z.array(count)),
    squares: z.optional(z.array(count)),
  }),
  ids: z.array(z.union([z.string(), count])),
  issues: z.array(IssueSchema),
  comments: z.array(
    z.strictObject({
      group: count,
      element: count,
      respondentId: z.string(),
      question: z.string(),
      text: z.string(),
    }),
  ),
  rows: count,
  excludedRows: count,
  excludedAnswers: count,
});

/** The JSON form of an accumulator (see `SipasAccumulator.toJSON`). */
export type AccumulatorJSON = z.infer<typeof AccumulatorJSONSchema>;

/** A kind of tally of every real group, as (offset, value) pairs of its non-zero entries. */
function sparse(store: TallyStore, kind: TallyKind): number[] {
  const out: number[] = [];
  const length = store.buckets * store.stride;
  for (let g = 1; g < store.size; g++) {
    const v = store.groupVector(kind, g);
    for (let j = 0; j < length; j++) if (v[j] !== 0) out.push((g - 1) * length + j, v[j]!);
  }
  return out;
}

export function writeAccumulatorJSON(state: {
  fingerprint: string;
  instrument: Instrument;
  settings: AccumulatorSettings;
  store: TallyStore;
  ids: NormalId[];
  issues: readonly SipasIssue[];
  comments: readonly PendingComment[];
  rows: number;
  excludedRows: number;
  excludedAnswers: number;
}): AccumulatorJSON {
  const { store } = state;
  return {
    format: FORMAT,
    version: 1,
    instrument: {
      id: state.instrument.id,
      version: state.instrument.version,
      fingerprint: state.fingerprint,
    },
    options: JSON.parse(JSON.stringify(state.settings)) as Record<string, unknown>,
    groups: store.keys.slice(1),
    tallies: {
      counts: sparse(store, 'counts'),
      ...(store.weighted
        ? { weights: sparse(store, 'weights'), squares: sparse(store, 'squares') }
        : {}),
    },
    ids: state.ids,
    issues: JSON.parse(JSON.stringify(state.issues)) as AccumulatorJSON['issues'],
    comments: state.comments.filter((c) => c.group > 0).map((c) => ({ ...c, group: c.group - 1 })),
    rows: state.rows,
    excludedRows: state.excludedRows,
    excludedAnswers: state.excludedAnswers,
  };
}

function bad(path: string, vi: string, en: string): never {
  throw new CchcError('invalid-input', [
    {
      path,
      expected: { vi, en },
      message: { vi: `${path}: cần ${vi}`, en: `${path}: expected ${en}` },
    },
  ]);
}

/** Parses a snapshot; `restore(store)` fills a fresh store made with the snapshot's options. */
export function readAccumulatorJSON(json: unknown, fingerprint: string) {
  const s = parseOrThrow(AccumulatorJSONSchema, json, 'accumulator');
  if (s.instrument.fingerprint !== fingerprint)
    bad(
      'accumulator.instrument',
      `bộ phiếu ${s.instrument.id}@${s.instrument.version} đúng như khi lưu`,
      `the instrument ${s.instrument.id}@${s.instrument.version} it was saved with`,
    );
  return {
    options: s.options,
    ids: s.ids.map((id): NormalId => id),
    issues: s.issues as unknown as SipasIssue[],
    comments: s.comments.map((c) => ({ ...c, group: c.group + 1 })),
    rows: s.rows,
    excludedRows: s.excludedRows,
    excludedAnswers: s.excludedAnswers,
    restore(store: TallyStore): void {
      for (const key of s.groups) store.groupOf(key);
      if (store.size !== s.groups.length + 1)
        bad('accumulator.groups', 'các khóa nhóm không trùng nhau', 'distinct group keys');
      const length = store.buckets * store.stride;
      const size = s.groups.length * length;
      const fill = (kind: TallyKind, pairs: number[] | undefined, path: string) => {
        if (!store.weighted && kind !== 'counts') {
          if (pairs !== undefined)
            bad(path, 'không có (tính không trọng số)', 'absent (unweighted)');
          return;
        }
        if (pairs === undefined || pairs.length % 2 !== 0)
          bad(path, 'các cặp (vị trí, giá trị)', '(offset, value) pairs');
        for (let i = 0; i < pairs.length; i += 2) {
          const at = pairs[i]!;
          if (at >= size) bad(path, `vị trí < ${size}`, `offsets < ${size}`);
          store.setGroupEntry(kind, Math.floor(at / length) + 1, at % length, pairs[i + 1]!);
        }
      };
      fill('counts', s.tallies.counts, 'accumulator.tallies.counts');
      fill('weights', s.tallies.weights, 'accumulator.tallies.weights');
      fill('squares', s.tallies.squares, 'accumulator.tallies.squares');
      for (const c of s.comments)
        if (c.group >= s.groups.length)
          bad('accumulator.comments', 'nhóm có trong groups', 'a group listed in groups');
    },
  };
}
