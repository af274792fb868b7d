import {
  type Feedback,
  FeedbackSchema,
  type Inspection,
  InspectionSchema,
  type Report,
  ReportSchema,
} from '@cchc/core';
import { cellDate, cellError, cellNumber, cellText } from './cells.js';
import { type FlatSpec, readFlat } from './flatReader.js';
import type { Cell, ReadOptions, ReadResult, RowError } from './types.js';

/** Sets `out[key]` from a converted cell, or pushes the row error. */
function put(
  out: Record<string, unknown>,
  key: string,
  column: string,
  row: number,
  cell: Cell | undefined,
  convert: typeof cellDate | typeof cellNumber,
  errors: RowError[],
): void {
  const c = convert(cell ?? null);
  if (!c.ok) errors.push(cellError(row, column, cell, c.expected));
  else if (c.value !== undefined) out[key] = c.value;
}

function text(out: Record<string, unknown>, key: string, cell: Cell | undefined): void {
  const t = cellText(cell);
  if (t !== undefined) out[key] = t;
}

const INSPECTIONS: FlatSpec<Inspection> = {
  schema: InspectionSchema,
  required: ['unit_code', 'date', 'inspector_role'],
  optional: ['violations', 'handled_on', 'note'],
  columnOf: {
    unitCode: 'unit_code',
    date: 'date',
    inspectorRole: 'inspector_role',
    violations: 'violations',
    handledOn: 'handled_on',
    note: 'note',
  },
  build(row, r, errors) {
    const out: Record<string, unknown> = { violations: 0 };
    text(out, 'unitCode', r.unit_code);
    put(out, 'date', 'date', row, r.date, cellDate, errors);
    text(out, 'inspectorRole', r.inspector_role);
    put(out, 'violations', 'violations', row, r.violations, cellNumber, errors);
    put(out, 'handledOn', 'handled_on', row, r.handled_on, cellDate, errors);
    text(out, 'note', r.note);
    return out;
  },
};

const REPORTS: FlatSpec<Report> = {
  schema: ReportSchema,
  required: ['unit_code', 'obligation', 'period'],
  optional: ['submitted_on'],
  columnOf: {
    unitCode: 'unit_code',
    obligation: 'obligation',
    period: 'period',
    submittedOn: 'submitted_on',
  },
  build(row, r, errors) {
    const out: Record<string, unknown> = {};
    text(out, 'unitCode', r.unit_code);
    text(out, 'obligation', r.obligation);
    text(out, 'period', r.period);
    put(out, 'submittedOn', 'submitted_on', row, r.submitted_on, cellDate, errors);
    return out;
  },
};

const FEEDBACK: FlatSpec<Feedback> = {
  schema: FeedbackSchema,
  required: ['feedback_id', 'unit_code', 'received_on', 'channel', 'topic'],
  optional: ['answered_on', 'answer_form', 'received_at'],
  columnOf: {
    id: 'feedback_id',
    unitCode: 'unit_code',
    receivedOn: 'received_on',
    channel: 'channel',
    topic: 'topic',
    answeredOn: 'answered_on',
    answerForm: 'answer_form',
  },
  build(row, r, errors) {
    const out: Record<string, unknown> = {};
    text(out, 'id', r.feedback_id);
    text(out, 'unitCode', r.unit_code);
    put(out, 'receivedOn', 'received_on', row, r.received_on ?? r.received_at, cellDate, errors);
    text(out, 'channel', r.channel);
    text(out, 'topic', r.topic);
    put(out, 'answeredOn', 'answered_on', row, r.answered_on, cellDate, errors);
    text(out, 'answerForm', r.answer_form);
    return out;
  },
};

/**
 * Reads an inspection log (sổ kiểm tra bộ phận một cửa): `unit_code, date, inspector_role, violations, handled_on,
 * note` (Vietnamese headers `Mã đơn vị, Ngày kiểm tra, Người kiểm tra, Số vi phạm, Ngày xử lý, Ghi chú`).
 *
 * @returns `{ rows, errors }`, rows validated by `InspectionSchema`.
 * @example
 * const { rows } = await readInspections('examples/data/inspections-2017.csv')
 */
export function readInspections(
  file: string,
  options: ReadOptions = {},
): Promise<ReadResult<Inspection>> {
  return readFlat(file, INSPECTIONS, options);
}

/**
 * Reads a reporting log: `unit_code, obligation` (a `report.*` rule id), `period` (`2017-06`, `2017-Q2`, `2017-H1`,
 * `2017`), `submitted_on`.
 *
 * @returns `{ rows, errors }`, rows validated by `ReportSchema`.
 * @example
 * const { rows } = await readReports('examples/data/reports-2017.csv')
 */
export function readReports(file: string, options: ReadOptions = {}): Promise<ReadResult<Report>> {
  return readFlat(file, REPORTS, options);
}

/**
 * Reads feedback and petitions (phản ánh, kiến nghị): `feedback_id, unit_code, received_on, channel, topic,
 * answered_on, answer_form` (`explanation` | `written-reply`).
 *
 * @returns `{ rows, errors }`, rows validated by `FeedbackSchema`.
 * @example
 * const { rows } = await readFeedback('examples/data/feedback-2017.csv')
 */
export function readFeedback(
  file: string,
  options: ReadOptions = {},
): Promise<ReadResult<Feedback>> {
  return readFlat(file, FEEDBACK, options);
}
