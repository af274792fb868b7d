import type { Question, SipasResponse } from '@cchc/core';
import { cellError, cellNumber, cellText, foldWord } from '../cells.js';
import type { Cell, RowError } from '../types.js';
import type { ColumnRole } from './plan.js';

const YES = new Set(['yes', 'y', 'co', 'x', '1', 'true']);
const NO = new Set(['no', 'n', 'khong', '0', 'false']);

/**
 * One answer cell as the core expects it: numbers for scale and percentage questions, `'yes'`/`'no'` for yes/no
 * (`có`/`không` accepted), option values for choices (an option's Vietnamese or English label accepted), text
 * otherwise; blank → `null`. A text that is not a number in a number column stays text, so the core's validation
 * names it.
 */
export function answerValue(question: Question, cell: Cell): string | number | null {
  const text = cellText(cell);
  if (text === undefined) return null;
  switch (question.type) {
    case 'scale':
    case 'percentage': {
      const n = cellNumber(cell);
      return n.ok && n.value !== undefined ? n.value : text;
    }
    case 'yes-no': {
      const w = foldWord(text);
      return YES.has(w) ? 'yes' : NO.has(w) ? 'no' : text;
    }
    case 'single-choice':
    case 'multiple-choice':
    case 'demographic': {
      if (!question.options) return text;
      const byWord = new Map<string, string | number>();
      for (const o of question.options) {
        byWord.set(foldWord(String(o.value)), o.value);
        byWord.set(foldWord(o.label.vi), o.value);
        byWord.set(foldWord(o.label.en), o.value);
      }
      const one = (part: string) => byWord.get(foldWord(part)) ?? part.trim();
      if (question.type === 'multiple-choice')
        return text
          .split(';')
          .map((p) => String(one(p)))
          .join(';');
      return one(text);
    }
    default:
      return text;
  }
}

/**
 * Builds a {@link SipasResponse} from one row: respondent fields and answers by column role. A weight that is not a
 * number is a row error; everything about the answers themselves is left to the core's validation.
 */
export function toResponse(
  row: number,
  cells: Readonly<Record<string, Cell>> | readonly Cell[],
  columns: readonly string[],
  roles: readonly ColumnRole[],
): { response?: SipasResponse; errors: RowError[] } {
  const errors: RowError[] = [];
  const fields: Record<string, string | number> = {};
  const answers: Record<string, string | number | null> = {};
  roles.forEach((role, i) => {
    const cell =
      (Array.isArray(cells) ? cells[i] : (cells as Record<string, Cell>)[columns[i]!]) ?? null;
    if (role.kind === 'question') answers[role.question.id] = answerValue(role.question, cell);
    else if (role.kind === 'field') {
      if (role.field === 'weight') {
        const w = cellNumber(cell);
        if (!w.ok) errors.push(cellError(row, columns[i]!, cell, w.expected));
        else if (w.value !== undefined) fields.weight = w.value;
      } else {
        const text = cellText(cell);
        if (text !== undefined) fields[role.field] = text;
      }
    }
  });
  if (errors.length > 0) return { errors };
  return {
    response: { ...(fields as { respondentId: string; unitCode: string }), answers },
    errors,
  };
}
