import { z } from 'zod';
import { PlainDateSchema } from '../schema/plainDate.js';
import { HolidayAnnouncementSchema } from './holidayTable.js';

const BilingualSchema = z.strictObject({ vi: z.string().min(1), en: z.string().min(1) });

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
  saturday: SaturdayPolicySchema.default('off'),
  /** A province's or unit's own days off (e.g. a provincial anniversary). */
  extraHolidays: z
    .array(
      z.strictObject({
        date: PlainDateSchema,
        name: BilingualSchema.optional(),
        basis: z.string().min(1).optional(),
      }),
    )
    .default([]),
  /** Days that are working days although the national calendar says otherwise (e.g. a provincial make-up Saturday). */
  extraWorkingDays: z
    .array(z.strictObject({ date: PlainDateSchema, basis: z.string().min(1).optional() }))
    .default([]),
  /** Yearly announcements that replace the shipped table's row for the same year (or add a year). */
  announcements: z.array(HolidayAnnouncementSchema).default([]),
});
/** Options of {@link createCalendar}. */
export type CalendarOptions = z.input<typeof CalendarOptionsSchema>;
/** Parsed options of a calendar. */
export type ResolvedCalendarOptions = z.output<typeof CalendarOptionsSchema>;
