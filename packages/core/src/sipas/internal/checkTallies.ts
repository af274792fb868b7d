// Cross-checks of a restored snapshot's tallies: each number was checked alone by the schema; here they are checked
// against each other, so a snapshot no set of responses could have produced is refused instead of giving indices
// computed from contradictions (e.g. 2 respondents with an effective n of 819 200). The rules hold per (group,
// resampling bucket) for anything add / addColumns / merge can build:
// 1. every scale question puts each respondent in exactly one of its 8 slots: the slots add up to the respondents;
// 2. respondents with a valid answer (any, per element, all satisfied) are nested as the definitions say;
// 3. a `mean` companion counts at most every respondent and its sum lies in [0, 100] × its count;
// 4. weighted: per entry, n respondents of fixed-point weights wq ∈ [1, 1000·2¹⁶] and squares wq2 = round(wq²/2¹⁶)
//    give n ≤ Σwq ≤ n·1000·2¹⁶ and (Σwq)²/(n·2¹⁶) − n/2 ≤ Σwq2 ≤ (Σwq)²/2¹⁶ + n/2 (Cauchy–Schwarz, and Σx² ≤ (Σx)²
//    for x ≥ 0; ±½ per row for the rounding); nothing where n = 0.
import type { Bilingual } from '../../schema/CchcError.js';
import { CchcError } from '../../schema/CchcError.js';
import { PERCENTAGE_MAX } from './answers.js';
import {
  type CompiledInstrument,
  EXTRA_ANY,
  EXTRA_COMPREHENSIVE,
  EXTRA_ELEMENTS,
  EXTRA_ROWS,
  SLOTS,
} from './compile.js';
import { type TallyKind, type TallyStore, WEIGHT_SCALE } from './store.js';
import { MAX_WEIGHT } from './weightBounds.js';

const MAX_WQ = MAX_WEIGHT * WEIGHT_SCALE;
/** Relative slack for floating-point rounding in the weighted bounds (the sums themselves are exact integers). */
const SLACK = 1e-9;

const SLOT_NAME: readonly Bilingual[] = [
  { vi: 'không áp dụng', en: 'not applicable' },
  ...[1, 2, 3, 4, 5].map((s) => ({ vi: `mức ${s}`, en: `level ${s}` })),
  { vi: 'bỏ qua', en: 'skipped' },
  { vi: 'không trả lời', en: 'no answer' },
];

/** What offset j of a bucket vector counts, in both languages. */
function entryName(compiled: CompiledInstrument, j: number): Bilingual {
  const K = compiled.scaleQuestions.length;
  if (j < K * SLOTS) {
    const q = compiled.questions[compiled.scaleQuestions[Math.floor(j / SLOTS)]!]!;
    const slot = SLOT_NAME[j % SLOTS]!;
    return { vi: `${q.id} (${slot.vi})`, en: `${q.id} (${slot.en})` };
  }
  const x = j - K * SLOTS;
  if (x === EXTRA_ROWS) return { vi: 'số người trả lời', en: 'respondents' };
  if (x === EXTRA_ANY)
    return { vi: 'số người có câu trả lời hợp lệ', en: 'respondents with a valid answer' };
  if (x === EXTRA_COMPREHENSIVE)
    return { vi: 'số người hài lòng toàn diện', en: 'respondents satisfied with everything' };
  const e = compiled.scoredElements[x - EXTRA_ELEMENTS];
  if (e !== undefined) {
    const id = compiled.elements[e]!.id;
    return { vi: `số người trả lời yếu tố ${id}`, en: `respondents answering element ${id}` };
  }
  const c = compiled.companions.find(
    (c) => c.statistic === 'mean' && (x === c.slot || x === c.slot + 1),
  );
  const id = c?.id ?? '?';
  return x === c?.slot
    ? { vi: `số câu trả lời của ${id}`, en: `answers to ${id}` }
    : { vi: `tổng giá trị của ${id}`, en: `sum of ${id}` };
}

/** Checks every real group's tallies against each other (see the rules above); throws a CchcError on the first contradiction. */
export function checkTallies(store: TallyStore): void {
  const { compiled } = store;
  const kinds: TallyKind[] = store.weighted ? ['counts', 'weights', 'squares'] : ['counts'];
  const K = compiled.scaleQuestions.length;
  const x0 = K * SLOTS;
  const v: Record<TallyKind, Float64Array<ArrayBuffer>> = {
    counts: new Float64Array(store.stride),
    weights: new Float64Array(store.stride),
    squares: new Float64Array(store.stride),
  };
  const sums = new Set(
    compiled.companions.filter((c) => c.statistic === 'mean').map((c) => x0 + c.slot + 1),
  );
  for (let g = 1; g < store.size; g++) {
    for (let b = 0; b < store.buckets; b++) {
      for (const kind of kinds) store.bucketVector(kind, g, b, v[kind]);
      const fail = (kind: TallyKind, j: number, vi: string, en: string): never => {
        const group = JSON.stringify(store.keys[g]!.join(' | '));
        const what = entryName(compiled, j);
        const path = `accumulator.tallies.${kind}`;
        const expected = {
          vi: 'các tổng khớp với nhau như khi cộng dồn từ các phiếu',
          en: 'tallies that agree with one another, as adding responses makes them',
        };
        throw new CchcError('invalid-input', [
          {
            path,
            value: v[kind][j],
            expected,
            message: {
              vi: `${path}: nhóm ${group}, nhóm lấy mẫu ${b}, ${what.vi}: ${vi} — cần ${expected.vi}`,
              en: `${path}: group ${group}, bucket ${b}, ${what.en}: ${en} — expected ${expected.en}`,
            },
          },
        ]);
      };
      for (const kind of kinds)
        checkBucket(compiled, v[kind], (j, vi, en) => fail(kind, j, vi, en));
      if (store.weighted)
        checkWeights(store.stride, sums, v, (kind, j, vi, en) => fail(kind, j, vi, en));
    }
  }
}

