// The columnar path: validate a whole batch once (tight loops over Uint8Array codes, each distinct text checked
// once), apply skip logic as masks, and hand back codes ready for the tally loop. Nothing is committed here.
import type { SipasColumns } from '../responseSchema.js';
import type { SipasIssue } from '../types.js';
import { INVALID, type Normalized, normalizeAnswer } from './answers.js';
import {
  type AccumulatorSettings,
  isWeight,
  type PendingBatch,
  type PendingComment,
  quantizeWeight,
} from './batch.js';
import { checkColumnShapes, valueAt } from './columns.js';
import type { CompiledInstrument } from './compile.js';
import { assignGroups, type KeyColumn } from './groups.js';
import { bucketOf, type IdRegistry, type NormalId, normalizeId } from './ids.js';
import { sortIssues } from './issueOrder.js';
import {
  duplicateRespondent,
  makeIssue,
  outOfScale,
  skippedQuestion,
  unknownQuestion,
} from './issues.js';
import { encode, NormColumn } from './normColumn.js';
import { badCodes, fixScale, scaleCodes } from './scaleColumn.js';
import { skipColumns } from './skipColumns.js';

const TEXT_FIELDS = ['unitCode', 'service', 'sector', 'sex', 'ageGroup'] as const;

function fieldIssue(field: string, value: unknown, row: number, respondentId?: string): SipasIssue {
  const expected =
    field === 'weight'
      ? { vi: 'một số từ 2⁻¹⁶ đến 1000', en: 'a number from 2⁻¹⁶ to 1000' }
      : { vi: 'một chuỗi ký tự khác rỗng', en: 'a non-empty text' };
  return makeIssue({
    kind: 'invalid-row',
    row,
    path: field,
    value,
    expected,
    problem: {
      vi: `nhận được ${JSON.stringify(value) ?? '(trống)'}, cần ${expected.vi}`,
      en: `received ${JSON.stringify(value) ?? '(empty)'}, expected ${expected.en}`,
    },
    ...(respondentId === undefined ? {} : { respondentId }),
  });
}

