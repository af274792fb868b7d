// Reading one answer against its question, and deciding whether a question was asked (skip logic as data).
import type { Bilingual } from '../../schema/CchcError.js';
import type { CompiledInstrument, CompiledQuestion } from './compile.js';

/** Marks a value the question does not accept. */
export const INVALID: unique symbol = Symbol('invalid');
/** A normalised answer: a number (scale, percentage), a text, `null` for blank, or {@link INVALID}. */
export type Normalized = number | string | null | typeof INVALID;

const CANONICAL_INT = /^(0|[1-9][0-9]{0,8})$/;

/** A `percentage` answer is a whole number from 0 to this. */
export const PERCENTAGE_MAX = 100;

function asInteger(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isInteger(raw) ? raw : undefined;
  if (typeof raw === 'string') {
    const t = raw.trim();
    return CANONICAL_INT.test(t) ? Number(t) : undefined;
  }
  return undefined;
}

function matchOption(q: CompiledQuestion, raw: string | number): string | number | undefined {
  const options = q.options;
  if (!options) return undefined;
  if (options.has(raw)) return raw;
  const text = String(raw).trim();
  for (const option of options) if (String(option) === text) return option;
  return undefined;
}

/** Checks one answer against its question and returns its normal form (e.g. `'4'` → 4, `''` → null). */
export function normalizeAnswer(q: CompiledQuestion, raw: unknown): Normalized {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'string' && raw.trim() === '') return null;
  if (typeof raw !== 'string' && typeof raw !== 'number') return INVALID;
  if (typeof raw === 'number' && !Number.isFinite(raw)) return INVALID;
  switch (q.type) {
    case 'scale': {
      const v = asInteger(raw);
      if (v === undefined || v > 5 || v < 0 || (v === 0 && !q.notApplicable)) return INVALID;
      return v;
    }
    case 'percentage': {
      const v = asInteger(raw);
      return v === undefined || v < 0 || v > PERCENTAGE_MAX ? INVALID : v;
    }
    case 'yes-no': {
      const t = String(raw).trim();
      return t === 'yes' || t === 'no' ? t : INVALID;
    }
    case 'single-choice':
      return matchOption(q, raw) ?? INVALID;
    case 'multiple-choice': {
      const parts = String(raw)
        .split(';')
        .map((p) => p.trim())
        .filter((p) => p !== '');
      const values: (string | number)[] = [];
      for (const part of parts) {
        const v = matchOption(q, part);
        if (v === undefined) return INVALID;
        if (!values.includes(v)) values.push(v);
      }
      return values.length === 0 ? null : values.join(';');
    }
    case 'demographic':
      return q.options ? (matchOption(q, raw) ?? INVALID) : String(raw);
    default:
      return String(raw);
  }
}

const SERVICE_FILTER: Bilingual = {
  vi: 'câu hỏi không áp dụng cho dịch vụ/lĩnh vực của phiếu',
  en: 'the question does not apply to the response’s service/sector',
};

/**
 * Why a question was not asked of this respondent, or `null` when it was. `values` holds the normalised answers of
 * the questions before it (a skipped question's value is `null`), `asked` whether each was asked.
 * A service or sector filter applies only when the response names its service or sector.
 */
export function skipReason(
  compiled: CompiledInstrument,
  q: CompiledQuestion,
  values: readonly Normalized[],
  asked: Uint8Array,
  service: string | undefined,
  sector: string | undefined,
): Bilingual | null {
  if (q.services && service !== undefined && !q.services.has(service)) return SERVICE_FILTER;
  if (q.sectors && sector !== undefined && !q.sectors.has(sector)) return SERVICE_FILTER;
  const c = q.condition;
  if (!c) return null;
  const target = compiled.questions[c.question]!;
  const value = asked[c.question] ? values[c.question] : null;
  if (value !== null && value !== undefined && value !== INVALID && c.values.includes(value))
    return null;
  const shown =
    value === null || value === undefined || value === INVALID ? 'blank' : JSON.stringify(value);
  return {
    vi: `${target.id} = ${shown === 'blank' ? 'trống' : shown}, câu hỏi chỉ hỏi khi ${target.id} ∈ ${JSON.stringify(c.values)}`,
    en: `${target.id} = ${shown}, asked only when ${target.id} ∈ ${JSON.stringify(c.values)}`,
  };
}
