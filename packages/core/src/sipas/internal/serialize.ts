// toJSON / fromJSON of an accumulator: tallies as sparse (offset, value) pairs, validated on the way back in.
import * as z from 'zod/mini';
import { CchcError } from '../../schema/CchcError.js';
import { parseOrThrow } from '../../schema/parse.js';
import type { Instrument } from '../instrumentSchema.js';
import type { SipasIssue } from '../types.js';
import type { AccumulatorSettings, PendingComment } from './batch.js';
import { checkTallies } from './checkTallies.js';
import { EXTRA_ROWS } from './compile.js';
import { type NormalId, normalizeId } from './ids.js';
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

/**
 * Parses a snapshot; `restore(store, settings)` fills a fresh store made with the snapshot's options and checks the
 * parts against each other (group keys, tallies, row counts, comments), so a snapshot no sequence of add / merge
 * could have made is refused with a CchcError naming the part.
 */
export function readAccumulatorJSON(json: unknown, fingerprint: string) {
  const s = parseOrThrow(AccumulatorJSONSchema, json, 'accumulator');
  if (s.instrument.fingerprint !== fingerprint)
    bad(
      'accumulator.instrument',
      `bộ phiếu ${s.instrument.id}@${s.instrument.version} đúng như khi lưu`,
      `the instrument ${s.instrument.id}@${s.instrument.version} it was saved with`,
    );
  // Ids in normal form ("42" and 42 are one respondent), each once.
  const ids = s.ids.map(normalizeId);
  const known = new Set<NormalId>(ids);
  if (known.size !== ids.length)
    bad('accumulator.ids', 'mỗi mã người trả lời một lần', 'each respondent id once');
  if (ids.length > s.rows)
    bad('accumulator.ids', `không quá ${s.rows} mã (số dòng)`, `at most ${s.rows} ids (the rows)`);
  if (s.excludedRows > s.rows)
    bad(
      'accumulator.excludedRows',
      `không quá ${s.rows} (số dòng)`,
      `at most ${s.rows} (the rows)`,
    );
  return {
    options: s.options,
    ids,
    issues: s.issues as unknown as SipasIssue[],
    comments: s.comments.map((c) => ({ ...c, group: c.group + 1 })),
    rows: s.rows,
    excludedRows: s.excludedRows,
    excludedAnswers: s.excludedAnswers,
    restore(store: TallyStore, settings: AccumulatorSettings): void {
      s.groups.forEach((key, i) => {
        if (key.length !== settings.by.length)
          bad(
            `accumulator.groups[${i}]`,
            `${settings.by.length} giá trị (options.by)`,
            `${settings.by.length} values (options.by)`,
          );
        store.groupOf(key);
      });
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
        let previous = -1;
        for (let i = 0; i < pairs.length; i += 2) {
          const at = pairs[i]!;
          if (at >= size) bad(path, `vị trí < ${size}`, `offsets < ${size}`);
          if (at <= previous)
            bad(path, 'vị trí tăng dần, không lặp lại', 'offsets in increasing order, each once');
          previous = at;
          store.setGroupEntry(kind, Math.floor(at / length) + 1, at % length, pairs[i + 1]!);
        }
      };
      fill('counts', s.tallies.counts, 'accumulator.tallies.counts');
      fill('weights', s.tallies.weights, 'accumulator.tallies.weights');
      fill('squares', s.tallies.squares, 'accumulator.tallies.squares');
      checkTallies(store);
      checkCounted(store, s.rows - s.excludedRows, ids.length);
      checkComments(store, settings, s.comments, known);
    },
  };
}

/**
 * Every counted respondent is a row that was not excluded, and has an id. (At most: `rows` also counts responses
 * that `add` rejected with onInvalid 'throw', which keep their row number but are neither excluded nor counted.)
 */
function checkCounted(store: TallyStore, counted: number, ids: number): void {
  const x = store.compiled.extras + EXTRA_ROWS;
  const v = new Float64Array(store.stride);
  let respondents = 0;
  for (let g = 1; g < store.size; g++)
    for (let b = 0; b < store.buckets; b++)
      respondents += store.bucketVector('counts', g, b, v)[x]!;
  if (respondents > counted)
    bad(
      'accumulator.tallies.counts',
      `không quá ${counted} người được tính (rows − excludedRows), không phải ${respondents}`,
      `at most ${counted} counted respondents (rows − excludedRows), not ${respondents}`,
    );
  if (respondents > ids)
    bad(
      'accumulator.ids',
      `ít nhất ${respondents} mã (mỗi người được tính một mã)`,
      `at least ${respondents} ids (one per counted respondent)`,
    );
}

/** Each comment answers a free-text question of its element, from a known respondent, kept only when asked for. */
function checkComments(
  store: TallyStore,
  settings: AccumulatorSettings,
  comments: readonly { group: number; element: number; respondentId: string; question: string }[],
  known: ReadonlySet<NormalId>,
): void {
  const { compiled } = store;
  const groups = store.size - 1;
  comments.forEach((c, i) => {
    const path = `accumulator.comments[${i}]`;
    if (!settings.comments)
      bad(
        path,
        'không có ý kiến (options.comments: false)',
        'no comments (options.comments: false)',
      );
    if (c.group >= groups) bad(`${path}.group`, 'nhóm có trong groups', 'a group listed in groups');
    const element = compiled.elements[c.element];
    if (element === undefined)
      bad(
        `${path}.element`,
        `số thứ tự một yếu tố của bộ phiếu (0–${compiled.elements.length - 1})`,
        `the index of one of the instrument's elements (0–${compiled.elements.length - 1})`,
      );
    const qi = compiled.byId.get(c.question);
    if (qi === undefined || !element.freeText.includes(qi))
      bad(
        `${path}.question`,
        `một câu hỏi tự luận của yếu tố ${element.id}`,
        `a free-text question of element ${element.id}`,
      );
    if (!known.has(normalizeId(c.respondentId)))
      bad(`${path}.respondentId`, 'một mã có trong ids', 'an id listed in ids');
  });
}
