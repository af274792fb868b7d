// An instrument turned into index tables for the hot loops: scale questions numbered 0…K−1, each with 8 tally
// slots (0 not applicable, 1–5 the levels, 6 skipped, 7 no answer), then per-respondent counters.
import type { Instrument, QuestionType } from '../instrumentSchema.js';
import { hashString } from './random.js';

/** Tally slot of a scale answer: 0 = not applicable, 1–5 = level, 6 = skipped (not asked), 7 = no answer. */
export const SLOT_NA = 0;
export const SLOT_SKIPPED = 6;
export const SLOT_NONE = 7;
export const SLOTS = 8;

/** Per-respondent counters after the K×8 histogram block, in this order. */
export const EXTRA_ROWS = 0; // respondents
export const EXTRA_ANY = 1; // respondents with ≥ 1 valid counted answer
export const EXTRA_COMPREHENSIVE = 2; // … all of whose valid counted answers are satisfied
export const EXTRA_ELEMENTS = 3; // then one counter per scored element: respondents with ≥ 1 valid answer in it

export interface CompiledQuestion {
  readonly id: string;
  readonly type: QuestionType;
  /** Index of its element. */
  readonly element: number;
  readonly counts: boolean;
  /** Index among the scale questions (tally block), or −1. */
  readonly scale: number;
  readonly notApplicable: boolean;
  readonly options?: ReadonlySet<string | number>;
  readonly condition?: { readonly question: number; readonly values: readonly (string | number)[] };
  readonly services?: ReadonlySet<string>;
  readonly sectors?: ReadonlySet<string>;
}

export interface CompiledElement {
  readonly id: string;
  readonly weight: number;
  /** Scale indices of its counted questions. */
  readonly counted: readonly number[];
  /** Question indices of its free-text questions. */
  readonly freeText: readonly number[];
  /** Position among the scored elements (its per-respondent counter), or −1 when nothing in it counts. */
  readonly scored: number;
}

export interface CompiledCompanion {
  readonly id: string;
  readonly statistic: 'mean' | 'share-satisfied';
  readonly question: number;
  /** For `mean`: offset of its [Σw, Σw·x] pair among the extras; for `share-satisfied`: the scale index. */
  readonly slot: number;
}

export interface CompiledInstrument {
  readonly instrument: Instrument;
  readonly questions: readonly CompiledQuestion[];
  readonly byId: ReadonlyMap<string, number>;
  /** Question index of each scale question, by scale index. */
  readonly scaleQuestions: readonly number[];
  /** Scale indices that count in the index. */
  readonly counted: readonly number[];
  readonly elements: readonly CompiledElement[];
  /** Element indices with at least one counted question. */
  readonly scoredElements: readonly number[];
  readonly companions: readonly CompiledCompanion[];
  /** Slot → 1 when the level counts as satisfied / dissatisfied / a valid answer (1–5). */
  readonly satisfied: Uint8Array;
  readonly dissatisfied: Uint8Array;
  readonly valid: Uint8Array;
  /** Score of each slot on 0–100 for `mean-score`: (x − 1)·25. */
  readonly score: Float64Array;
  /** Offset of the per-respondent counters inside one bucket. */
  readonly extras: number;
  /** Tally slots in one bucket. */
  readonly bucketStride: number;
  /** Identifies the instrument's structure, so shards of different instruments never merge. */
  readonly fingerprint: string;
}

const cache = new WeakMap<Instrument, CompiledInstrument>();

/** Compiles a parsed instrument (memoised per parsed object). */
export function compileInstrument(instrument: Instrument): CompiledInstrument {
  const hit = cache.get(instrument);
  if (hit) return hit;
  const questions: CompiledQuestion[] = [];
  const byId = new Map<string, number>();
  const scaleQuestions: number[] = [];
  const counted: number[] = [];
  const elements: CompiledElement[] = [];
  const scoredElements: number[] = [];
  instrument.elements.forEach((element, e) => {
    const elementCounted: number[] = [];
    const freeText: number[] = [];
    for (const q of element.questions) {
      const index = questions.length;
      const scale = q.type === 'scale' ? scaleQuestions.length : -1;
      if (scale >= 0) scaleQuestions.push(index);
      if (q.counts) {
        counted.push(scale);
        elementCounted.push(scale);
      }
      if (q.type === 'free-text') freeText.push(index);
      const condition = q.showIf && {
        question: byId.get(q.showIf.question) ?? -1,
        values: q.showIf.in ?? [q.showIf.equals as string | number],
      };
      questions.push({
        id: q.id,
        type: q.type,
        element: e,
        counts: q.counts,
        scale,
        notApplicable: q.notApplicable,
        ...(q.options ? { options: new Set(q.options.map((o) => o.value)) } : {}),
        ...(condition ? { condition } : {}),
        ...(q.appliesTo?.services ? { services: new Set(q.appliesTo.services) } : {}),
        ...(q.appliesTo?.sectors ? { sectors: new Set(q.appliesTo.sectors) } : {}),
      });
      byId.set(q.id, index);
    }
    const scored = elementCounted.length > 0 ? scoredElements.length : -1;
    if (scored >= 0) scoredElements.push(e);
    elements.push({
      id: element.id,
      weight: element.weight,
      counted: elementCounted,
      freeText,
      scored,
    });
  });
  const K = scaleQuestions.length;
  const extras = K * SLOTS;
  let next = EXTRA_ELEMENTS + scoredElements.length;
  const companions = instrument.method.companions.map((c) => {
    const question = byId.get(c.question) ?? -1;
    let slot: number;
    if (c.statistic === 'mean') {
      slot = next;
      next += 2;
    } else slot = questions[question]?.scale ?? -1;
    return { id: c.id, statistic: c.statistic, question, slot };
  });
  const { satisfiedFrom, dissatisfiedTo } = instrument.scale;
  const satisfied = new Uint8Array(SLOTS);
  const dissatisfied = new Uint8Array(SLOTS);
  const valid = new Uint8Array(SLOTS);
  const score = new Float64Array(SLOTS);
  for (let level = 1; level <= 5; level++) {
    valid[level] = 1;
    satisfied[level] = level >= satisfiedFrom ? 1 : 0;
    dissatisfied[level] = level <= dissatisfiedTo ? 1 : 0;
    score[level] = (level - 1) * 25;
  }
  const compiled: CompiledInstrument = {
    instrument,
    questions,
    byId,
    scaleQuestions,
    counted,
    elements,
    scoredElements,
    companions,
    satisfied,
    dissatisfied,
    valid,
    score,
    extras,
    bucketStride: extras + next,
    fingerprint: `${instrument.id}@${instrument.version}#${hashString(JSON.stringify(instrument)).toString(16)}`,
  };
  cache.set(instrument, compiled);
  return compiled;
}
