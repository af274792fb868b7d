export { addWorkingDays } from './addWorkingDays.js';
export {
  type CalendarOptions,
  CalendarOptionsSchema,
  type SaturdayPolicy,
  SaturdayPolicySchema,
} from './calendarOptions.js';
export { Calendar, createCalendar } from './createCalendar.js';
export { holidaysOf, specialWorkingDaysOf } from './holidaysOf.js';
export {
  type HolidayAnnouncement,
  type HolidayAnnouncementInput,
  HolidayAnnouncementSchema,
  type HolidayTable,
  HolidayTableSchema,
  type Source,
  SourceSchema,
} from './holidayTable.js';
export { CALENDAR_RANGE } from './internal/holidayRules.js';
export type { LunarDate } from './internal/lunar.js';
export type { Holiday, SpecialWorkingDay } from './internal/yearTable.js';
export { isReceptionDay } from './isReceptionDay.js';
export { isWorkingDay } from './isWorkingDay.js';
export { LUNAR_RANGE, type LunarOptions } from './lunarSchemas.js';
export { lunarToSolar } from './lunarToSolar.js';
export { nextWorkingDay } from './nextWorkingDay.js';
export { solarToLunar } from './solarToLunar.js';
export { workingDaysBetween } from './workingDaysBetween.js';
