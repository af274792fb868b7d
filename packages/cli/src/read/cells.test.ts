import { describe, expect, it } from 'vitest';
import { cellBoolean, cellDate, cellNumber } from './cells.js';

describe('cell conversions', () => {
  it('reads numbers with a decimal point or a decimal comma; text is not a number', () => {
    expect(cellNumber('4')).toEqual({ ok: true, value: 4 });
    expect(cellNumber(' 2,5 ')).toEqual({ ok: true, value: 2.5 });
    expect(cellNumber('')).toEqual({ ok: true, value: undefined });
    expect(cellNumber('bốn').ok).toBe(false);
    expect(cellNumber('4 điểm').ok).toBe(false);
  });

  it('reads yes/no in Vietnamese and English', () => {
    expect(cellBoolean('Có')).toEqual({ ok: true, value: true });
    expect(cellBoolean('không')).toEqual({ ok: true, value: false });
    expect(cellBoolean('x')).toEqual({ ok: true, value: true });
    expect(cellBoolean('maybe').ok).toBe(false);
  });

  it('reads ISO dates, dd/mm/yyyy with a time, and Excel serial numbers', () => {
    expect(cellDate('2017-05-02')).toEqual({ ok: true, value: '2017-05-02' });
    expect(cellDate('02/05/2017 09:15')).toEqual({ ok: true, value: '2017-05-02T09:15' });
    // 42857 is 2017-05-02 in Excel's 1900 date system (days since 1899-12-30).
    expect(cellDate(42857)).toEqual({ ok: true, value: '2017-05-02' });
    expect(cellDate(42857.5)).toEqual({ ok: true, value: '2017-05-02T12:00' });
    expect(cellDate('hôm qua').ok).toBe(false);
  });
});
