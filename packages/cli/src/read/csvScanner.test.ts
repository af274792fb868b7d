import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvScanner, fieldText } from './csvScanner.js';

/** Scans bytes split into chunks at the given cut points. */
function scan(
  bytes: Uint8Array,
  delimiter: string,
  cuts: number[],
): { row: number; fields: string[] }[] {
  const out: { row: number; fields: string[] }[] = [];
  const scanner = new CsvScanner(delimiter, {
    record(row, count, b, starts, ends, quoted) {
      out.push({
        row,
        fields: Array.from({ length: count }, (_, i) => fieldText(b, starts, ends, quoted, i)),
      });
    },
  });
  let at = 0;
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    if (cut <= at || cut >= bytes.length) continue;
    scanner.push(bytes.subarray(at, cut));
    at = cut;
  }
  scanner.push(bytes.subarray(at));
  scanner.end();
  return out;
}

const field = fc.oneof(
  fc.constantFrom('', '4', '5', '0', 'Có', 'không', 'đơn vị'),
  fc.string({ unit: fc.constantFrom('a', 'ă', 'Đ', ' ', ',', ';', '"', '\n', '\r\n', '4') }),
);

function toCsv(rows: string[][], d: string, eol: string): string {
  return rows
    .map((r) =>
      r
        .map((f, i) =>
          f.includes(d) || /["\r\n]/.test(f) || (f === '' && i === 0)
            ? `"${f.replace(/"/g, '""')}"`
            : f,
        )
        .join(d),
    )
    .join(eol);
}

describe('CsvScanner', () => {
  it('splits every generated CSV exactly as csv-parse does, whatever the chunk boundaries', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom(',', ';'),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.nat(400)),
        (rows, d, eol, bom, trailing, cuts) => {
          const text = `${bom ? '\uFEFF' : ''}${toCsv(rows, d, eol)}${trailing ? eol : ''}`;
          const bytes = new TextEncoder().encode(text);
          const expected = parse(text, {
            bom: true,
            delimiter: d,
            relax_column_count: true,
            info: true,
          }) as unknown as {
            record: string[];
            info: { records: number };
          }[];
          const got = scan(bytes, d, cuts);
          expect(got.map((r) => r.fields)).toEqual(expected.map((e) => e.record));
          expect(got.map((r) => r.row)).toEqual(expected.map((e) => e.info.records));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('counts blank lines in row numbers as a spreadsheet does', () => {
    const got = scan(new TextEncoder().encode('a,b\n1,2\n\n3,4'), ',', []);
    expect(got.map((r) => [r.row, ...r.fields])).toEqual([
      [1, 'a', 'b'],
      [2, '1', '2'],
      [4, '3', '4'],
    ]);
  });
});
