import shippedTable from '../../data/holidays-vn.json';
import { parseOrThrow } from '../schema/parse.js';
import {
  type CalendarOptions,
  CalendarOptionsSchema,
  type SaturdayPolicy,
} from './calendarOptions.js';
import { type HolidayAnnouncement, type HolidayTable, HolidayTableSchema } from './holidayTable.js';
import { buildYear, type YearTable } from './internal/yearTable.js';

/**
 * A working-day calendar: the national holidays for civil servants, a unit's Saturday policy, and a province's own
 * extra days off and working days. Create one with {@link createCalendar}; year tables are computed on first use.
 */
export class Calendar {
  /** Saturday policy: `'off'`, `'morning'` (reception only) or `'full'`. */
  readonly saturday: SaturdayPolicy;
  readonly #options: ReturnType<typeof CalendarOptionsSchema.parse>;
  readonly #rows: ReadonlyMap<number, HolidayAnnouncement>;
  readonly #years = new Map<number, YearTable>();

  /** @internal Use {@link createCalendar}. */
  constructor(options: ReturnType<typeof CalendarOptionsSchema.parse>, table: HolidayTable) {
    this.#options = options;
    this.saturday = options.saturday;
    const rows = new Map<number, HolidayAnnouncement>();
    for (const row of table.rows) rows.set(row.year, row);
    for (const row of options.announcements) rows.set(row.year, row);
    this.#rows = rows;
  }

  /** The announcement row used for `year`, if any (the user's override first, then the shipped table). */
  announcementFor(year: number): HolidayAnnouncement | undefined {
    return this.#rows.get(year);
  }

  /** @internal The year's day-off bitmap and cumulative working-day counts. */
  yearTable(year: number): YearTable {
    let table = this.#years.get(year);
    if (table === undefined) {
      table = buildYear(year, this.#options, this.#rows);
      this.#years.set(year, table);
    }
    return table;
  }
}

/**
 * Creates a working-day calendar (lịch ngày làm việc).
 *
 * The default is the national calendar for civil servants: Saturdays and Sundays off, the Labour Code's public
 * holidays with compensatory days, and the Tết break, National Day and day swaps announced each year (shipped table
 * 2017–2026; other years are estimated by the law's rules and flagged `estimated`).
 *
 * @param options - `saturday` (`'off'` | `'morning'` | `'full'`; deadlines count Saturdays only when `'full'`),
 *   `extraHolidays`, `extraWorkingDays` (a province's own decisions), `announcements` (replace or add a year's row).
 * @returns A calendar to pass to the working-day functions.
 * @throws {@link CchcError} on an unknown option or a malformed date.
 * @example
 * const khanhHoa = createCalendar({ saturday: 'morning', extraHolidays: [{ date: '2017-06-20', basis: 'QĐ …/UBND' }] })
 * addWorkingDays('2017-06-19', 1, khanhHoa) //=> '2017-06-21'
 * @see Bộ luật Lao động 2019, Điều 112; Quyết định 188/1999/QĐ-TTg (40-hour week for civil servants)
 */
export function createCalendar(options?: CalendarOptions): Calendar {
  const parsed = parseOrThrow(CalendarOptionsSchema, options ?? {}, 'options');
  const table = parseOrThrow(HolidayTableSchema, shippedTable, 'holidays-vn.json');
  return new Calendar(parsed, table);
}