/** Validates and encodes a columnar batch (rows numbered from rowOffset + 1). */
export function prepareColumns(
  compiled: CompiledInstrument,
  settings: AccumulatorSettings,
  ids: IdRegistry,
  columns: SipasColumns,
  rowOffset: number,
): PendingBatch {
  const n = checkColumnShapes(columns);
  const issues: SipasIssue[] = [];
  const excluded = new Uint8Array(n);
  let excludedAnswers = 0;
  const G = settings.bootstrapGroups;

  // Respondent ids: well-formed, not seen before (the registry is rolled back if the batch is rejected), and each
  // one's resampling bucket.
  const bucket = new Uint8Array(n);
  const rawIds = columns.respondentId;
  const idText = (i: number): string | undefined => {
    const raw = rawIds[i] as unknown;
    return typeof raw === 'string' || typeof raw === 'number' ? String(raw) : undefined;
  };
  let searches = 0;
  for (let i = 0; i < n; i++) {
    const raw = rawIds[i] as unknown;
    const row = rowOffset + i + 1;
    const ok =
      (typeof raw === 'string' && raw !== '') || (typeof raw === 'number' && Number.isFinite(raw));
    if (!ok) {
      issues.push(fieldIssue('respondentId', raw, row));
      excluded[i] = 1;
      continue;
    }
    const id = normalizeId(raw as string | number);
    const first = ids.checkAndAdd(id, row);
    if (first !== undefined) {
      // The bitset does not keep rows: look for the first occurrence in this batch (for the first few only).
      const earlier = first > 0 ? first : searches++ < 100 ? earlierRow(rawIds, i, id) : 0;
      const at = earlier > 0 ? earlier + (first > 0 ? 0 : rowOffset) : undefined;
      issues.push(duplicateRespondent(String(raw), row, at));
      excluded[i] = 1;
      continue;
    }
    bucket[i] = bucketOf(id, settings.seed, G);
  }

  // Unit, service, sector, sex, age group: each distinct value checked once.
  const text: Partial<Record<(typeof TEXT_FIELDS)[number], KeyColumn>> = {};
  for (const field of TEXT_FIELDS) {
    const col = columns[field];
    // An optional column given as null is absent, as checkColumnShapes reads it (a null unitCode was reported there).
    if ((col === undefined || col === null) && field !== 'unitCode') continue;
    const enc = encode(col, n);
    const okCode = enc.raw.map(
      (v) =>
        (typeof v === 'string' && v !== '') ||
        (field !== 'unitCode' && (v === null || v === undefined || v === '')),
    );
    const values = enc.raw.map((v) => (typeof v === 'string' ? v : ''));
    for (let i = 0; i < n; i++) {
      if (!okCode[enc.codes[i]!]) {
        issues.push(fieldIssue(field, enc.raw[enc.codes[i]!], rowOffset + i + 1, idText(i)));
        excluded[i] = 1;
      }
    }
    text[field] = { codes: enc.codes, values };
  }

  // Weights, in fixed point.
  let wq: Float64Array | null = null;
  let wq2: Float64Array | null = null;
  if (settings.weighted || columns.weight !== undefined) {
    const weights = columns.weight;
    if (settings.weighted) {
      wq = new Float64Array(n);
      wq2 = new Float64Array(n);
    }
    for (let i = 0; i < n; i++) {
      const w = weights?.[i];
      const row = rowOffset + i + 1;
      if (w === undefined || w === null) {
        if (settings.weighted) {
          issues.push(
            makeIssue({
              kind: 'missing-weight',
              row,
              path: 'weight',
              expected: { vi: 'một trọng số > 0', en: 'a weight > 0' },
              problem: {
                vi: 'thiếu trọng số (weight) trong khi tính có trọng số',
                en: 'no weight, and scoring is weighted',
              },
              ...(idText(i) ? { respondentId: idText(i) } : {}),
            }),
          );
          excluded[i] = 1;
        }
      } else if (!isWeight(w)) {
        issues.push(fieldIssue('weight', w, row, idText(i)));
        excluded[i] = 1;
      } else if (wq && wq2) [wq[i], wq2[i]] = quantizeWeight(w);
    }
  }

  // Answers to questions the instrument does not have.
  for (const [key, col] of Object.entries(columns.answers)) {
    if (compiled.byId.has(key)) continue;
    for (let i = 0; i < n; i++) {
      const v = valueAt(col as never, i);
      if (v === null || v === undefined || v === '' || excluded[i]) continue;
      issues.push(unknownQuestion(key, compiled.instrument.id, v, rowOffset + i + 1, idText(i)));
      excludedAnswers++;
    }
  }

  // Each question in order: normalise, apply skip logic, report, and keep codes / values.
  const skip = skipColumns(compiled, columns, text.service, text.sector, n);
  const scale: Uint8Array[] = [];
  const norm: (NormColumn | null)[] = [];
  compiled.questions.forEach((q, qi) => {
    // Own keys only: a question id such as `toString` must not read an inherited method as its column.
    const col = Object.hasOwn(columns.answers, q.id) ? columns.answers[q.id] : undefined;
    const asked = skip.askedFor(qi, scale, norm);
    if (q.type === 'scale') {
      const codes = scaleCodes(q, col, n);
      const { out, problems } = fixScale(codes, asked, badCodes(q), n);
      for (const i of problems) {
        if (excluded[i]) continue;
        const given = col instanceof Uint8Array ? codes[i] : valueAt(col as never, i);
        const row = rowOffset + i + 1;
        if (out[i] === 6)
          issues.push(skippedQuestion(q, skip.why(qi, i, scale, norm), given, row, idText(i)));
        else issues.push(outOfScale(q, given, row, idText(i)));
        excludedAnswers++;
      }
      scale.push(out);
      norm.push(null);
      return;
    }
    const enc = encode(col as never, n);
    const values: Normalized[] = enc.raw.map((v) => normalizeAnswer(q, v));
    for (let i = 0; i < n; i++) {
      const v = values[enc.codes[i]!];
      if (v === null || excluded[i]) continue;
      const row = rowOffset + i + 1;
      if (asked !== null && asked[i] === 0) {
        issues.push(
          skippedQuestion(q, skip.why(qi, i, scale, norm), enc.raw[enc.codes[i]!], row, idText(i)),
        );
        excludedAnswers++;
      } else if (v === INVALID) {
        issues.push(outOfScale(q, enc.raw[enc.codes[i]!], row, idText(i)));
        excludedAnswers++;
      }
    }
    norm.push(new NormColumn(enc.codes, values, asked));
  });

  // Companions, comments, groups.
  const companion = compiled.companions.map((c) => {
    if (c.statistic !== 'mean') return null;
    const column = norm[c.question]!;
    const out = new Float64Array(n).fill(Number.NaN);
    if (column.blank) return out;
    for (let i = 0; i < n; i++) {
      const v = column.get(i);
      out[i] = typeof v === 'number' ? v : Number.NaN;
    }
    return out;
  });
  const keyColumns: KeyColumn[] = settings.by.map((field) => {
    const fromText = text[field as (typeof TEXT_FIELDS)[number]];
    if (fromText) return fromText;
    const qi = compiled.byId.get(field);
    if (qi === undefined) return { codes: new Uint8Array(n), values: [''] };
    const column = norm[qi]!;
    const strings = Array.from({ length: n }, (_, i) => {
      const v = column.get(i);
      return v === null ? '' : String(v);
    });
    const enc = encode(strings, n);
    return { codes: enc.codes, values: enc.raw as string[] };
  });
  const { localGroup, groupKeys } = assignGroups(n, keyColumns, excluded);
  const comments: PendingComment[] = [];
  if (settings.comments) {
    for (const element of compiled.elements) {
      for (const qi of element.freeText) {
        const column = norm[qi]!;
        if (column.blank) continue;
        for (let i = 0; i < n; i++) {
          const v = column.get(i);
          if (v === null || excluded[i]) continue;
          comments.push({
            group: localGroup[i]!,
            element: compiled.questions[qi]!.element,
            respondentId: idText(i)!,
            question: compiled.questions[qi]!.id,
            text: String(v),
          });
        }
      }
    }
  }
  let excludedRows = 0;
  for (let i = 0; i < n; i++) excludedRows += excluded[i]!;
  sortIssues(compiled, issues);
  return {
    n,
    localGroup,
    groupKeys,
    bucket,
    wq,
    wq2,
    scale,
    companion,
    issues,
    excludedRows,
    excludedAnswers,
    comments,
  };
}

/** 1-based position in the batch of the first row before i with the same id, or 0. */
function earlierRow(ids: SipasColumns['respondentId'], i: number, id: NormalId): number {
  for (let j = 0; j < i; j++) {
    const raw = ids[j] as unknown;
    if ((typeof raw === 'string' || typeof raw === 'number') && normalizeId(raw) === id)
      return j + 1;
  }
  return 0;
}
