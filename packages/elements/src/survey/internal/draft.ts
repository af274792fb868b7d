// Survey drafts (bản nháp) kept in storage so a reload, a lost tab or a flat battery does not lose the answers.
import type { AnswerValue } from '@cchc/core';
import type { CchcStorage } from '../../shared/storage.js';

/** What is saved between visits: the answers, the page reached and the idempotency key of this response. */
export interface SurveyDraft {
  /** Idempotency key of the response being filled (also its respondent id): generated once per draft. */
  readonly key: string;
  readonly answers: Record<string, AnswerValue>;
  readonly page: number;
}

/** Storage key of the draft of one instrument for one unit (and service). */
export function draftStorageKey(instrumentId: string, unitCode: string, service?: string): string {
  return `cchc-survey:draft:${instrumentId}:${unitCode}${service ? `:${service}` : ''}`;
}

const isAnswerValue = (v: unknown): v is AnswerValue =>
  v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));

/** Parses a stored draft; anything malformed (an old format, a hand edit) is ignored rather than trusted. */
export function parseDraft(text: string | null): SurveyDraft | null {
  if (text === null) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (raw === null || typeof raw !== 'object') return null;
  const { key, answers, page } = raw as Record<string, unknown>;
  if (typeof key !== 'string' || key === '' || answers === null || typeof answers !== 'object')
    return null;
  const clean: Record<string, AnswerValue> = {};
  for (const [id, value] of Object.entries(answers)) if (isAnswerValue(value)) clean[id] = value;
  return {
    key,
    answers: clean,
    page: Number.isInteger(page) && (page as number) >= 0 ? (page as number) : 0,
  };
}

/** Reads the draft stored under `key`, or `null`. Storage errors (quota, blocked) read as "no draft". */
export function readDraft(storage: CchcStorage, key: string): SurveyDraft | null {
  try {
    return parseDraft(storage.getItem(key));
  } catch {
    return null;
  }
}

/** Saves a draft; a full or blocked storage only costs the draft, never the form. */
export function writeDraft(storage: CchcStorage, key: string, draft: SurveyDraft): void {
  try {
    storage.setItem(key, JSON.stringify(draft));
  } catch {
    // Quota exceeded or storage blocked: the form keeps working without a draft.
  }
}

/** Deletes a draft. */
export function removeDraft(storage: CchcStorage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Blocked storage: nothing was saved either.
  }
}

/** A fresh random idempotency key (UUID v4); `crypto.randomUUID` needs a secure context, so fall back to getRandomValues. */
export function newIdempotencyKey(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
