// Cross-field rules of an instrument that a plain object schema cannot say: unique ids, skip logic pointing to an
// earlier question with a matching answer, `counts` only on scale questions, companions pointing to the right type.
import type * as z from 'zod/mini';
import type { Instrument } from '../instrumentSchema.js';

type Ctx = z.core.$RefinementCtx<Instrument>;

/** Response fields that a question id may not shadow (they are grouping keys too). */
export const RESPONSE_FIELDS = [
  'respondentId',
  'unitCode',
  'service',
  'sector',
  'sex',
  'ageGroup',
  'weight',
] as const;

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let v: unknown = root;
  for (const key of path)
    v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
  return v;
}

function fail(ctx: Ctx, path: (string | number)[], vi: string, en: string): void {
  ctx.addIssue({
    code: 'custom',
    path,
    message: en,
    params: { vi, en },
    input: valueAt(ctx.value, path),
  });
}

const CONDITION_TYPES = new Set(['yes-no', 'single-choice', 'demographic', 'scale']);

/** Allowed stored values of a question usable in a condition, or `undefined` when any value is allowed. */
function allowedValues(
  q: Instrument['elements'][number]['questions'][number],
): Set<unknown> | undefined {
  if (q.type === 'yes-no') return new Set(['yes', 'no']);
  if (q.type === 'scale') return new Set(q.notApplicable ? [0, 1, 2, 3, 4, 5] : [1, 2, 3, 4, 5]);
  if (q.options) return new Set(q.options.map((o) => o.value));
  return undefined;
}

/** superRefine body of {@link InstrumentSchema}. */
export function checkInstrument(inst: Instrument, ctx: Ctx): void {
  const elementIds = new Set<string>();
  const seen = new Map<string, Instrument['elements'][number]['questions'][number]>();
  let counted = 0;
  inst.elements.forEach((element, e) => {
    if (elementIds.has(element.id))
      fail(
        ctx,
        ['elements', e, 'id'],
        `trùng mã yếu tố "${element.id}"`,
        `duplicate element id "${element.id}"`,
      );
    elementIds.add(element.id);
    element.questions.forEach((q, i) => {
      const path = ['elements', e, 'questions', i];
      if (
        seen.has(q.id) ||
        elementIds.has(q.id) ||
        (RESPONSE_FIELDS as readonly string[]).includes(q.id)
      )
        fail(
          ctx,
          [...path, 'id'],
          `mã câu hỏi "${q.id}" bị trùng`,
          `question id "${q.id}" is not unique`,
        );
      if (q.counts && q.type !== 'scale')
        fail(
          ctx,
          [...path, 'counts'],
          'chỉ câu hỏi thang đo (scale) mới tính vào chỉ số',
          'only scale questions can count in the index',
        );
      if (q.counts && q.type === 'scale') counted++;
      if ((q.type === 'single-choice' || q.type === 'multiple-choice') && !q.options)
        fail(
          ctx,
          [...path, 'options'],
          'câu hỏi lựa chọn cần danh sách options',
          'a choice question needs options',
        );
      if (q.options && !['single-choice', 'multiple-choice', 'demographic'].includes(q.type))
        fail(
          ctx,
          [...path, 'options'],
          'chỉ câu hỏi lựa chọn mới có options',
          'only choice questions have options',
        );
      if (q.options) {
        const values = q.options.map((o) => o.value);
        if (new Set(values).size !== values.length)
          fail(
            ctx,
            [...path, 'options'],
            'giá trị lựa chọn bị trùng',
            'option values must be unique',
          );
        if (q.type === 'multiple-choice' && values.some((v) => String(v).includes(';')))
          fail(
            ctx,
            [...path, 'options'],
            'giá trị lựa chọn không được chứa ";"',
            'option values may not contain ";"',
          );
      }
      if (q.labels && q.type !== 'scale')
        fail(
          ctx,
          [...path, 'labels'],
          'chỉ câu hỏi thang đo mới có labels',
          'only scale questions have labels',
        );
      if (q.showIf) {
        const target = seen.get(q.showIf.question);
        if (!target || !CONDITION_TYPES.has(target.type)) {
          fail(
            ctx,
            [...path, 'showIf', 'question'],
            `điều kiện phải dựa vào một câu hỏi đứng trước (có/không, lựa chọn, thang đo): "${q.showIf.question}"`,
            `a condition must refer to an earlier yes-no, choice or scale question: "${q.showIf.question}"`,
          );
        } else {
          const allowed = allowedValues(target);
          const wanted = q.showIf.in ?? [q.showIf.equals];
          if (allowed && wanted.some((v) => !allowed.has(v)))
            fail(
              ctx,
              [...path, 'showIf'],
              `giá trị điều kiện không phải câu trả lời hợp lệ của "${target.id}"`,
              `condition values are not valid answers of "${target.id}"`,
            );
        }
      }
      seen.set(q.id, q);
    });
  });
  const scored = inst.elements.filter((e) =>
    e.questions.some((q) => q.counts && q.type === 'scale'),
  ).length;
  if (scored > 31)
    fail(
      ctx,
      ['elements'],
      'tối đa 31 yếu tố có câu hỏi tính vào chỉ số',
      'at most 31 elements with questions that count',
    );
  if (counted === 0)
    fail(
      ctx,
      ['elements'],
      'cần ít nhất một câu hỏi tính vào chỉ số (counts: true)',
      'at least one question must count in the index (counts: true)',
    );
  inst.method.companions.forEach((c, i) => {
    const q = seen.get(c.question);
    const want = c.statistic === 'mean' ? 'percentage' : 'scale';
    if (!q || q.type !== want)
      fail(
        ctx,
        ['method', 'companions', i, 'question'],
        `"${c.question}" phải là câu hỏi loại ${want}`,
        `"${c.question}" must be a ${want} question`,
      );
  });
  const companionIds = inst.method.companions.map((c) => c.id);
  if (new Set(companionIds).size !== companionIds.length)
    fail(
      ctx,
      ['method', 'companions'],
      'mã chỉ số kèm theo bị trùng',
      'companion ids must be unique',
    );
  if (inst.validFrom && inst.validTo && inst.validFrom > inst.validTo)
    fail(ctx, ['validTo'], 'validFrom ≤ validTo', 'validFrom ≤ validTo');
}
