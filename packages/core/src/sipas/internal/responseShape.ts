// The shape of one response checked without zod: a conservative shortcut for SipasResponseSchema that accepts only
// inputs the schema accepts unchanged. Rows it does not accept go to the schema (checkRow.ts), which names the problem.
import type { SipasResponse } from '../responseSchema.js';
import { isWeight } from './batch.js';

const OPTIONAL_TEXT = ['service', 'sector', 'sex', 'ageGroup'] as const;
const FIELDS = new Set(['respondentId', 'unitCode', ...OPTIONAL_TEXT, 'weight', 'answers']);

/** An object with `Object.prototype` or no prototype, not an array. */
export function isPlainObject(x: unknown): x is Record<string, unknown> {
  if (x === null || typeof x !== 'object' || Array.isArray(x)) return false;
  const proto = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}

/** A conservative shortcut for {@link SipasResponseSchema}: true only for inputs zod accepts unchanged. */
export function wellFormed(x: unknown): x is SipasResponse {
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
