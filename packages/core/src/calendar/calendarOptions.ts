import * as z from 'zod/mini';
import { PlainDateSchema } from '../schema/plainDate.js';
import { HolidayAnnouncementSchema } from './holidayTable.js';

const text = z.string().check(z.minLength(1));
const BilingualSchema = z.strictObject({ vi: text, en: text });

/**
 * Saturday policy of a unit:
 * - `'off'` (default) — Saturday is a rest day;
 * - `'morning'` — the one-stop section receives and returns dossiers on Saturday mornings, but deadlines still count Monday–Friday;
 * - `'full'` — Saturday counts as a working day, deadlines included.
 */
export const SaturdayPolicySchema = z.enum(['off', 'morning', 'full']);
/** Saturday policy of a unit. */
export type SaturdayPolicy = z.infer<typeof SaturdayPolicySchema>;

/** Options of {@link createCalendar}, validated with zod (unknown options are rejected). */
export const CalendarOptionsSchema = z.strictObject({
  saturday: z._default(SaturdayPolicySchema, 'off'),
  /** A province's or unit's own days off (e.g. a provincial anniversary). */
  extraHolidays: z._default(
    z.array(
      z.strictObject({
        date: PlainDateSchema,
        name: z.optional(BilingualSchema),
        basis: z.optional(text),
      }),
    ),
    [],
  ),
  /** Days that are working days although the national calendar says otherwise (e.g. a provincial make-up Saturday). */
  extraWorkingDays: z._default(
    z.array(z.strictObject({ date: PlainDateSchema, basis: z.optional(text) })),
    [],
  ),
  /** Yearly announcements that replace the shipped table's row for the same year (or add a year). */
  announcements: z._default(z.array(HolidayAnnouncementSchema), []),
});
/** Options of {@link createCalendar}. */
export type CalendarOptions = z.input<typeof CalendarOptionsSchema>;
/** Parsed options of a calendar. */
export type ResolvedCalendarOptions = z.output<typeof CalendarOptionsSchema>;
