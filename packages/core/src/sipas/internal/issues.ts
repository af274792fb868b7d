// Bilingual issues about responses: every message names the row, the field and what was expected.
import type { Bilingual } from '../../schema/CchcError.js';
import type { SipasIssue, SipasIssueKind } from '../types.js';
import type { CompiledQuestion } from './compile.js';

function show(value: unknown): string {
  if (value === undefined) return '(trống/empty)';
  const text = JSON.stringify(value);
  if (text === undefined) return String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function options(q: CompiledQuestion): string {
  return [...(q.options ?? [])].map((v) => show(v)).join(', ');
}

/** What a question accepts, in both languages. */
export function expectedFor(q: CompiledQuestion): Bilingual {
  switch (q.type) {
    case 'scale':
      return q.notApplicable
        ? {
            vi: 'số nguyên 1–5, 0 (không áp dụng) hoặc để trống',
            en: 'a whole number 1–5, 0 (not applicable) or blank',
          }
        : { vi: 'số nguyên 1–5 hoặc để trống', en: 'a whole number 1–5 or blank' };
    case 'yes-no':
      return { vi: '"yes" (có), "no" (không) hoặc để trống', en: '"yes", "no" or blank' };
    case 'percentage':
      return { vi: 'số nguyên 0–100 hoặc để trống', en: 'a whole number 0–100 or blank' };
    case 'multiple-choice':
      return {
        vi: `các giá trị trong [${options(q)}], nối bằng ";", hoặc để trống`,
        en: `values from [${options(q)}] joined by ";", or blank`,
      };
    case 'single-choice':
      return {
        vi: `một trong [${options(q)}] hoặc để trống`,
        en: `one of [${options(q)}] or blank`,
      };
    case 'demographic':
      return q.options
        ? { vi: `một trong [${options(q)}] hoặc để trống`, en: `one of [${options(q)}] or blank` }
        : { vi: 'một đoạn văn bản hoặc để trống', en: 'a text or blank' };
    default:
      return { vi: 'một đoạn văn bản hoặc để trống', en: 'a text or blank' };
  }
}

interface IssueInput {
  kind: SipasIssueKind;
  row: number;
  path: string;
  value?: unknown;
  respondentId?: string;
  question?: string;
  expected: Bilingual;
  /** The specific complaint, without row and path. */
  problem: Bilingual;
}

/** Builds a {@link SipasIssue} whose message starts with the row and the path. */
export function makeIssue(input: IssueInput): SipasIssue {
  const { kind, row, path, value, respondentId, question, expected, problem } = input;
  return {
    kind,
    path,
    row,
    ...(value === undefined ? {} : { value }),
    ...(respondentId === undefined ? {} : { respondentId }),
    ...(question === undefined ? {} : { question }),
    expected,
    message: {
      vi: `dòng ${row}, ${path}: ${problem.vi}`,
      en: `row ${row}, ${path}: ${problem.en}`,
    },
  };
}

/** An answer outside the question's scale or options. */
export function outOfScale(
  q: CompiledQuestion,
  value: unknown,
  row: number,
  respondentId?: string,
): SipasIssue {
  const expected = expectedFor(q);
  return makeIssue({
    kind: 'out-of-scale',
    row,
    path: `answers.${q.id}`,
    value,
    question: q.id,
    expected,
    problem: {
      vi: `nhận được ${show(value)}, cần ${expected.vi}`,
      en: `received ${show(value)}, expected ${expected.en}`,
    },
    ...(respondentId === undefined ? {} : { respondentId }),
  });
}

/** An answer to a question the instrument does not have. */
export function unknownQuestion(
  id: string,
  instrumentId: string,
  value: unknown,
  row: number,
  respondentId?: string,
): SipasIssue {
  return makeIssue({
    kind: 'unknown-question',
    row,
    path: `answers.${id}`,
    value,
    question: id,
    expected: {
      vi: `một câu hỏi của bộ phiếu "${instrumentId}"`,
      en: `a question of instrument "${instrumentId}"`,
    },
    problem: {
      vi: `câu hỏi "${id}" không có trong bộ phiếu "${instrumentId}"`,
      en: `question "${id}" is not in instrument "${instrumentId}"`,
    },
    ...(respondentId === undefined ? {} : { respondentId }),
  });
}

/** An answer to a question that the skip logic or a service filter skipped. */
export function skippedQuestion(
  q: CompiledQuestion,
  why: Bilingual,
  value: unknown,
  row: number,
  respondentId?: string,
): SipasIssue {
  return makeIssue({
    kind: 'skipped-question',
    row,
    path: `answers.${q.id}`,
    value,
    question: q.id,
    expected: { vi: 'để trống (câu hỏi được bỏ qua)', en: 'blank (the question is skipped)' },
    problem: {
      vi: `có câu trả lời ${show(value)} cho câu hỏi lẽ ra được bỏ qua (${why.vi})`,
      en: `answer ${show(value)} to a question that should have been skipped (${why.en})`,
    },
    ...(respondentId === undefined ? {} : { respondentId }),
  });
}

/** A respondent id seen before. */
export function duplicateRespondent(
  id: string,
  row: number,
  firstRow: number | undefined,
): SipasIssue {
  const where =
    firstRow === undefined
      ? { vi: 'đã có trong dữ liệu trước đó', en: 'already seen in earlier data' }
      : { vi: `trùng với dòng ${firstRow}`, en: `first seen in row ${firstRow}` };
  return makeIssue({
    kind: 'duplicate-respondent',
    row,
    path: 'respondentId',
    value: id,
    respondentId: id,
    expected: { vi: 'một mã người trả lời chưa dùng', en: 'a respondent id not used before' },
    problem: {
      vi: `mã người trả lời ${show(id)} bị trùng (${where.vi})`,
      en: `duplicate respondent id ${show(id)} (${where.en})`,
    },
  });
}

/** Weighted scoring and no weight on the response. */
export function missingWeight(row: number, respondentId?: string): SipasIssue {
  return makeIssue({
    kind: 'missing-weight',
    row,
    path: 'weight',
    expected: { vi: `một trọng số > 0`, en: 'a weight > 0' },
    problem: {
      vi: 'thiếu trọng số (weight) trong khi tính có trọng số',
      en: 'no weight, and scoring is weighted',
    },
    ...(respondentId === undefined ? {} : { respondentId }),
  });
}
