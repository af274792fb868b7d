// Validation of the working-day functions' arguments, shared so every function says the same thing.
import * as z from 'zod/mini';
import { dayNumberOf } from '../../internal/days.js';
import { CchcError } from '../../schema/CchcError.js';
import { parseOrThrow } from '../../schema/parse.js';
import { PlainDateSchema } from '../../schema/plainDate.js';
import { Calendar, createCalendar } from '../createCalendar.js';
import { CALENDAR_RANGE } from './holidayRules.js';

let nationalCalendar: Calendar | undefined;

/** The default national calendar (created once; it is immutable apart from its memoised year tables). */
export function resolveCalendar(calendar: Calendar | undefined): Calendar {
  if (calendar === undefined) {
    nationalCalendar ??= createCalendar();
    return nationalCalendar;
  }
  if (!(calendar instanceof Calendar)) {
    throw new CchcError('invalid-input', [
      {
        path: 'calendar',
        value: calendar,
        expected: {
          vi: 'một lịch tạo bằng createCalendar()',
          en: 'a calendar made by createCalendar()',
        },
        message: {
          vi: 'calendar: cần một lịch tạo bằng createCalendar(), không phải một đối tượng tự tạo',
          en: 'calendar: expected a calendar made by createCalendar(), not a plain object',
        },
      },
    ]);
  }
  return calendar;
}

const InRange = PlainDateSchema.check(
  z.refine(
    (d) => {
      const y = Number(d.slice(0, 4));
      return y >= CALENDAR_RANGE.from && y <= CALENDAR_RANGE.to;
    },
    {
      message: `a date in ${CALENDAR_RANGE.from}–${CALENDAR_RANGE.to}`,
      params: {
        vi: `một ngày trong các năm ${CALENDAR_RANGE.from}–${CALENDAR_RANGE.to}`,
        en: `a date in the years ${CALENDAR_RANGE.from}–${CALENDAR_RANGE.to}`,
      },
    },
  ),
);

/** Validates a plain date argument and returns its day number. */
export function dateArg(value: unknown, label = 'date'): number {
  return dayNumberOf(parseOrThrow(InRange, value, label));
}

const Count = z.int().check(z.minimum(0), z.maximum(100_000));
/** Validates a whole, non-negative number of working days. */
export function countArg(value: unknown, label = 'n'): number {
  return parseOrThrow(Count, value, label);
}

/** Validates a calendar year. */
export function yearArg(value: unknown): number {
  return parseOrThrow(
    z.int().check(z.minimum(CALENDAR_RANGE.from), z.maximum(CALENDAR_RANGE.to)),
    value,
    'year',
  );
}

/** Raised when an answer would fall beyond the calendar's last year. */
export function outOfRange(): CchcError {
  return new CchcError('out-of-range', [
    {
      path: 'n',
      expected: {
        vi: `kết quả trước hết năm ${CALENDAR_RANGE.to}`,
        en: `a result before the end of ${CALENDAR_RANGE.to}`,
      },
      message: {
        vi: `Kết quả vượt quá năm ${CALENDAR_RANGE.to}, ngoài phạm vi của lịch`,
        en: `The result falls after ${CALENDAR_RANGE.to}, beyond the calendar's range`,
      },
    },
  ]);
}
