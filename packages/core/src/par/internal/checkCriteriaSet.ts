import type * as z from 'zod/mini';
import { formatPath } from '../../schema/formatIssues.js';
import type { Criterion, CriterionMethod, RatingBand } from '../criteriaSetSchema.js';

/** Tolerance when comparing sums of maxima (points may carry decimals such as 0.25, 0.5). */
const EPS = 1e-9;

interface SetShape {
  bands: RatingBand[];
  fields: Criterion[];
  validFrom?: string | undefined;
  validTo?: string | undefined;
}

type Ctx = z.core.$RefinementCtx;
type Path = (string | number)[];

function report(ctx: Ctx, path: Path, vi: string, en: string, input?: unknown): void {
  ctx.addIssue({ code: 'custom', path, input, message: en, params: { vi, en } });
}

function checkThresholds(ctx: Ctx, node: Criterion, method: CriterionMethod, path: Path): void {
  if (method.type !== 'rate' && method.type !== 'survey') return;
  const top = method.type === 'rate' ? 1 : 100;
  const what = method.type === 'rate' ? 'tỷ lệ' : 'chỉ số';
  const whatEn = method.type === 'rate' ? 'rate' : 'index';
  if (method.measureScale !== undefined && method.measure === undefined) {
    report(
      ctx,
      [...path, 'method', 'measureScale'],
      'measureScale chỉ dùng cùng measure',
      'measureScale needs a measure',
      method.measureScale,
    );
  }
  const steps = method.thresholds ?? [];
  steps.forEach((step, i) => {
    const at = [...path, 'method', 'thresholds', i];
    if (step.min < 0 || step.min > top) {
      report(
        ctx,
        [...at, 'min'],
        `ngưỡng là một ${what} trong [0, ${top}]`,
        `a threshold is a ${whatEn} in [0, ${top}]`,
        step.min,
      );
    }
    if (node.max >= 0 && step.points > node.max + EPS) {
      report(
        ctx,
        [...at, 'points'],
        `số điểm của một bậc không vượt điểm tối đa ${node.max}`,
        `a step's points at most the maximum ${node.max}`,
        step.points,
      );
    }
    const previous = steps[i - 1];
    if (previous !== undefined && step.min >= previous.min) {
      report(
        ctx,
        [...at, 'min'],
        `các ngưỡng xếp giảm dần (ngưỡng trước: ${previous.min})`,
        `thresholds in descending order (previous: ${previous.min})`,
        step.min,
      );
    }
  });
}

function checkNode(ctx: Ctx, node: Criterion, path: Path, seen: Map<string, string>): void {
  const here = formatPath(path);
  const first = seen.get(node.id);
  if (first !== undefined) {
    report(
      ctx,
      [...path, 'id'],
      `mã tiêu chí không trùng (đã dùng ở ${first})`,
      `a unique criterion id (already used at ${first})`,
      node.id,
    );
  } else seen.set(node.id, here);

  const children = node.children;
  if (children !== undefined) {
    if (node.method !== undefined) {
      report(
        ctx,
        [...path, 'method'],
        'tiêu chí có tiêu chí con không có phương pháp chấm riêng',
        'no method on a criterion with sub-criteria',
        node.method.type,
      );
    }
    let sum = 0;
    for (const child of children) sum += child.max;
    if (Math.abs(sum - node.max) > EPS) {
      const total = Number(sum.toFixed(6));
      report(
        ctx,
        [...path, 'max'],
        `điểm tối đa bằng tổng điểm tối đa của các tiêu chí con (${total})`,
        `a maximum equal to the sum of its sub-criteria's maxima (${total})`,
        node.max,
      );
    }
    children.forEach((child, i) => {
      checkNode(ctx, child, [...path, 'children', i], seen);
    });
    return;
  }
  if (node.method === undefined) {
    report(
      ctx,
      [...path, 'method'],
      'một phương pháp chấm điểm (manual, boolean, rate, survey, deduction)',
      'a scoring method (manual, boolean, rate, survey, deduction)',
    );
    return;
  }
  checkThresholds(ctx, node, node.method, path);
}

function checkBands(ctx: Ctx, bands: RatingBand[]): void {
  const ids = new Set<string>();
  bands.forEach((band, i) => {
    if (ids.has(band.id)) {
      report(ctx, ['bands', i, 'id'], 'mã xếp loại không trùng', 'a unique band id', band.id);
    }
    ids.add(band.id);
    const previous = bands[i - 1];
    if (previous !== undefined && band.min >= previous.min) {
      report(
        ctx,
        ['bands', i, 'min'],
        `các mức xếp loại giảm dần (mức trước: ${previous.min})`,
        `bands in descending order (previous: ${previous.min})`,
        band.min,
      );
    }
  });
  const last = bands[bands.length - 1];
  if (last !== undefined && last.min !== 0) {
    report(
      ctx,
      ['bands', bands.length - 1, 'min'],
      'mức xếp loại thấp nhất bắt đầu từ 0',
      'the lowest band starting at 0',
      last.min,
    );
  }
}

/** Structural checks of a criteria set that zod's shape cannot express; each issue's path leads to the criterion. */
export function checkCriteriaSet(set: SetShape, ctx: Ctx): void {
  const seen = new Map<string, string>();
  set.fields.forEach((field, i) => {
    checkNode(ctx, field, ['fields', i], seen);
  });
  let total = 0;
  for (const field of set.fields) total += field.max;
  if (total <= 0) {
    report(ctx, ['fields'], 'tổng điểm tối đa lớn hơn 0', 'a total maximum above 0', total);
  }
  checkBands(ctx, set.bands);
  if (set.validFrom !== undefined && set.validTo !== undefined && set.validTo < set.validFrom) {
    report(
      ctx,
      ['validTo'],
      `một ngày từ ${set.validFrom} trở đi`,
      `a date on or after ${set.validFrom}`,
      set.validTo,
    );
  }
}
