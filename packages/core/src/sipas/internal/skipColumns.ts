// Skip logic over a whole batch: a 0/1 "asked" mask per question, from service/sector filters and conditions on
// earlier answers (a question whose condition question was itself skipped is skipped too).
import type { Bilingual } from '../../schema/CchcError.js';
import type { SipasColumns } from '../responseSchema.js';
import { INVALID, type Normalized, skipReason } from './answers.js';
import type { CompiledInstrument } from './compile.js';
import type { KeyColumn } from './groups.js';
import type { NormColumn } from './normColumn.js';

export interface SkipMasks {
  /** The asked mask of question qi (`null` = asked of everyone); call in question order. */
  askedFor(
    qi: number,
    scale: readonly Uint8Array[],
    norm: readonly (NormColumn | null)[],
  ): Uint8Array | null;
  /** Why question qi was skipped in row i (for the issue message). */
  why(
    qi: number,
    i: number,
    scale: readonly Uint8Array[],
    norm: readonly (NormColumn | null)[],
  ): Bilingual;
}

function filterMask(
  set: ReadonlySet<string> | undefined,
  col: KeyColumn | undefined,
  n: number,
  mask: Uint8Array | null,
): Uint8Array | null {
  if (!set || !col) return mask;
  const allowed = col.values.map((v) => (v === '' || set.has(v) ? 1 : 0));
  const out = mask ?? new Uint8Array(n).fill(1);
  for (let i = 0; i < n; i++) out[i]! &= allowed[col.codes[i]!]!;
  return out;
}

export function skipColumns(
  compiled: CompiledInstrument,
  _columns: SipasColumns,
  service: KeyColumn | undefined,
  sector: KeyColumn | undefined,
  n: number,
): SkipMasks {
  const masks: (Uint8Array | null)[] = [];
  // Questions with the same filter and condition (E5.1–E5.4 on F0) share one mask.
  const memo = new Map<string, Uint8Array | null>();
  const answerAt = (
    t: number,
    i: number,
    scale: readonly Uint8Array[],
    norm: readonly (NormColumn | null)[],
  ): Normalized => {
    const target = compiled.questions[t]!;
    if (target.scale >= 0) {
      const c = scale[target.scale]![i]!;
      return c <= 5 ? c : null;
    }
    return norm[t]!.get(i);
  };
  return {
    askedFor(qi, scale, norm) {
      const q = compiled.questions[qi]!;
      const memoKey = JSON.stringify([
        q.condition ?? null,
        [...(q.services ?? [])],
        [...(q.sectors ?? [])],
      ]);
      if (memo.has(memoKey)) {
        const shared = memo.get(memoKey)!;
        masks[qi] = shared;
        return shared;
      }
      let mask = filterMask(q.services, service, n, null);
      mask = filterMask(q.sectors, sector, n, mask);
      const c = q.condition;
      if (c) {
        const out = mask ?? new Uint8Array(n).fill(1);
        const targetMask = masks[c.question] ?? null;
        const target = compiled.questions[c.question]!;
        if (target.scale >= 0) {
          const match = new Uint8Array(256);
          for (const v of c.values) if (typeof v === 'number' && v >= 0 && v <= 5) match[v] = 1;
          const codes = scale[target.scale]!;
          for (let i = 0; i < n; i++) out[i]! &= match[codes[i]!]!;
        } else {
          const column = norm[c.question]!;
          const match = column.values.map((v) =>
            v !== null && v !== INVALID && c.values.includes(v) ? 1 : 0,
          );
          for (let i = 0; i < n; i++) out[i]! &= match[column.codes[i]!]!;
        }
        if (targetMask) for (let i = 0; i < n; i++) out[i]! &= targetMask[i]!;
        mask = out;
      }
      masks[qi] = mask;
      memo.set(memoKey, mask);
      return mask;
    },
    why(qi, i, scale, norm) {
      const q = compiled.questions[qi]!;
      const values: Normalized[] = new Array(compiled.questions.length).fill(null);
      const asked = new Uint8Array(compiled.questions.length);
      if (q.condition) {
        const t = q.condition.question;
        asked[t] = masks[t] ? masks[t]![i]! : 1;
        values[t] = answerAt(t, i, scale, norm);
      }
      const svc = service ? service.values[service.codes[i]!] : undefined;
      const sec = sector ? sector.values[sector.codes[i]!] : undefined;
      return (
        skipReason(compiled, q, values, asked, svc || undefined, sec || undefined) ?? {
          vi: 'câu hỏi không được hỏi',
          en: 'the question was not asked',
        }
      );
    },
  };
}
