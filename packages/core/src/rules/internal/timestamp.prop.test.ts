// parseStamp reads the common forms ('YYYY-MM-DD', 'YYYY-MM-DDTHH:mm', 'YYYY-MM-DDTHH:mm:ss') by character codes and
// every other form with the regular expression; on any text it must give what the regular expression gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePattern, parseStamp } from './timestamp.js';

const char = fc.constantFrom(
  '0',
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '9',
  '２',
  '-',
  'T',
  ':',
  ' ',
  'Z',
  '+',
  '.',
  'a',
);
const two = fc.oneof(
  fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0')),
  fc.tuple(char, char).map(([a, b]) => a + b),
);
const stamp = fc.oneof(
  fc
    .tuple(two, two, two, two, two, two, two, fc.constantFrom(':', '.', 'Z', '+07:00', ':00Z'))
    .map(([a, b, m, d, h, n, s, tail]) => `${a}${b}-${m}-${d}T${h}:${n}${tail}${s}`)
    .chain((t) =>
      fc.constantFrom(t, t.slice(0, 10), t.slice(0, 16), t.slice(0, 19), t.slice(0, 17)),
    ),
  fc.stringMatching(
    /^\d{4}-[01]\d-[0-3]\d(T[0-2]\d:[0-6]\d(:[0-6]\d(\.\d{1,3})?)?(Z|[+-][01]\d:[0-6]\d)?)?$/,
  ),
  fc.string({ unit: char, maxLength: 22 }),
);

describe('parseStamp ≡ the regular expression', () => {
  it('on timestamps of every form, valid or not', () => {
    let valid = 0;
    fc.assert(
      fc.property(stamp, (text) => {
        const expected = parsePattern(text);
        if (expected !== undefined) valid++;
        expect(parseStamp(text)).toStrictEqual(expected);
      }),
      { numRuns: 20_000 },
    );
    expect(valid).toBeGreaterThan(2000);
  });

  it('on the days of 2013–2100 at every minute form', () => {
    for (let y = 2013; y <= 2100; y += 29)
      for (const m of ['01', '02', '12'])
        for (const d of ['01', '28', '29', '30', '31'])
          for (const t of ['', 'T00:00', 'T23:59', 'T24:00', 'T12:60', 'T07:30:59', 'T07:30:60']) {
            const text = `${y}-${m}-${d}${t}`;
            expect(parseStamp(text)).toStrictEqual(parsePattern(text));
          }
  });
});
