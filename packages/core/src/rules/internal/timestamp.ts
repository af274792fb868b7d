// Timestamps of the one-stop log: a plain date 'YYYY-MM-DD' or an ISO date-time. Date-times without an offset are
// local time in Vietnam (UTC+7); with 'Z' or an offset they are converted to UTC+7. Parsed to integers once, so the
// hot path never touches Date objects or strings again.
import { daysInMonth, toDayNumber } from '../../internal/days.js';

/** A parsed timestamp: local (UTC+7) day number and minute of the day, or `-1` when only the date is known. */
export interface Stamp {
  readonly day: number;
  readonly minute: number;
}

const PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** Vietnam's offset from UTC, in minutes. */
const LOCAL_OFFSET = 7 * 60;

/** The number of the two ASCII digits at `i`, or NaN. */
function twoDigits(t: string, i: number): number {
  const a = t.charCodeAt(i) - 48;
  const b = t.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : Number.NaN;
}

/** Parses a timestamp, or returns `undefined` when it is malformed or names a date that does not exist. */
export function parseStamp(text: string): Stamp | undefined {
  const n = text.length;
  // The common forms first, read by character codes: 'YYYY-MM-DD', 'YYYY-MM-DDTHH:mm', 'YYYY-MM-DDTHH:mm:ss'.
  if (
    n === 10 ||
    ((n === 16 || n === 19) &&
      text[10] === 'T' &&
      text[13] === ':' &&
      (n === 16 || text[16] === ':'))
  ) {
    const y = twoDigits(text, 0) * 100 + twoDigits(text, 2);
    const m = twoDigits(text, 5);
    const d = twoDigits(text, 8);
    if (text[4] !== '-' || text[7] !== '-' || !(y >= 0) || !(m >= 1 && m <= 12)) return undefined;
    if (!(d >= 1 && d <= daysInMonth(y, m))) return undefined;
    const day = toDayNumber(y, m, d);
    if (n === 10) return { day, minute: -1 };
    const hour = twoDigits(text, 11);
    const minute = twoDigits(text, 14);
    if (!(hour <= 23 && minute <= 59 && (n === 16 || twoDigits(text, 17) <= 59))) return undefined;
    return { day, minute: hour * 60 + minute };
  }
  return parsePattern(text);
}

/** Parses any form of timestamp with the regular expression (the reference for the forms read above). */
export function parsePattern(text: string): Stamp | undefined {
  const match = PATTERN.exec(text);
  if (match === null) return undefined;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  const day = toDayNumber(y, m, d);
  if (match[4] === undefined) return { day, minute: -1 };
  const hour = Number(match[4]);
  const minute = Number(match[5]);
  const second = match[6] === undefined ? 0 : Number(match[6]);
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  let total = day * 1440 + hour * 60 + minute;
  const zone = match[7];
  if (zone !== undefined) {
    let offset = 0;
    if (zone !== 'Z') {
      const oh = Number(zone.slice(1, 3));
      const om = Number(zone.slice(4, 6));
      if (oh > 14 || om > 59) return undefined;
      offset = (zone[0] === '-' ? -1 : 1) * (oh * 60 + om);
    }
    total += LOCAL_OFFSET - offset;
  }
  const localDay = Math.floor(total / 1440);
  return { day: localDay, minute: total - localDay * 1440 };
}

const digit = (text: string, i: number) => text.charCodeAt(i) - 48;

// Day numbers of 1 January and 1 March of the years 1900–2299, so that a date's day number is two table reads and
// additions rather than the divisions of toDayNumber (constant tables, computed once).
const FIRST_YEAR = 1900;
const YEARS = 400;
const JAN1 = new Int32Array(YEARS);
const MAR1 = new Int32Array(YEARS);
for (let i = 0; i < YEARS; i++) {
  JAN1[i] = toDayNumber(FIRST_YEAR + i, 1, 1);
  MAR1[i] = toDayNumber(FIRST_YEAR + i, 3, 1);
}
/** Days from 1 March to the first of each month from March (index 3) to December (index 12). */
const FROM_MARCH = Int32Array.of(0, 0, 0, 0, 31, 61, 92, 122, 153, 184, 214, 245, 275);

/** Day number of a validated 'YYYY-MM-DD…' prefix, read digit by digit (no slicing, no Number()). */
function fastDay(text: string): number {
  const y = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
  const m = digit(text, 5) * 10 + digit(text, 6);
  const d = digit(text, 8) * 10 + digit(text, 9);
  const i = y - FIRST_YEAR;
  if (i < 0 || i >= YEARS) return toDayNumber(y, m, d);
  if (m >= 3) return MAR1[i]! + FROM_MARCH[m]! + d - 1;
  return JAN1[i]! + (m === 2 ? 31 : 0) + d - 1;
}

/** Parses a timestamp already validated by the schema (fast paths for local dates and date-times). */
export function stampOf(text: string): Stamp {
  const n = text.length;
  if (n === 10) return { day: fastDay(text), minute: -1 };
  if (n === 16 || n === 19) {
    // 'YYYY-MM-DDTHH:mm' or 'YYYY-MM-DDTHH:mm:ss', local time (no zone).
    return {
      day: fastDay(text),
      minute:
        (digit(text, 11) * 10 + digit(text, 12)) * 60 + digit(text, 14) * 10 + digit(text, 15),
    };
  }
  return parseStamp(text)!;
}

/** Local minute of the day of a timestamp already validated by the schema, or -1 for a plain date. */
export function minuteOfStamp(text: string): number {
  const n = text.length;
  if (n === 10) return -1;
  if (n === 16 || n === 19)
    return (digit(text, 11) * 10 + digit(text, 12)) * 60 + digit(text, 14) * 10 + digit(text, 15);
  return parseStamp(text)!.minute;
}

/** Local day number of a timestamp already validated by the schema. */
export function dayOfStamp(text: string): number {
  const n = text.length;
  return n === 10 || n === 16 || n === 19 ? fastDay(text) : parseStamp(text)!.day;
}

/** Orders two stamps: by day; on the same day by minute when both carry a time, else equal. */
export function compareStamps(a: Stamp, b: Stamp): number {
  if (a.day !== b.day) return a.day - b.day;
  if (a.minute < 0 || b.minute < 0) return 0;
  return a.minute - b.minute;
}
