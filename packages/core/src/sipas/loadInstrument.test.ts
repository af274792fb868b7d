import { describe, expect, it } from 'vitest';
import communeUbnd from '../../data/instruments/commune-ubnd-example.json';
import healthStation from '../../data/instruments/health-station-example.json';
import sipas2017 from '../../data/instruments/sipas-2017.json';
import { CchcError } from '../schema/CchcError.js';
import { getInstrument } from './getInstrument.js';
import { type Instrument, InstrumentSchema } from './instrumentSchema.js';
import {
  type InstrumentCache,
  type InstrumentImports,
  loadShipped,
} from './internal/loadShipped.js';
import { loadInstrument } from './loadInstrument.js';
import { parseInstrument } from './parseInstrument.js';
import { SHIPPED_INSTRUMENTS } from './shippedInstruments.js';

const FILES: Record<string, unknown> = {
  'sipas-2017': sipas2017,
  'commune-ubnd-example': communeUbnd,
  'health-station-example': healthStation,
};

/** InstrumentSchema's output for a copy of a shipped file (a copy: loadInstrument freezes the file's own object). */
const parsedCopy = (id: string) => InstrumentSchema.parse(structuredClone(FILES[id]));

// loadInstrument does not run the schema on a shipped file: it trusts it. That is safe only while every file is
// stored exactly as the schema would return it — every default written out, nothing the schema would change.
describe('the shipped instrument files are stored in their parsed form', () => {
  it.each(SHIPPED_INSTRUMENTS)(
    '%s equals its InstrumentSchema output, key order included',
    (id) => {
      const file = FILES[id];
      expect(parsedCopy(id)).toStrictEqual(file);
      expect(JSON.stringify(parsedCopy(id))).toBe(JSON.stringify(file));
    },
  );

  it('control: a file without a defaulted field would differ from its parse output', () => {
    const copy = structuredClone(sipas2017) as {
      elements: { questions: { counts?: boolean }[] }[];
    };
    delete copy.elements[0]!.questions[0]!.counts;
    expect(InstrumentSchema.parse(copy)).not.toStrictEqual(copy);
  });
});

/** The rejection of a promise (fails the test if it resolves). */
async function rejection(promise: Promise<unknown>): Promise<CchcError> {
  const error = await promise.then(
    () => expect.unreachable('resolved'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(CchcError);
  return error as CchcError;
}

describe('loadInstrument', () => {
  it.each(SHIPPED_INSTRUMENTS)(
    'loads %s deep-equal to getInstrument and to a fresh parse, frozen, known as parsed',
    async (id) => {
      const loaded = await loadInstrument(id);
      expect(loaded.id).toBe(id);
      expect(loaded).toStrictEqual(getInstrument(id));
      expect(loaded).toStrictEqual(parsedCopy(id));
      expect(Object.isFrozen(loaded)).toBe(true);
      expect(Object.isFrozen(loaded.elements[0]!.questions[0])).toBe(true);
      expect(parseInstrument(loaded)).toBe(loaded); // no second check (validateResponses, scoreSipas)
    },
  );

  it('returns the same object on a second call, and to concurrent calls', async () => {
    const [a, b] = await Promise.all([
      loadInstrument('commune-ubnd-example'),
      loadInstrument('commune-ubnd-example'),
    ]);
    expect(b).toBe(a);
    expect(await loadInstrument('commune-ubnd-example')).toBe(a);
  });

  it('rejects an unknown id with the bilingual error of getInstrument, listing the shipped ids', async () => {
    const error = await rejection(loadInstrument('sipas-2023'));
    expect(error.code).toBe('unknown-instrument');
    expect(error.issues[0]!.message).toEqual({
      vi: 'id: không có bộ phiếu "sipas-2023"; các bộ phiếu có sẵn: sipas-2017, commune-ubnd-example, health-station-example',
      en: 'id: no instrument "sipas-2023"; shipped instruments: sipas-2017, commune-ubnd-example, health-station-example',
    });
    let sync: unknown;
    try {
      getInstrument('sipas-2023');
    } catch (e) {
      sync = e;
    }
    expect(error.issues).toEqual((sync as CchcError).issues);
  });

  it.each([
    ['a Symbol', Symbol('sipas-2017')],
    ['a null-prototype object', Object.create(null)],
    ['a number', 2017],
    ['a String object', new String('sipas-2017')],
  ])('rejects %s as id (never throws synchronously)', async (_, id) => {
    let promise: Promise<Instrument> | undefined;
    expect(() => {
      promise = loadInstrument(id as string);
    }).not.toThrow();
    const error = await rejection(promise!);
    expect(error.issues).toMatchObject([
      { path: 'id', expected: { vi: 'chuỗi ký tự', en: 'a text' } },
    ]);
  });
});

describe('loadShipped (the import behind loadInstrument)', () => {
  const data = structuredClone(getInstrument('sipas-2017'));
  const importsWith = (sipas: InstrumentImports['sipas-2017']): InstrumentImports => ({
    'sipas-2017': sipas,
    'commune-ubnd-example': () => Promise.reject(new Error('not in this test')),
    'health-station-example': () => Promise.reject(new Error('not in this test')),
  });

  it('imports each id once, however many calls', async () => {
    let imports = 0;
    const cache: InstrumentCache = new Map();
    const table = importsWith(async () => {
      imports++;
      return { default: data };
    });
    const [a, b] = await Promise.all([
      loadShipped('sipas-2017', table, cache),
      loadShipped('sipas-2017', table, cache),
    ]);
    expect(await loadShipped('sipas-2017', table, cache)).toBe(a);
    expect(b).toBe(a);
    expect(imports).toBe(1);
  });

  it('turns a failed import (offline) into a bilingual CchcError and tries again on the next call', async () => {
    let online = false;
    const cache: InstrumentCache = new Map();
    const offline = new TypeError('Failed to fetch dynamically imported module');
    const table = importsWith(async () => {
      if (!online) throw offline;
      return { default: data };
    });
    const error = await rejection(loadShipped('sipas-2017', table, cache));
    expect(error.code).toBe('instrument-unavailable');
    expect(error.issues[0]!.message.vi).toContain('không tải được bộ phiếu "sipas-2017"');
    expect(error.issues[0]!.message.en).toContain('could not load instrument "sipas-2017"');
    expect(error.cause).toBe(offline);
    online = true;
    expect((await loadShipped('sipas-2017', table, cache)).id).toBe('sipas-2017');
  });

  it('trusts what the import returns (no schema: the files are proved above), frozen and known as parsed', async () => {
    const file = structuredClone(data);
    const table = importsWith(async () => ({ default: file }));
    const loaded = await loadShipped('sipas-2017', table, new Map());
    expect(loaded).toBe(file);
    expect(Object.isFrozen(file.elements[4]!.questions[0]!.text)).toBe(true);
    expect(parseInstrument(file)).toBe(file);
  });
});
