// DossierSchema without zod, for well-formed dossiers: the batch path of analysts and the checklist element spend
// most of their time in zod otherwise. It decides only when sure: a value here is exactly what DossierSchema returns
// (same fields, same key order); anything it does not accept — a malformed field, an unknown key, an object that is
// not plain — is left to the schema, which words the errors. rules/tryParseDossier.prop.test.ts holds it to that.
import { daysInMonth } from '../../internal/days.js';
import type { Dossier, DossierEvent } from '../dossierSchema.js';
import { dossierOrderIssues } from './dossierOrder.js';
import { parseStamp } from './timestamp.js';

/**
 * What a field must be — the zod schema it stands for in DossierSchema: `text` z.string() of length ≥ 1, `string`
 * z.string(), `stamp` TimestampSchema, `date` PlainDateSchema, `boolean` z.boolean(), `notice`
 * NotificationChannelSchema, `about` z.enum(['delay', 'supplement']), `texts` z.array(text).
 */
type Kind = 'text' | 'string' | 'stamp' | 'date' | 'boolean' | 'notice' | 'about' | 'texts';

type Field = readonly [key: string, kind: Kind, required: boolean];

const NOTICES = new Set([
  'sms',
  'email',
  'phone',
  'social-network',
  'portal',
  'letter',
  'in-person',
  'other',
]);
const CHANNELS = new Set(['in-person', 'post', 'online']);

// Each event type's fields in the order of its zod shape (type, the common fields, its own): the output's key order.
const COMMON: readonly Field[] = [
  ['date', 'stamp', true],
  ['by', 'text', false],
  ['note', 'string', false],
];
const REASON: Field = ['reason', 'text', false];
const NEW_DUE: Field = ['newDueDate', 'date', false];
const OWN: Readonly<Record<DossierEvent['type'], readonly Field[]>> = {
  submitted: [],
  'guidance-issued': [['missing', 'texts', false]],
  accepted: [
    ['dueDate', 'date', false],
    ['receiptIssued', 'boolean', false],
    ['code', 'text', false],
  ],
  'supplement-requested': [REASON, NEW_DUE],
  'apology-issued': [REASON, NEW_DUE, ['about', 'about', false]],
  refused: [REASON, ['legalBasis', 'text', false]],
  transferred: [['to', 'text', false]],
  'result-ready': [],
  'citizen-notified': [['channel', 'notice', true]],
  returned: [],
  withdrawn: [REASON],
};

/** Per event type: its fields after `type`, and every key it allows. */
const EVENT_SHAPES = new Map(
  Object.entries(OWN).map(([type, own]) => {
    const fields = [...COMMON, ...own];
    return [type, { fields, keys: new Set(['type', ...fields.map((f) => f[0])]) }] as const;
  }),
);
const DOSSIER_KEYS = new Set([
  'id',
  'unitCode',
  'procedure',
  'channel',
  'receivedAt',
  'dueDate',
  'events',
]);
const PROCEDURE_KEYS = new Set(['code', 'name', 'processingDays']);

/** The fields and their kinds, for the test that compares them with DossierSchema's shapes. */
export const EVENT_FIELDS: ReadonlyMap<string, readonly Field[]> = new Map(
  [...EVENT_SHAPES].map(([type, shape]) => [type, shape.fields]),
);

type Obj = Record<string, unknown>;

/** An object zod's strictObject reads as we do: plain (or null-prototype), with only the allowed keys. */
function plainWith(value: unknown, keys: ReadonlySet<string>): value is Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const k of Object.keys(value)) if (!keys.has(k)) return false;
  return true;
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/** The number of the two ASCII digits at `i`, or NaN. */
function twoDigits(t: string, i: number): number {
  const a = t.charCodeAt(i) - 48;
  const b = t.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : Number.NaN;
}

