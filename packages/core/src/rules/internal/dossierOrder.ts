// The checks of a dossier beyond its shape (calendar range, event order, closing events, one acceptance, appointment
// dates), shared by DossierSchema's refinement and the zod-free tryParseDossier, so that both judge alike. Free of zod.
import { CALENDAR_RANGE } from '../../calendar/internal/holidayRules.js';
import type { Dossier } from '../dossierSchema.js';
import { compareStamps, stampOf } from './timestamp.js';

/** Receives one problem: the path, the expectation in Vietnamese and English, and the offending value. */
export type OrderIssue = (path: PropertyKey[], vi: string, en: string, input: unknown) => void;

/**
 * Reports, in order, every problem of a well-shaped dossier: dates outside the calendar's range (2013–2100); an event
 * after `returned`/`withdrawn` or before the previous one; a second `accepted` or `refused`; an appointment date
 * before its event's own day.
 */
export function dossierOrderIssues(d: Dossier, add: OrderIssue): void {
  // Deadlines need the working-day calendar, which covers CALENDAR_RANGE (2013–2100). Paths and texts are made only
  // for a problem: this runs on every dossier of a batch.
  const { from, to } = CALENDAR_RANGE;
  const outside = (text: string) => {
    const year = Number(text.slice(0, 4));
    return year < from || year > to;
  };
  const range = (path: PropertyKey[], text: string) =>
    add(
      path,
      `một ngày trong các năm ${from}–${to} (phạm vi của lịch ngày làm việc)`,
      `a date in ${from}–${to} (the working-day calendar's range)`,
      text,
    );
  const events = d.events;
  if (outside(d.receivedAt)) range(['receivedAt'], d.receivedAt);
  if (d.dueDate !== undefined && outside(d.dueDate)) range(['dueDate'], d.dueDate);
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    if (outside(e.date)) range(['events', i, 'date'], e.date);
    if ('dueDate' in e && e.dueDate !== undefined && outside(e.dueDate))
      range(['events', i, 'dueDate'], e.dueDate);
    if ('newDueDate' in e && e.newDueDate !== undefined && outside(e.newDueDate))
      range(['events', i, 'newDueDate'], e.newDueDate);
  }
  let previous = stampOf(d.receivedAt);
  let previousAt = -1; // the index of the previous event, -1 for receivedAt
  let closedBy: string | undefined;
  let acceptedAt = -1;
  let refusedAt = -1;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    const here = stampOf(e.date);
    if (closedBy !== undefined) {
      add(
        ['events', i, 'type'],
        `không có sự kiện nào sau "${closedBy}" (hồ sơ đã kết thúc)`,
        `no event after "${closedBy}" (the dossier is closed)`,
        e.type,
      );
    } else if (compareStamps(here, previous) < 0) {
      const previousPath = previousAt < 0 ? 'receivedAt' : `events[${previousAt}].date`;
      add(
        ['events', i, 'date'],
        `một thời điểm không trước ${previousPath} (các sự kiện theo thứ tự thời gian)`,
        `a time not before ${previousPath} (events in date order)`,
        e.date,
      );
    }
    if (e.type === 'accepted' || e.type === 'refused') {
      const first = e.type === 'accepted' ? acceptedAt : refusedAt;
      if (first >= 0)
        add(
          ['events', i, 'type'],
          `"${e.type}" chỉ một lần (đã có ở events[${first}])`,
          `"${e.type}" only once (already at events[${first}])`,
          e.type,
        );
      else if (e.type === 'accepted') acceptedAt = i;
      else refusedAt = i;
    }
    const due = 'dueDate' in e ? e.dueDate : 'newDueDate' in e ? e.newDueDate : undefined;
    if (due !== undefined && stampOf(due).day < here.day) {
      const field = 'dueDate' in e ? 'dueDate' : 'newDueDate';
      add(
        ['events', i, field],
        `một ngày hẹn không trước ngày của sự kiện (${e.date.slice(0, 10)})`,
        `an appointment not before the event's own date (${e.date.slice(0, 10)})`,
        due,
      );
    }
    if (e.type === 'returned' || e.type === 'withdrawn') closedBy ??= e.type;
    previous = here;
    previousAt = i;
  }
}
