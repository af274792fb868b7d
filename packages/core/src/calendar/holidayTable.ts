import * as z from 'zod/mini';
import { PlainDateSchema } from '../schema/plainDate.js';

const text = z.string().check(z.minLength(1));

/** A legal or administrative document a piece of data comes from. */
export const SourceSchema = z.strictObject({
  /** Number and title, e.g. `'Công văn 9794/VPCP-KGVX'`. */
  document: text,
  /** Date of issue. */
  date: z.optional(PlainDateSchema),
  /** Issuing body, e.g. `'Văn phòng Chính phủ'`. */
  issuer: text,
  /** Article / clause, when the data comes from a specific provision. */
  article: z.optional(text),
  /** Where a copy was read. */
  url: z.optional(text),
});
/** A legal or administrative source. */
export type Source = z.infer<typeof SourceSchema>;

/**
 * One year's official holiday schedule for civil servants, as the Government announces it (usually the autumn before).
 *
 * Only what the law leaves to the yearly announcement is here: the Tết break, the second National Day holiday
 * (from 2021), official day swaps, and — when an announcement departs from the Labour Code rule — compensatory days.
 * The fixed holidays (1/1, 10/3 lunar, 30/4, 1/5, 2/9) come from the Labour Code itself.
 */
export const HolidayAnnouncementSchema = z
  .strictObject({
    year: z.int().check(z.minimum(1900), z.maximum(2100)),
    /** The whole Tết break for civil servants, weekends included: first and last day off. */
    tet: z.strictObject({ from: PlainDateSchema, to: PlainDateSchema }),
    /** Every National Day holiday (2/9 and, from 2021, the day before or after it). Omitted → 2/9 alone, or the rule's pick. */
    nationalDay: z.optional(z.array(PlainDateSchema).check(z.minLength(1), z.maxLength(2))),
    /** Compensatory days (nghỉ bù) as announced; when present they replace the rule-computed ones outside Tết. */
    compensatory: z.optional(
      z.array(z.strictObject({ date: PlainDateSchema, for: PlainDateSchema })),
    ),
    /** Official swaps: a weekday `off` in exchange for working the Saturday `work`. */
    swaps: z._default(z.array(z.strictObject({ off: PlainDateSchema, work: PlainDateSchema })), []),
    /** The announcing documents. */
    sources: z.array(SourceSchema).check(z.minLength(1)),
    /** True only when every day of this row was read in the announcing document itself. */
    verified: z.boolean(),
    /** How the row was checked: the document itself, a copy / library citing it, or recollection only. */
    evidence: z.enum(['official', 'secondary', 'recalled']),
    /** What was and was not confirmed. */
    note: z.optional(z.string()),
  })
  .check(
    z.superRefine((row, ctx) => {
      const inYear = (d: string) => Number(d.slice(0, 4)) === row.year;
      if (row.tet.from > row.tet.to || !inYear(row.tet.from) || !inYear(row.tet.to)) {
        ctx.addIssue({
          code: 'custom',
          path: ['tet'],
          message: 'tet.from ≤ tet.to, both in the row’s year',
          params: {
            vi: 'tet.from ≤ tet.to, cùng năm của dòng',
            en: 'tet.from ≤ tet.to, both in the row’s year',
          },
        });
      }
      if (row.verified && row.evidence !== 'official') {
        ctx.addIssue({
          code: 'custom',
          path: ['verified'],
          message: 'verified rows need evidence "official"',
          params: {
            vi: 'chỉ dòng có evidence "official" mới được verified',
            en: 'only rows with evidence "official" may be verified',
          },
        });
      }
    }),
  );
/** One year's announced holiday schedule. */
export type HolidayAnnouncement = z.output<typeof HolidayAnnouncementSchema>;
/** One year's announced holiday schedule, as written in JSON. */
export type HolidayAnnouncementInput = z.input<typeof HolidayAnnouncementSchema>;

/** A versioned table of announcements, one row per year. */
export const HolidayTableSchema = z
  .strictObject({
    id: text,
    version: text,
    description: z.optional(z.string()),
    rows: z.array(HolidayAnnouncementSchema),
  })
  .check(
    z.superRefine((table, ctx) => {
      const seen = new Set<number>();
      table.rows.forEach((row, i) => {
        if (seen.has(row.year)) {
          ctx.addIssue({
            code: 'custom',
            path: ['rows', i, 'year'],
            message: `duplicate year ${row.year}`,
            params: { vi: `năm ${row.year} không được lặp lại`, en: `year ${row.year} only once` },
          });
        }
        seen.add(row.year);
      });
    }),
  );
/** A versioned table of yearly holiday announcements. */
export type HolidayTable = z.output<typeof HolidayTableSchema>;
