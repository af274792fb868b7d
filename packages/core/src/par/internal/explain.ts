import type { Bilingual } from '../../schema/CchcError.js';
import { type CompiledSet, KIND } from './compile.js';
import { formatNumber, roundIndex, roundPoints } from './numbers.js';

/** Points a unit lost on one leaf criterion, and what fixing it is worth. */
export interface LostPoints {
  /** The leaf criterion. */
  readonly criterionId: string;
  /** Points lost: the maximum minus the points earned. */
  readonly points: number;
  /** Points earned. */
  readonly earned: number;
  /** The criterion's maximum. */
  readonly max: number;
  /** Index points (percentage points of the unit's index) gained by earning the full maximum: 100 · points / unit max. */
  readonly gain: number;
  /** A short sentence: what was lost and why. */
  readonly message: Bilingual;
}

const vi = (x: number) => formatNumber(x, 'vi');
const en = (x: number) => formatNumber(x, 'en');

/** The next threshold step above the points earned, if the scale has one. */
function nextStep(
  c: CompiledSet,
  l: number,
  earned: number,
): { min: number; points: number } | undefined {
  let best: { min: number; points: number } | undefined;
  for (let s = c.stepStart[l]!; s < c.stepStart[l + 1]!; s++) {
    const points = c.stepPoints[s]!;
    if (points > earned && (best === undefined || c.stepMin[s]! < best.min))
      best = { min: c.stepMin[s]!, points };
  }
  return best;
}

/** Why the points were lost, by method. */
function reason(
  c: CompiledSet,
  l: number,
  value: number,
  earned: number,
  appraised: boolean,
): Bilingual {
  const max = c.leafMax[l]!;
  switch (c.leafKind[l]) {
    case KIND.manual:
      return appraised
        ? {
            vi: `điểm thẩm định ${vi(earned)}/${vi(max)}`,
            en: `appraised at ${en(earned)}/${en(max)}`,
          }
        : {
            vi: `tự chấm ${vi(earned)}/${vi(max)}`,
            en: `self-assessed at ${en(earned)}/${en(max)}`,
          };
    case KIND.boolean:
      return { vi: 'chưa thực hiện', en: 'not done' };
    case KIND.deduction: {
      const per = c.leafPerItem[l]!;
      return {
        vi: `${vi(value)} vi phạm, trừ ${vi(per)} điểm mỗi vi phạm`,
        en: `${en(value)} violation(s), ${en(per)} point(s) off each`,
      };
    }
    default: {
      const rate = c.leafKind[l] === KIND.rate;
      const shown = rate ? `${vi(value * 100)}%` : vi(value);
      const shownEn = rate ? `${en(value * 100)}%` : en(value);
      const step = nextStep(c, l, earned);
      if (c.stepStart[l] === c.stepStart[l + 1]) {
        const missing = rate ? 100 - value * 100 : 100 - value;
        return rate
          ? {
              vi: `đạt ${shown}, ${vi(missing)}% chưa đạt`,
              en: `${shownEn} met, ${en(missing)}% not met`,
            }
          : { vi: `chỉ số ${shown}/100`, en: `index ${shownEn}/100` };
      }
      if (step === undefined) {
        return {
          vi: `${rate ? 'đạt' : 'chỉ số'} ${shown}`,
          en: `${rate ? '' : 'index '}${shownEn}${rate ? ' met' : ''}`,
        };
      }
      const need = rate ? `${vi(step.min * 100)}%` : vi(step.min);
      const needEn = rate ? `${en(step.min * 100)}%` : en(step.min);
      return {
        vi: `${rate ? 'đạt' : 'chỉ số'} ${shown}; cần ≥ ${need} để được ${vi(step.points)} điểm`,
        en: `${rate ? '' : 'index '}${shownEn}${rate ? ' met' : ''}; ≥ ${needEn} earns ${en(step.points)} points`,
      };
    }
  }
}

/** The lost-points items of one unit, sorted by gain (largest first), ties in tree order. */
export function explainUnit(
  c: CompiledSet,
  leafValue: (l: number) => number,
  leafEarned: (l: number) => number | undefined,
  leafAppraised: (l: number) => boolean,
  unitMax: number,
): LostPoints[] {
  const items: LostPoints[] = [];
  for (let l = 0; l < c.leafNode.length; l++) {
    const earned = leafEarned(l);
    if (earned === undefined) continue;
    const max = c.leafMax[l]!;
    const lost = roundPoints(max - earned);
    if (lost <= 0) continue;
    const node = c.nodes[c.leafNode[l]!]!;
    const why = reason(c, l, leafValue(l), earned, leafAppraised(l));
    items.push({
      criterionId: node.id,
      points: lost,
      earned,
      max,
      gain: roundIndex((100 * lost) / unitMax),
      message: {
        vi: `Mất ${vi(lost)}/${vi(max)} điểm — ${node.id} ${node.title.vi}: ${why.vi}.`,
        en: `Lost ${en(lost)}/${en(max)} points — ${node.id} ${node.title.en}: ${why.en}.`,
      },
    });
  }
  return items.sort((a, b) => b.points - a.points); // gain ∝ points lost; stable sort keeps tree order on ties
}
