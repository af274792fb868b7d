// The one-response path: check a response, then lay it out as a one-row pending batch, so single responses and
// columnar batches meet the same commit and the same tally loop.
import type { SipasIssue } from '../types.js';
import type { AccumulatorSettings, PendingBatch, PendingComment } from './batch.js';
import { quantizeWeight } from './batch.js';
import { checkRow } from './checkRow.js';
import { type CompiledInstrument, SLOT_NONE, SLOT_SKIPPED } from './compile.js';
import { bucketOf, type IdRegistry, normalizeId } from './ids.js';
import { sortIssues } from './issueOrder.js';
import { duplicateRespondent } from './issues.js';

/** Checks one response and lays it out as a one-row batch (row numbers are 1-based). */
export function prepareRow(
  compiled: CompiledInstrument,
  settings: AccumulatorSettings,
  ids: IdRegistry,
  input: unknown,
  row: number,
): PendingBatch {
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
  sortIssues(compiled, issues);
  if (excluded)
    issues = issues.filter(
      (i) =>
        i.kind === 'invalid-row' ||
        i.kind === 'missing-weight' ||
        i.kind === 'duplicate-respondent',
    );
  const scale = compiled.scaleQuestions.map((qi) => {
    const v = values[qi];
    return Uint8Array.of(!asked[qi] ? SLOT_SKIPPED : typeof v === 'number' ? v : SLOT_NONE);
  });
  const companion = compiled.companions.map((c) => {
    if (c.statistic !== 'mean') return null;
    const v = values[c.question];
    return Float64Array.of(typeof v === 'number' ? v : Number.NaN);
  });
  const key = settings.by.map((field) => {
    if (!response) return '';
    const qi = compiled.byId.get(field);
    if (qi !== undefined) {
      const v = values[qi];
      return v === null || typeof v === 'symbol' || v === undefined ? '' : String(v);
    }
    const v = response[field as 'unitCode'];
    return typeof v === 'string' ? v : '';
  });
  const comments: PendingComment[] = [];
  if (settings.comments && response && !excluded) {
    for (const element of compiled.elements)
      for (const qi of element.freeText) {
        const v = values[qi];
        if (typeof v === 'string')
          comments.push({
            group: 0,
            element: compiled.questions[qi]!.element,
            respondentId: response.respondentId,
            question: compiled.questions[qi]!.id,
            text: v,
          });
      }
  }
  let wq: Float64Array | null = null;
  let wq2: Float64Array | null = null;
  if (settings.weighted) {
    const [a, b] = response?.weight === undefined ? [0, 0] : quantizeWeight(response.weight);
    wq = Float64Array.of(a);
    wq2 = Float64Array.of(b);
  }
  const answerIssues = issues.filter(
    (i) =>
      i.kind !== 'invalid-row' && i.kind !== 'missing-weight' && i.kind !== 'duplicate-respondent',
  ).length;
  return {
    n: 1,
    localGroup: Int32Array.of(excluded ? -1 : 0),
    groupKeys: [key],
    bucket: Uint8Array.of(id === null ? 0 : bucketOf(id, settings.seed, settings.bootstrapGroups)),
    wq,
    wq2,
    scale,
    companion,
    issues,
    excludedRows: excluded ? 1 : 0,
    excludedAnswers: excluded ? 0 : answerIssues,
    comments,
  };
}
