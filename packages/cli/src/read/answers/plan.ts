import type { Instrument, Question } from '@cchc/core';
import { missingColumnsError } from '../cells.js';
import { IGNORED_COLUMNS } from '../records.js';
import type { RowError } from '../types.js';

/** Respondent fields of a response, by canonical column name. */
export const RESPONDENT_FIELDS = {
  respondent_id: 'respondentId',
  unit_code: 'unitCode',
  service: 'service',
  sector: 'sector',
  sex: 'sex',
  age_group: 'ageGroup',
  weight: 'weight',
} as const;

/** Canonical columns read for people but not part of a response. */
const KNOWN_UNUSED = new Set(['unit_name']);

/** What one column of an answers table holds. */
export type ColumnRole =
  | {
      readonly kind: 'field';
      readonly field: (typeof RESPONDENT_FIELDS)[keyof typeof RESPONDENT_FIELDS];
    }
  | { readonly kind: 'question'; readonly question: Question }
  | { readonly kind: 'ignore' };

/** The role of every column, and what is wrong with the header. */
export interface AnswersPlan {
  readonly roles: readonly ColumnRole[];
  readonly errors: RowError[];
}

/** Every question of an instrument, by id. */
export function questionsOf(instrument: Instrument): Map<string, Question> {
  const map = new Map<string, Question>();
  for (const e of instrument.elements) for (const q of e.questions) map.set(q.id, q);
  return map;
}

/**
 * Decides what each column of an answers table holds (sipas.md layout): respondent fields, one column per question
 * id, ignored columns (`unit_name`, `stt`, `note`, or mapped to `-`). Missing `respondent_id` / `unit_code`, a
 * missing column for a counted question or a skip-logic filter (tables only: `requireQuestions`), and unknown
 * columns are header errors (row 1).
 */
export function planAnswers(
  columns: readonly string[],
  instrument: Instrument,
  requireQuestions = true,
): AnswersPlan {
  const questions = questionsOf(instrument);
  const errors: RowError[] = [];
  const unknown: string[] = [];
  const roles: ColumnRole[] = columns.map((c) => {
    if (c === '' || c === '-' || IGNORED_COLUMNS.has(c) || KNOWN_UNUSED.has(c))
      return { kind: 'ignore' };
    const field = RESPONDENT_FIELDS[c as keyof typeof RESPONDENT_FIELDS];
    if (field !== undefined) return { kind: 'field', field };
    const question = questions.get(c);
    if (question !== undefined) return { kind: 'question', question };
    unknown.push(c);
    return { kind: 'ignore' };
  });
  const present = new Set(columns);
  const filters = new Set<string>();
  for (const q of questions.values()) if (q.showIf) filters.add(q.showIf.question);
  const required = [
    'respondent_id',
    'unit_code',
    ...(requireQuestions
      ? [...questions.values()].filter((q) => q.counts || filters.has(q.id)).map((q) => q.id)
      : []),
  ];
  const missing = required.filter((c) => !present.has(c));
  if (missing.length > 0) errors.push(missingColumnsError(missing, columns));
  if (unknown.length > 0) {
    const list = unknown.map((c) => `"${c}"`).join(', ');
    errors.push({
      row: 1,
      column: unknown[0]!,
      message: {
        vi: `dòng 1 (tiêu đề): cột không thuộc bộ phiếu "${instrument.id}": ${list} (đổi tên bằng --header-map "Tên cột=mã", hoặc bỏ qua bằng "Tên cột=-")`,
        en: `row 1 (header): column not in instrument "${instrument.id}": ${list} (rename with --header-map "Header=id", or ignore with "Header=-")`,
      },
    });
  }
  return { roles, errors };
}