type Fail = (j: number, vi: string, en: string) => never;

/** Rules 1–3 on one kind of one bucket (they hold for counts and for any non-negative weights alike). */
function checkBucket(compiled: CompiledInstrument, t: Float64Array, fail: Fail): void {
  const x0 = compiled.scaleQuestions.length * SLOTS;
  const rows = t[x0 + EXTRA_ROWS]!;
  const any = t[x0 + EXTRA_ANY]!;
  const validOf = (k: number) => {
    let sum = 0;
    for (let s = 1; s <= 5; s++) sum += t[k * SLOTS + s]!;
    return sum;
  };
  for (let k = 0; k < compiled.scaleQuestions.length; k++) {
    let sum = 0;
    for (let s = 0; s < SLOTS; s++) sum += t[k * SLOTS + s]!;
    if (sum !== rows)
      fail(
        k * SLOTS,
        `các mức cộng lại ${sum} ≠ ${rows} người`,
        `slots add up to ${sum} ≠ ${rows} respondents`,
      );
  }
  if (any > rows) fail(x0 + EXTRA_ANY, `${any} > ${rows} người`, `${any} > ${rows} respondents`);
  const comprehensive = t[x0 + EXTRA_COMPREHENSIVE]!;
  if (comprehensive > any)
    fail(x0 + EXTRA_COMPREHENSIVE, `${comprehensive} > ${any}`, `${comprehensive} > ${any}`);
  let elements = 0;
  for (const e of compiled.scoredElements) {
    const element = compiled.elements[e]!;
    const j = x0 + EXTRA_ELEMENTS + element.scored;
    const answered = t[j]!;
    elements += answered;
    let most = 0;
    let total = 0;
    for (const k of element.counted) {
      const valid = validOf(k);
      most = Math.max(most, valid);
      total += valid;
    }
    if (answered > any || answered < most || answered > total)
      fail(
        j,
        `${answered} không nằm trong [${most}, ${Math.min(any, total)}]`,
        `${answered} is outside [${most}, ${Math.min(any, total)}]`,
      );
  }
  if (any > elements)
    fail(
      x0 + EXTRA_ANY,
      `${any} > tổng theo yếu tố ${elements}`,
      `${any} > ${elements} summed over elements`,
    );
  for (const c of compiled.companions) {
    if (c.statistic !== 'mean') continue;
    const n = t[x0 + c.slot]!;
    const sum = t[x0 + c.slot + 1]!;
    if (n > rows) fail(x0 + c.slot, `${n} > ${rows} người`, `${n} > ${rows} respondents`);
    if (sum > PERCENTAGE_MAX * n)
      fail(
        x0 + c.slot + 1,
        `${sum} > ${PERCENTAGE_MAX} × ${n}`,
        `${sum} > ${PERCENTAGE_MAX} × ${n}`,
      );
  }
}

/** Rule 4: counts, weight sums and squared-weight sums of each entry agree (companion sums: rule 3 and n ≤ Σwq·x). */
function checkWeights(
  stride: number,
  sums: ReadonlySet<number>,
  v: Record<TallyKind, Float64Array>,
  fail: (kind: TallyKind, j: number, vi: string, en: string) => never,
): void {
  for (let j = 0; j < stride; j++) {
    const n = v.counts[j]!;
    const w = v.weights[j]!;
    const q = v.squares[j]!;
    if (n === 0) {
      if (w !== 0) fail('weights', j, `${w} với 0 người`, `${w} with 0 respondents`);
      if (q !== 0) fail('squares', j, `${q} với 0 người`, `${q} with 0 respondents`);
      continue;
    }
    if (w < n || w > n * MAX_WQ)
      fail(
        'weights',
        j,
        `${w} ngoài [${n}, ${n * MAX_WQ}]`,
        `${w} is outside [${n}, ${n * MAX_WQ}]`,
      );
    if (sums.has(j)) continue; // Σwq·x and Σwq2·x: bounded by rule 3 in each kind.
    const low = ((w * w) / (n * WEIGHT_SCALE) - n / 2) * (1 - SLACK) - 1;
    const high = ((w * w) / WEIGHT_SCALE + n / 2) * (1 + SLACK) + 1;
    if (q < low || q > high)
      fail(
        'squares',
        j,
        `${q} ngoài [${Math.max(0, Math.ceil(low))}, ${Math.floor(high)}] (${n} người, tổng trọng số ${w})`,
        `${q} is outside [${Math.max(0, Math.ceil(low))}, ${Math.floor(high)}] (${n} respondents, weight sum ${w})`,
      );
  }
}