/** Whether `t` starts with a real date 'YYYY-MM-DD' (isRealDate's test, by character codes). */
function realDateAhead(t: string): boolean {
  const year = twoDigits(t, 0) * 100 + twoDigits(t, 2);
  const month = twoDigits(t, 5);
  const day = twoDigits(t, 8);
  return (
    year >= 0 && // NaN when a character is not an ASCII digit
    t[4] === '-' &&
    t[7] === '-' &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** PlainDateSchema's test (isRealDate), without a regular expression. */
const isPlainDate = (v: unknown): boolean =>
  typeof v === 'string' && v.length === 10 && realDateAhead(v);

/**
 * TimestampSchema's test (parseStamp accepts it): local 'YYYY-MM-DD', 'YYYY-MM-DDTHH:mm' and 'YYYY-MM-DDTHH:mm:ss'
 * read by character codes; any other form is left to parseStamp.
 */
function isStamp(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  const n = v.length;
  if (n === 10 && realDateAhead(v)) return true;
  if (
    (n === 16 || n === 19) &&
    realDateAhead(v) &&
    v[10] === 'T' &&
    v[13] === ':' &&
    twoDigits(v, 11) <= 23 &&
    twoDigits(v, 14) <= 59 &&
    (n === 16 || (v[16] === ':' && twoDigits(v, 17) <= 59))
  )
    return true;
  return parseStamp(v) !== undefined;
}

function fits(v: unknown, kind: Kind): boolean {
  switch (kind) {
    case 'text':
      return isText(v);
    case 'string':
      return typeof v === 'string';
    case 'stamp':
      return isStamp(v);
    case 'date':
      return isPlainDate(v);
    case 'boolean':
      return typeof v === 'boolean';
    case 'notice':
      return typeof v === 'string' && NOTICES.has(v);
    case 'about':
      return v === 'delay' || v === 'supplement';
    case 'texts':
      if (!Array.isArray(v)) return false;
      for (let i = 0; i < v.length; i++) if (!isText(v[i])) return false;
      return true;
  }
}

/** Copies the fields into `out` in order, or returns false at the first that DossierSchema would reject. */
function copyFields(input: Obj, fields: readonly Field[], out: Obj): boolean {
  for (const [key, kind, required] of fields) {
    if (!(key in input)) {
      if (required) return false;
      continue;
    }
    const v = input[key];
    if (v === undefined) {
      if (required) return false;
    } else if (!fits(v, kind)) return false;
    // zod keeps an optional key given as undefined; a list is copied, as zod copies it.
    out[key] = kind === 'texts' && v !== undefined ? [...(v as string[])] : v;
  }
  return true;
}

function eventOf(input: unknown): Obj | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const type = (input as Obj).type;
  const shape = typeof type === 'string' ? EVENT_SHAPES.get(type) : undefined;
  if (shape === undefined || !plainWith(input, shape.keys)) return undefined;
  const out: Obj = { type };
  return copyFields(input, shape.fields, out) ? out : undefined;
}

const PROCEDURE: readonly Field[] = [
  ['code', 'text', true],
  ['name', 'text', true],
];

/**
 * `DossierSchema.safeParse(input).data` when the input is well-formed, without zod; `undefined` when it is not — or
 * when this check is not sure — and the caller must run DossierSchema (which words the errors).
 */
export function tryParseDossier(input: unknown): Dossier | undefined {
  if (!plainWith(input, DOSSIER_KEYS)) return undefined;
  const { id, unitCode, procedure, channel, receivedAt, dueDate, events } = input;
  if (!isText(id) || !isText(unitCode) || !plainWith(procedure, PROCEDURE_KEYS)) return undefined;
  const proc: Obj = {};
  if (!copyFields(procedure, PROCEDURE, proc)) return undefined;
  const days = procedure.processingDays;
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 0 || days > 1000)
    return undefined;
  proc.processingDays = days;
  if (typeof channel !== 'string' || !CHANNELS.has(channel)) return undefined;
  if (!isStamp(receivedAt)) return undefined;
  if (!Array.isArray(events)) return undefined;
  const out: Obj = { id, unitCode, procedure: proc, channel, receivedAt };
  if ('dueDate' in input) {
    if (dueDate !== undefined && !isPlainDate(dueDate)) return undefined;
    out.dueDate = dueDate;
  }
  const list: Obj[] = [];
  for (let i = 0; i < events.length; i++) {
    const e = eventOf(events[i]);
    if (e === undefined) return undefined;
    list.push(e);
  }
  out.events = list;
  const dossier = out as unknown as Dossier;
  let ok = true;
  dossierOrderIssues(dossier, () => {
    ok = false;
  });
  return ok ? dossier : undefined;
}
