// The one-response path: check a response, then lay it out as a one-row pending batch, so single responses and
// columnar batches meet the same commit and the same tally loop.
import type { SipasIssue } from '../types.js';
import type { AccumulatorSettings, PendingComment } from './batch.js';
import { quantizeWeight } from './batch.js';
import { checkRow } from './checkRow.js';
import { type CompiledInstrument, SLOT_NONE, SLOT_SKIPPED } from './compile.js';
import { bucketOf, type IdRegistry, normalizeId } from './ids.js';
import { sortIssues } from './issueOrder.js';
import { duplicateRespondent } from './issues.js';

/** One checked response, laid out for the row buffer. */
export interface PreparedRow {
  readonly issues: SipasIssue[];
  /** The whole row is left out (bad shape, duplicate id, missing weight). */
  readonly excluded: boolean;
  /** Answers left out (issues about single answers of a kept row). */
  readonly excludedAnswers: number;
  readonly key: string[];
  readonly bucket: number;
  readonly wq: number;
  readonly wq2: number;
  /** Code per scale question (0–5, 6 skipped, 7 blank). */
  readonly codes: Uint8Array;
  /** Value per companion (NaN = none). */
  readonly companion: Float64Array;
  /** Comments (group 0 = the row's group, set on commit). */
  readonly comments: PendingComment[];
}

const ROW_LEVEL = new Set(['invalid-row', 'missing-weight', 'duplicate-respondent']);

/** Checks one response and lays it out as one row (row numbers are 1-based). */
export function prepareRow(
  compiled: CompiledInstrument,
  settings: AccumulatorSettings,
  ids: IdRegistry,
  input: unknown,
  row: number,
): PreparedRow {
  const checked = checkRow(compiled, input, row, settings.weighted);
  const { response, values, asked } = checked;
  let issues: SipasIssue[] = checked.issues;
  let excluded = checked.rowInvalid;
  const id = response ? normalizeId(response.respondentId) : null;
  if (id !== null && response) {
    const first = ids.checkAndAdd(id, row, true);
    if (first !== undefined) {
      excluded = true;
      issues = [duplicateRespondent(response.respondentId, row, first > 0 ? first : undefined)];
    }
  }
  if (issues.length > 1) sortIssues(compiled, issues);
  if (excluded) issues = issues.filter((i) => ROW_LEVEL.has(i.kind));
  const codes = new Uint8Array(compiled.scaleQuestions.length);
  compiled.scaleQuestions.forEach((qi, k) => {
    const v = values[qi];
    codes[k] = !asked[qi] ? SLOT_SKIPPED : typeof v === 'number' ? v : SLOT_NONE;
  });
  const companion = new Float64Array(compiled.companions.length).fill(Number.NaN);
  compiled.companions.forEach((c, ci) => {
    const v = values[c.question];
    if (c.statistic === 'mean' && typeof v === 'number') companion[ci] = v;
  });
  const key = settings.by.map((field) => {
    if (!response) return '';
    const qi = compiled.byId.get(field);
    if (qi !== undefined) {
      const v = values[qi];
      return typeof v === 'string' || typeof v === 'number' ? String(v) : '';
    }
    const v = response[field as 'unitCode'];
    return typeof v === 'string' ? v : '';
  });
  const comments: PendingComment[] = [];
  if (settings.comments && response && !excluded) {
    for (const element of compiled.elements)
      for (const qi of element.freeText) {
        const v = values[qi];
        if (typeof v === 'string') {
          const question = compiled.questions[qi]!;
          comments.push({
            group: 0,
            element: question.element,
            respondentId: response.respondentId,
            question: question.id,
            text: v,
          });
        }
      }
  }
  const [wq, wq2] =
    settings.weighted && response?.weight !== undefined ? quantizeWeight(response.weight) : [0, 0];
  return {
    issues,
    excluded,
    excludedAnswers: excluded ? 0 : issues.length,
    key,
    bucket: id === null ? 0 : bucketOf(id, settings.seed, settings.bootstrapGroups),
    wq,
    wq2,
    codes,
    companion,
    comments,
  };
}
