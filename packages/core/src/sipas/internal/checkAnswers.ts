// Checks a well-formed response against its instrument: unknown questions, values off the scale, answers to skipped
// questions, missing weight. No zod here: the shape was checked before (responseShape.ts, or the schema in
// checkRow.ts). Duplicates are the caller's business (they need the ids seen so far).
import type { SipasResponse } from '../responseSchema.js';
import type { SipasIssue } from '../types.js';
import { INVALID, type Normalized, normalizeAnswer, skipReason } from './answers.js';
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

/** A row whose shape is wrong: nothing asked, nothing kept, `issues` say why. */
export function malformedRow(compiled: CompiledInstrument, issues: SipasIssue[]): CheckedRow {
  const nq = compiled.questions.length;
  const values: Normalized[] = new Array(nq).fill(null);
  return { response: null, values, asked: new Uint8Array(nq), issues, rowInvalid: true };
}

/** Checks the answers of one well-formed response (row numbers are 1-based). */
export function checkAnswers(
  compiled: CompiledInstrument,
  response: SipasResponse,
  row: number,
  weighted: boolean,
): CheckedRow {
  const nq = compiled.questions.length;
  const values: Normalized[] = new Array(nq).fill(null);
  const asked = new Uint8Array(nq);
  const issues: SipasIssue[] = [];
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
