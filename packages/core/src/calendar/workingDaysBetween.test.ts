import { describe, expect, it } from 'vitest';
import { createCalendar } from './createCalendar.js';
import { workingDaysBetween } from './workingDaysBetween.js';

describe('workingDaysBetween', () => {
  it('counts working days d with a < d ≤ b', () => {
    expect(workingDaysBetween('2017-01-25', '2017-02-06')).toBe(3);
    expect(workingDaysBetween('2017-03-06', '2017-03-06')).toBe(0);
    expect(workingDaysBetween('2017-03-10', '2017-03-13')).toBe(1); // Fri → Mon
    expect(workingDaysBetween('2017-03-11', '2017-03-12')).toBe(0); // Sat → Sun
  });

  it('is negative when b is before a', () => {
    expect(workingDaysBetween('2017-02-06', '2017-01-25')).toBe(-3);
  });

  it('spans several years: 2017 has 248 working days for civil servants', () => {
    // 260 weekdays in 2017 minus 12 weekdays off: 2/1; Tết 26, 27, 30, 31/1, 1/2; 6/4; 1/5, 2/5; 4/9 — and
    // 30/4 (Sun), 2/9 (Sat) fall on weekends. 260 − 10 = 250? Listing them: 2/1, 26/1, 27/1, 30/1, 31/1, 1/2,
    // 6/4, 1/5, 2/5, 4/9 = 10 weekdays off → 250 working days.
    expect(workingDaysBetween('2016-12-31', '2017-12-31')).toBe(250);
    expect(workingDaysBetween('2016-12-31', '2018-12-31')).toBe(
      250 + workingDaysBetween('2017-12-31', '2018-12-31'),
    );
  });

  it('uses the calendar’s Saturday policy', () => {
    expect(
      workingDaysBetween('2017-03-10', '2017-03-13', createCalendar({ saturday: 'full' })),
    ).toBe(2);
  });
});
