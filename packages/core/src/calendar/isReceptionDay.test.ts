import { describe, expect, it } from 'vitest';
import { addWorkingDays } from './addWorkingDays.js';
import { createCalendar } from './createCalendar.js';
import { isReceptionDay } from './isReceptionDay.js';

describe('isReceptionDay', () => {
  const morning = createCalendar({ saturday: 'morning' });

  it('opens on Saturday mornings only under the "morning" policy', () => {
    expect(isReceptionDay('2017-03-11', morning)).toBe(true);
    expect(isReceptionDay('2017-03-11')).toBe(false);
    expect(isReceptionDay('2017-03-12', morning)).toBe(false); // Sunday
    expect(isReceptionDay('2017-03-13')).toBe(true); // Monday
  });

  it('stays closed on a Saturday that is a holiday (2/9/2017) or inside the Tết break (28/1/2017)', () => {
    expect(isReceptionDay('2017-09-02', morning)).toBe(false);
    expect(isReceptionDay('2017-01-28', morning)).toBe(false);
  });

  it('does not change deadline arithmetic', () => {
    expect(addWorkingDays('2017-03-10', 1, morning)).toBe('2017-03-13');
  });
});
