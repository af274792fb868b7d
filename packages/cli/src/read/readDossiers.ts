import { type Dossier, DossierSchema } from '@cchc/core';
import { cellBoolean, cellDate, cellError, cellNumber, cellText, foldWord } from './cells.js';
import { schemaErrors } from './flatReader.js';
import { openSource } from './openSource.js';
import { headerErrors, readItems } from './records.js';
import type { Cell, ReadOptions, ReadResult, RowError } from './types.js';

/** Event types, with the Vietnamese words analysts write for them (sổ theo dõi hồ sơ). */
export const EVENT_WORDS: Readonly<Record<string, readonly string[]>> = {
  submitted: ['nộp hồ sơ', 'nộp'],
  'guidance-issued': ['hướng dẫn', 'phiếu hướng dẫn'],
  accepted: ['tiếp nhận', 'nhận hồ sơ'],
  'supplement-requested': ['yêu cầu bổ sung', 'bổ sung'],
  'apology-issued': ['xin lỗi', 'phiếu xin lỗi'],
  refused: ['từ chối'],
  transferred: ['chuyển', 'chuyển xử lý'],
  'result-ready': ['có kết quả', 'kết quả'],
  'citizen-notified': ['thông báo', 'báo công dân'],
  returned: ['trả kết quả', 'đã trả'],
  withdrawn: ['rút hồ sơ', 'rút'],
};

const EVENT_BY_WORD = new Map<string, string>();
for (const [type, words] of Object.entries(EVENT_WORDS)) {
  EVENT_BY_WORD.set(foldWord(type).replace(/-/g, ' '), type);
  for (const w of words) EVENT_BY_WORD.set(foldWord(w), type);
}

const CHANNELS: Record<string, string> = {
  'truc tiep': 'in-person',
  'buu chinh': 'post',
  'truc tuyen': 'online',
};

const DOSSIER_COLUMNS = [
  'dossier_id',
  'unit_code',
  'procedure_code',
  'procedure_name',
  'processing_days',
  'channel',
  'received_at',
  'due_date',
];
const EVENT_COLUMNS = [
  'event',
  'event_date',
  'new_due_date',
  'reason',
  'legal_basis',
  'notify_channel',
  'receipt_issued',
  'apology_about',
  'transferred_to',
  'missing',
  'by',
  'note',
];

const COLUMN_OF: Record<string, string> = {
  id: 'dossier_id',
  unitCode: 'unit_code',
  procedure: 'procedure_code',
  channel: 'channel',
  receivedAt: 'received_at',
  dueDate: 'due_date',
  events: 'event',
};

interface Building {
  row: number;
  dossier: Record<string, unknown>;
  procedure: Record<string, unknown>;
  events: Record<string, unknown>[];
  eventRows: number[];
  bad: boolean;
}

/**
 * Reads dossier logs (sổ theo dõi hồ sơ) into validated {@link Dossier}s.
 *
 * CSV/XLSX: one row per event, the dossier's columns repeated (or left blank after its first row):
 * `dossier_id, unit_code, procedure_code, procedure_name, processing_days, channel, received_at, due_date, event,
 * event_date, new_due_date, reason, legal_basis, notify_channel, receipt_issued, apology_about, transferred_to,
 * missing, by, note`. `event` is an event type (`accepted`, `supplement-requested`…) or its Vietnamese word
 * (`tiếp nhận`, `yêu cầu bổ sung`…); `new_due_date` is the appointment of `accepted` (dueDate) or of a supplement
 * request / apology (newDueDate). A row with no event only declares the dossier. Dates as `YYYY-MM-DD[THH:mm]` or
 * `dd/mm/yyyy [hh:mm]`. JSON/NDJSON: `Dossier` objects as they are.
 *
 * Every dossier goes through `DossierSchema`; a problem is reported on the row of the event (or dossier field) concerned.
 *
 * @param file - Path of the file.
 * @param options - `sheet`, `headerMap`, `format`, `onProgress`.
 * @returns `{ rows, errors }`: dossiers in the order first seen.
 * @example
 * const { rows } = await readDossiers('examples/data/dossiers-2017.csv')
 * rows.flatMap((d) => checkDossier(d, getRulePack('khanhson-2017')))
 */
export async function readDossiers(
  file: string,
  options: ReadOptions = {},
): Promise<ReadResult<Dossier>> {
  const source = await openSource(file, options);
  const isNative = (v: unknown) =>
    v !== null && typeof v === 'object' && Array.isArray((v as { events?: unknown }).events);
  const input = readItems(source, {
    ...(options.headerMap ? { headerMap: options.headerMap } : {}),
    isNative,
  });
  const errors: RowError[] = [...input.headerErrors];
  if (source.kind === 'table') {
    const required = [
      'dossier_id',
      'unit_code',
      'procedure_code',
      'processing_days',
      'received_at',
    ];
    errors.push(...headerErrors(input.columns, required, [...DOSSIER_COLUMNS, ...EVENT_COLUMNS]));
  }
  if (errors.length > 0) return { rows: [], errors };
  const order: Building[] = [];
  const byId = new Map<string, Building>();
  const native: { row: number; value: unknown }[] = [];
  for await (const item of input.items) {
    if ('error' in item) errors.push(item.error);
    else if ('value' in item) native.push(item);
    else addRow(item.row, item.record, byId, order, errors);
  }
  const rows: Dossier[] = [];
  const results: { row: number; dossier?: Dossier }[] = [];
  for (const n of native) {
    const parsed = DossierSchema.safeParse(n.value);
    if (parsed.success) results.push({ row: n.row, dossier: parsed.data });
    else errors.push(...schemaErrors(parsed.error, n.value, n.row, {}));
  }
  for (const b of order) {
    if (b.bad) continue;
    const value = { ...b.dossier, procedure: b.procedure, events: b.events };
    const parsed = DossierSchema.safeParse(value);
    if (parsed.success) results.push({ row: b.row, dossier: parsed.data });
    else
      for (const issue of parsed.error.issues) {
        const [head, index] = issue.path as [string, number | undefined];
        const row =
          head === 'events' && typeof index === 'number' ? (b.eventRows[index] ?? b.row) : b.row;
        const column =
          head === 'events'
            ? eventColumn(String(issue.path[2] ?? 'event'))
            : (COLUMN_OF[head] ?? head);
        errors.push(...schemaErrors([issue], value, row, { [head]: column }));
      }
  }
  results.sort((a, b) => a.row - b.row);
  for (const r of results) if (r.dossier) rows.push(r.dossier);
  errors.sort((a, b) => a.row - b.row);
  return { rows, errors };
}

