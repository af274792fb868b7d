// CheckOptionsSchema without zod, for well-formed options (the usual `{ asOf }` or `{ asOf, calendar }`): a value only
// when the schema would accept them, undefined otherwise (the caller then runs the schema, which words the errors).
// rules/zodFree.prop.test.ts compares it with the schema.
import { Calendar } from '../../calendar/createCalendar.js';
import { isRealDate } from '../../internal/days.js';
import { isPlainObject as isPlain } from './plain.js';

/** The options the check functions read, once checked. */
export interface CheckedOptions {
  readonly calendar?: Calendar | undefined;
  readonly asOf?: string | undefined;
}

const KEYS = new Set(['calendar', 'asOf']);

/** `parseOrThrow(CheckOptionsSchema, options ?? {})` when it would succeed, without zod; otherwise `undefined`. */
export function tryCheckOptions(options: unknown): CheckedOptions | undefined {
  if (options === undefined || options === null) return { calendar: undefined, asOf: undefined };
  if (!isPlain(options)) return undefined;
  for (const k of Object.keys(options)) if (!KEYS.has(k)) return undefined;
  const { calendar, asOf } = options;
  if (calendar !== undefined && !(calendar instanceof Calendar)) return undefined;
  if (asOf !== undefined && !(typeof asOf === 'string' && isRealDate(asOf))) return undefined;
  return { calendar, asOf };
}
