import { describe, expect, it } from 'vitest';
import { CchcError } from '../schema/CchcError.js';
import { addWorkingDays } from './addWorkingDays.js';
import { createCalendar } from './createCalendar.js';

describe('addWorkingDays', () => {
  it('skips the Tết Đinh Dậu break 26/1–1/2/2017 (Công văn 9794/VPCP-KGVX)', () => {
    // Working days after Wed 25/1/2017: Thu 2/2 (1), Fri 3/2 (2), Mon 6/2 (3).
    expect(addWorkingDays('2017-01-25', 3)).toBe('2017-02-06');
  });

  it('does not count the start date', () => {
    expect(addWorkingDays('2017-03-06', 1)).toBe('2017-03-07'); // Mon → Tue
    expect(addWorkingDays('2017-03-10', 1)).toBe('2017-03-13'); // Fri → Mon
  });

  it('with n = 0 returns the date itself on a working day, else the next working day', () => {
    expect(addWorkingDays('2017-03-06', 0)).toBe('2017-03-06');
    expect(addWorkingDays('2017-03-11', 0)).toBe('2017-03-13'); // Saturday → Monday
    expect(addWorkingDays('2017-01-28', 0)).toBe('2017-02-02'); // Tết → first day back
  });

  it('skips compensatory days: 30/4/2017 (Sun) → Tue 2/5 off, 1/5 Mon holiday', () => {
    // Fri 28/4 + 1 → Wed 3/5 (Mon 1/5 holiday, Tue 2/5 compensatory).
    expect(addWorkingDays('2017-04-28', 1)).toBe('2017-05-03');
  });

  it('counts a Saturday worked under an official swap (Sat 5/1/2019 for Mon 31/12/2018)', () => {
    // Fri 28/12/2018 + 1: Mon 31/12 swapped off, Tue 1/1 holiday, Wed 2/1 is the first working day.
    expect(addWorkingDays('2018-12-28', 1)).toBe('2019-01-02');
    // Fri 4/1/2019 + 1 → Sat 5/1/2019 (worked).
    expect(addWorkingDays('2019-01-04', 1)).toBe('2019-01-05');
  });

  it('counts Saturdays for deadlines only under the "full" policy', () => {
    expect(addWorkingDays('2017-03-10', 1, createCalendar({ saturday: 'morning' }))).toBe(
      '2017-03-13',
    );
    expect(addWorkingDays('2017-03-10', 1, createCalendar({ saturday: 'full' }))).toBe(
      '2017-03-11',
    );
  });

  it('applies a province’s extra holidays and extra working days', () => {
    const cal = createCalendar({
      extraHolidays: [{ date: '2017-03-07', basis: 'QĐ …/UBND (example)' }],
      extraWorkingDays: [{ date: '2017-03-11' }],
    });
    expect(addWorkingDays('2017-03-06', 1, cal)).toBe('2017-03-08');
    expect(addWorkingDays('2017-03-10', 1, cal)).toBe('2017-03-11');
  });

  it('crosses year boundaries', () => {
    // Fri 29/12/2017 + 1: Mon 1/1/2018 holiday → Tue 2/1/2018.
    expect(addWorkingDays('2017-12-29', 1)).toBe('2018-01-02');
  });

  it.each([
    ['2017-02-30', 3, 'date'],
    ['17/2/2017', 3, 'date'],
    ['2017-01-25', -1, 'n'],
    ['2017-01-25', 1.5, 'n'],
    ['2017-01-25', Number.NaN, 'n'],
  ])('rejects %s + %s with a bilingual error naming %s', (date, n, field) => {
    try {
      addWorkingDays(date as string, n as number);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CchcError);
      const issue = (error as CchcError).issues[0]!;
      expect(issue.path).toBe(field);
      expect(issue.message.vi).toMatch(/nhận được/);
      expect(issue.message.en).toMatch(/received/);
    }
  });

  it('rejects dates outside the calendar’s range', () => {
    expect(() => addWorkingDays('2012-12-31', 1)).toThrow(/2013–2100/);
    expect(() => addWorkingDays('2100-12-31', 5)).toThrow(CchcError);
  });
});
