import { describe, expect, it } from 'vitest';
import type { CchcError } from '../schema/CchcError.js';
import { createCalendar } from './createCalendar.js';
import { isWorkingDay } from './isWorkingDay.js';

describe('createCalendar', () => {
  it('defaults to the national civil-service calendar', () => {
    const cal = createCalendar();
    expect(cal.saturday).toBe('off');
    expect(isWorkingDay('2017-03-11', cal)).toBe(false);
  });

  it('rejects unknown options and bad values with bilingual messages', () => {
    // biome-ignore lint/suspicious/noExplicitAny: invalid on purpose
    expect(() => createCalendar({ saturdays: 'full' } as any)).toThrow(/unknown field "saturdays"/);
    // biome-ignore lint/suspicious/noExplicitAny: invalid on purpose
    expect(() => createCalendar({ saturday: 'afternoon' } as any)).toThrow(/saturday/);
    try {
      createCalendar({ extraHolidays: [{ date: '2017-02-30' }] });
      expect.unreachable();
    } catch (error) {
      expect((error as CchcError).issues[0]?.path).toBe('options.extraHolidays[0].date');
    }
  });

  it('rejects an announcement row whose Tết break is backwards', () => {
    expect(() =>
      createCalendar({
        announcements: [
          {
            year: 2031,
            tet: { from: '2031-01-30', to: '2031-01-20' },
            sources: [{ document: 'x', issuer: 'y' }],
            verified: false,
            evidence: 'recalled',
          },
        ],
      }),
    ).toThrow(/tet\.from ≤ tet\.to/);
  });

  it('refuses a plain object posing as a calendar', () => {
    // biome-ignore lint/suspicious/noExplicitAny: invalid on purpose
    expect(() => isWorkingDay('2017-03-06', { saturday: 'full' } as any)).toThrow(/createCalendar/);
  });
});