function eventColumn(field: string): string {
  const map: Record<string, string> = {
    type: 'event',
    date: 'event_date',
    dueDate: 'new_due_date',
    newDueDate: 'new_due_date',
    legalBasis: 'legal_basis',
    channel: 'notify_channel',
  };
  return map[field] ?? field;
}

function addRow(
  row: number,
  r: Readonly<Record<string, Cell>>,
  byId: Map<string, Building>,
  order: Building[],
  errors: RowError[],
): void {
  const id = cellText(r.dossier_id);
  if (id === undefined) {
    errors.push(cellError(row, 'dossier_id', r.dossier_id, { vi: 'mã hồ sơ', en: 'a dossier id' }));
    return;
  }
  let b = byId.get(id);
  if (b === undefined) {
    b = { row, dossier: { id }, procedure: {}, events: [], eventRows: [], bad: false };
    byId.set(id, b);
    order.push(b);
  }
  const before = errors.length;
  const set = (target: Record<string, unknown>, key: string, column: string, value: unknown) => {
    if (value === undefined) return;
    if (target[key] !== undefined && target[key] !== value)
      errors.push({
        row,
        column,
        message: {
          vi: `dòng ${row}, cột ${column}: hồ sơ "${id}" đã có giá trị ${JSON.stringify(target[key])} ở dòng ${b.row}, dòng này ghi ${JSON.stringify(value)}`,
          en: `row ${row}, column ${column}: dossier "${id}" already has ${JSON.stringify(target[key])} (row ${b.row}), this row says ${JSON.stringify(value)}`,
        },
      });
    else target[key] = value;
  };
  const date = (column: string) => {
    const c = cellDate(r[column] ?? null);
    if (!c.ok) errors.push(cellError(row, column, r[column], c.expected));
    return c.ok ? c.value : undefined;
  };
  set(b.dossier, 'unitCode', 'unit_code', cellText(r.unit_code));
  set(b.procedure, 'code', 'procedure_code', cellText(r.procedure_code));
  set(
    b.procedure,
    'name',
    'procedure_name',
    cellText(r.procedure_name) ??
      (b.procedure.name === undefined ? cellText(r.procedure_code) : undefined),
  );
  const days = cellNumber(r.processing_days ?? null);
  if (!days.ok)
    errors.push(
      cellError(row, 'processing_days', r.processing_days, {
        vi: 'số ngày làm việc (số nguyên ≥ 0)',
        en: 'working days (a whole number ≥ 0)',
      }),
    );
  else set(b.procedure, 'processingDays', 'processing_days', days.value);
  const channel = cellText(r.channel);
  set(
    b.dossier,
    'channel',
    'channel',
    channel === undefined ? undefined : (CHANNELS[foldWord(channel)] ?? channel),
  );
  set(b.dossier, 'receivedAt', 'received_at', date('received_at'));
  set(b.dossier, 'dueDate', 'due_date', date('due_date'));
  const word = cellText(r.event);
  if (word !== undefined) {
    const type = EVENT_BY_WORD.get(foldWord(word).replace(/-/g, ' ')) ?? word;
    const event: Record<string, unknown> = { type };
    const when = date('event_date');
    if (when !== undefined) event.date = when;
    const due = date('new_due_date');
    if (due !== undefined) event[type === 'accepted' ? 'dueDate' : 'newDueDate'] = due;
    for (const [column, key] of [
      ['reason', 'reason'],
      ['legal_basis', 'legalBasis'],
      ['notify_channel', 'channel'],
      ['apology_about', 'about'],
      ['transferred_to', 'to'],
      ['by', 'by'],
      ['note', 'note'],
    ] as const) {
      const t = cellText(r[column]);
      if (t !== undefined) event[key] = t;
    }
    const missing = cellText(r.missing);
    if (missing !== undefined)
      event.missing = missing
        .split(/[|;]/)
        .map((s) => s.trim())
        .filter(Boolean);
    const receipt = cellBoolean(r.receipt_issued ?? null);
    if (!receipt.ok)
      errors.push(cellError(row, 'receipt_issued', r.receipt_issued, receipt.expected));
    else if (receipt.value !== undefined) event.receiptIssued = receipt.value;
    b.events.push(event);
    b.eventRows.push(row);
  }
  if (errors.length > before) b.bad = true;
}

/** Columns the dossier reader knows (for `cchc validate` and the docs). */
export const DOSSIER_LOG_COLUMNS: readonly string[] = [...DOSSIER_COLUMNS, ...EVENT_COLUMNS];
