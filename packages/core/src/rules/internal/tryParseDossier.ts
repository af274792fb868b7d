// DossierSchema without zod, for well-formed dossiers: the batch path of analysts and the checklist element spend
// most of their time in zod otherwise. It decides only when sure: a value here is exactly what DossierSchema returns
// (same fields, same key order); anything it does not accept — a malformed field, an unknown key, an object that is
// not plain — is left to the schema, which words the errors. rules/tryParseDossier.prop.test.ts holds it to that.
import { isRealDate } from '../../internal/days.js';
import type { Dossier, DossierEvent } from '../dossierSchema.js';
import { dossierOrderIssues } from './dossierOrder.js';
import {
  APOLOGY_SUBJECTS,
  NOTIFICATION_CHANNELS,
  RECEPTION_CHANNELS,
} from './dossierVocabulary.js';
import { isPlainObject } from './plain.js';
import { parseStamp } from './timestamp.js';

/**
 * What a field must be — the zod schema it stands for in DossierSchema: `text` z.string() of length ≥ 1, `string`
 * z.string(), `stamp` TimestampSchema, `date` PlainDateSchema, `boolean` z.boolean(), `notice`
 * NotificationChannelSchema, `about` z.enum(APOLOGY_SUBJECTS), `texts` z.array(text).
 */
type Kind = 'text' | 'string' | 'stamp' | 'date' | 'boolean' | 'notice' | 'about' | 'texts';

type Field = readonly [key: string, kind: Kind, required: boolean];

const NOTICES: ReadonlySet<string> = new Set(NOTIFICATION_CHANNELS);
const CHANNELS: ReadonlySet<string> = new Set(RECEPTION_CHANNELS);
const ABOUT: ReadonlySet<string> = new Set(APOLOGY_SUBJECTS);

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

/** Per event type: its fields after `type`, and every key it allows (exported for the test against the schema). */
export const EVENT_SHAPES = new Map(
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

type Obj = Record<string, unknown>;

/** An object zod's strictObject reads as we do: plain (or null-prototype), with only the allowed keys. */
function plainWith(value: unknown, keys: ReadonlySet<string>): value is Obj {
  if (!isPlainObject(value)) return false;
  for (const k of Object.keys(value)) if (!keys.has(k)) return false;
  return true;
}

const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/** PlainDateSchema's test. */
const isPlainDate = (v: unknown): boolean => typeof v === 'string' && isRealDate(v);

/** TimestampSchema's test. */
const isStamp = (v: unknown): boolean => typeof v === 'string' && parseStamp(v) !== undefined;

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
      return typeof v === 'string' && ABOUT.has(v);
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
