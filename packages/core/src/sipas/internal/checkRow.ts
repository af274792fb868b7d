// Checks one response against its instrument: shape (zod), unknown questions, values off the scale, answers to
// skipped questions, missing weight. Duplicates are the caller's business (they need the ids seen so far).
import { formatIssues } from '../../schema/formatIssues.js';
import { type SipasResponse, SipasResponseSchema } from '../responseSchema.js';
import type { SipasIssue } from '../types.js';
import { INVALID, type Normalized, normalizeAnswer, skipReason } from './answers.js';
import { isWeight } from './batch.js';
import type { CompiledInstrument } from './compile.js';
import { missingWeight, outOfScale, skippedQuestion, unknownQuestion } from './issues.js';

export interface CheckedRow {
  /** The parsed response, or `null` when its shape is wrong (then `issues` says why). */
  readonly response: SipasResponse | null;
  /** Normalised answer per question index; `null` for blank, invalid or skipped. */
  readonly values: Normalized[];
  /** 1 when the question was asked of this respondent. */
  readonly asked: Uint8Array;
  readonly issues: SipasIssue[];
  /** True when the whole row cannot be used (bad shape, or no weight in weighted scoring). */
  readonly rowInvalid: boolean;
}

const OPTIONAL_TEXT = ['service', 'sector', 'sex', 'ageGroup'] as const;
const FIELDS = new Set(['respondentId', 'unitCode', ...OPTIONAL_TEXT, 'weight', 'answers']);

function isPlainObject(x: unknown): x is Record<string, unknown> {
  if (x === null || typeof x !== 'object' || Array.isArray(x)) return false;
  const proto = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}

/** A conservative shortcut for {@link SipasResponseSchema}: true only for inputs zod accepts unchanged. */
function wellFormed(x: unknown): x is SipasResponse {
  if (!isPlainObject(x)) return false;
  for (const key in x) if (!FIELDS.has(key)) return false;
  if (typeof x.respondentId !== 'string' || x.respondentId === '') return false;
  if (typeof x.unitCode !== 'string' || x.unitCode === '') return false;
  for (const f of OPTIONAL_TEXT) {
    const v = x[f];
    if (v !== undefined && (typeof v !== 'string' || v === '')) return false;
  }
  const w = x.weight;
  if (w !== undefined && !isWeight(w)) return false;
  const answers = x.answers;
  if (!isPlainObject(answers)) return false;
  for (const key in answers) {
    const v = answers[key];
    if (v !== null && typeof v !== 'string' && !(typeof v === 'number' && Number.isFinite(v)))
      return false;
  }
  return true;
}

/** Parses a response's shape; `issues` (with the row) when it is wrong. */
export function parseResponse(
  input: unknown,
  row: number,
): { response: SipasResponse | null; issues: SipasIssue[] } {
  if (wellFormed(input)) return { response: input, issues: [] };
  const parsed = SipasResponseSchema.safeParse(input, { reportInput: true });
  if (parsed.success) return { response: parsed.data, issues: [] };
  const id =
    isPlainObject(input) && typeof input.respondentId === 'string' ? input.respondentId : undefined;
  const issues = formatIssues(parsed.error, input, { row }).map(
    (issue): SipasIssue => ({ ...issue, kind: 'invalid-row', ...(id ? { respondentId: id } : {}) }),
  );
  return { response: null, issues };
}

/** Checks one response (row numbers are 1-based). */
export function checkRow(
  compiled: CompiledInstrument,
  input: unknown,
  row: number,
  weighted: boolean,
): CheckedRow {
  const nq = compiled.questions.length;
  const values: Normalized[] = new Array(nq).fill(null);
  const asked = new Uint8Array(nq);
  const { response, issues } = parseResponse(input, row);
  if (response === null) return { response, values, asked, issues, rowInvalid: true };
  const id = response.respondentId;
  let rowInvalid = false;
  if (weighted && response.weight === undefined) {
    issues.push(missingWeight(row, id));
    rowInvalid = true;
  }
  const answers = response.answers;
  for (const key in answers) {
    if (!compiled.byId.has(key) && answers[key] !== null && answers[key] !== '')
      issues.push(unknownQuestion(key, compiled.instrument.id, answers[key], row, id));
  }
  for (let qi = 0; qi < nq; qi++) {
    const q = compiled.questions[qi]!;
    const raw = Object.hasOwn(answers, q.id) ? answers[q.id] : undefined;
    const value = normalizeAnswer(q, raw);
    const why = skipReason(compiled, q, values, asked, response.service, response.sector);
    if (why !== null) {
      if (value !== null) issues.push(skippedQuestion(q, why, raw, row, id));
      continue;
    }
    asked[qi] = 1;
    if (value === INVALID) issues.push(outOfScale(q, raw, row, id));
    else values[qi] = value;
  }
  return { response, values, asked, issues, rowInvalid };
}
