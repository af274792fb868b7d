// tryParseDossier decides only when DossierSchema would accept, and then gives DossierSchema's output exactly (same
// values, same keys in the same order, an optional key given as undefined kept); it must decide for almost every
// well-formed dossier, or it would save nothing. Generated valid dossiers, their mutants and hostile values.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clone, exotic, hostile, mutantOf, nastyValue } from '../../../../test/fuzz/hostile.js';
import { createCalendar } from '../calendar/createCalendar.js';
import { CchcError } from '../schema/CchcError.js';
import { checkDossier } from './checkDossier.js';
import { DossierEventSchema, type DossierInput, DossierSchema } from './dossierSchema.js';
import { getRulePack } from './getRulePack.js';
import { keyOrder } from './internal/testing.js';
import { tryCheckDossier } from './internal/tryCheckDossier.js';
import { EVENT_SHAPES, tryParseDossier } from './internal/tryParseDossier.js';
import { parseDossiers } from './parseDossiers.js';
import { SHIPPED_RULE_PACKS } from './shippedRulePacks.js';

const RUNS = 2000;

// test/fuzz/rules-data.ts imports its types from '@cchc/core', a name this package's tsconfig does not map (only the
// test project's does): loaded by a path tsc does not follow, with the two generators' types written here.
const RULES_DATA = '../../../../test/fuzz/rules-data.js';
const { dossiers, shift } = (await import(/* @vite-ignore */ RULES_DATA)) as {
  dossiers: (
    from: string,
    to: string,
    options?: { minLength?: number; maxLength?: number },
  ) => fc.Arbitrary<DossierInput[]>;
  shift: (date: string, days: number) => string;
};

// The same object is equal to itself (toStrictEqual compares `constructor`s, which a hostile own key can make NaN).
expect.addEqualityTesters([(a, b) => (Object.is(a, b) ? true : undefined)]);

/** Checks the promise on one input; returns whether tryParseDossier decided and whether zod accepted. */
function judge(input: unknown): { decided: boolean; valid: boolean } {
  const quick = tryParseDossier(input);
  const zod = DossierSchema.safeParse(input);
  if (quick !== undefined) {
    expect(zod.success).toBe(true);
    expect(quick).toStrictEqual(zod.data);
    expect(keyOrder(quick)).toEqual(keyOrder(zod.data));
  }
  return { decided: quick !== undefined, valid: zod.success };
}

/** Counts decisions among the inputs zod accepts. */
function rate() {
  let valid = 0;
  let decided = 0;
  return {
    add(r: { decided: boolean; valid: boolean }) {
      if (r.valid) valid++;
      if (r.decided) decided++;
    },
    get valid() {
      return valid;
    },
    get share() {
      return valid === 0 ? 0 : decided / valid;
    },
  };
}

// Around the calendar's range (2013–2100), so that the range check is met on both sides.
const valid = dossiers('2011-06-01', '2101-06-30', { minLength: 1, maxLength: 4 });
const inRange = dossiers('2013-01-01', '2100-11-30', { minLength: 1, maxLength: 4 });
const settled = dossiers('2013-01-01', '2099-06-30', { minLength: 1, maxLength: 4 });

/** A valid dossier with optional keys given as undefined, as a JSON-free caller may pass them. */
const withUndefined = (d: Record<string, unknown>) => ({
  ...d,
  dueDate: undefined,
  events: (d.events as Record<string, unknown>[]).map((e) => ({ by: undefined, ...e })),
});

describe('tryParseDossier ≡ DossierSchema where it decides', () => {
  it('decides for (almost) every valid dossier in the calendar range, with the schema output', () => {
    const r = rate();
    fc.assert(
      fc.property(inRange, (list) => {
        for (const d of list) r.add(judge(d));
      }),
      { numRuns: RUNS },
    );
    expect(r.valid).toBeGreaterThan(RUNS);
    expect(r.share).toBeGreaterThanOrEqual(0.95);
    console.info(
      `tryParseDossier decided ${(r.share * 100).toFixed(1)} % of ${r.valid} valid dossiers`,
    );
  });

  it('on dossiers around the range, with undefined optional keys and without a prototype', () => {
    const r = rate();
    fc.assert(
      fc.property(valid, fc.nat(2), (list, how) => {
        for (const d of list) {
          const input =
            how === 0 ? d : how === 1 ? withUndefined(d) : Object.assign(Object.create(null), d);
          r.add(judge(input));
        }
      }),
      { numRuns: RUNS },
    );
    expect(r.share).toBeGreaterThanOrEqual(0.95);
  });

  it('on mutants of valid dossiers (dropped, retyped, duplicated fields, shifted dates, proto keys…)', () => {
    const r = rate();
    let invalid = 0;
    fc.assert(
      fc.property(
        inRange.chain((list) => mutantOf(list[0])),
        (m) => {
          const j = judge(m);
          r.add(j);
          if (!j.valid) invalid++;
        },
      ),
      { numRuns: RUNS * 5 },
    );
    // Both kinds are met: mutants the schema rejects, and mutants still valid that the hand path must take.
    expect(invalid).toBeGreaterThan(RUNS);
    expect(r.valid).toBeGreaterThan(RUNS / 4);
    expect(r.share).toBeGreaterThanOrEqual(0.95);
  });

  it('on hostile values, alone and in place of each field', () => {
    const fields = fc.constantFrom(
      'id',
      'unitCode',
      'procedure',
      'channel',
      'receivedAt',
      'dueDate',
      'events',
    );
    fc.assert(
      fc.property(fc.oneof(hostile, exotic), inRange, fields, nastyValue, (h, list, key, v) => {
        judge(h);
        judge({ ...clone(list[0]), [key]: v });
        judge({ ...clone(list[0]), events: [h] });
      }),
      { numRuns: RUNS },
    );
  });

  it('on date and time texts of every form, valid or not, in each date field', () => {
    const digit = fc.constantFrom('0', '1', '2', '3', '5', '9', '２', 'a', ' ');
    const two = fc.tuple(digit, digit).map(([a, b]) => a + b);
    const stamp = fc.oneof(
      fc.stringMatching(
        /^\d{4}-[01]\d-[0-3]\d(T[0-2]\d:[0-6]\d(:[0-6]\d(\.\d{1,3})?)?(Z|[+-][01]\d:[0-6]\d)?)?$/,
      ),
      fc
        .tuple(two, two, two, two, two, two, two, fc.constantFrom('-', 'T', ':', '/'))
        .map(([a, b, m, d, h, n, s, sep]) => `${a}${b}-${m}-${d}T${h}:${n}${sep}${s}`)
        .chain((t) => fc.constantFrom(t, t.slice(0, 10), t.slice(0, 16))),
    );
    const r = rate();
    fc.assert(
      fc.property(inRange, stamp, fc.nat(3), fc.nat(99), fc.nat(99), (list, any, where, h, m) => {
        const d = clone(list[0]) as unknown as Record<string, unknown>;
        const events = d.events as Record<string, unknown>[];
        // Half the time the field's own day at a time of day from 00:00 to 99:99 (23:59 valid, 24:00 not).
        const day = String(d.receivedAt).slice(0, 10);
        const pad = (n: number) => String(n).padStart(2, '0');
        const text = h % 2 === 0 ? any : `${day}T${pad(h)}:${pad(m)}`;
        if (where === 0 || events.length === 0) d.receivedAt = text;
        else if (where === 1) d.dueDate = text;
        else if (where === 2) events[0]!.date = text;
        else events[events.length - 1]!.date = text;
        r.add(judge(d));
      }),
      { numRuns: RUNS * 5 },
    );
    expect(r.valid).toBeGreaterThan(RUNS / 10);
    expect(r.share).toBeGreaterThanOrEqual(0.95);
  });

  it('knows the fields of each event type in the order of DossierEventSchema', () => {
    const options = DossierEventSchema._zod.def.options;
    expect(options.map((o) => Object.keys(o._zod.def.shape))).toEqual(
      options.map((o) => {
        const type = (o._zod.def.shape.type._zod.def as { values: string[] }).values[0]!;
        return ['type', ...EVENT_SHAPES.get(type)!.fields.map((f) => f[0])];
      }),
    );
    expect(EVENT_SHAPES.size).toBe(options.length);
  });

  it('control: a hand path that missed the event-order check would be caught', () => {
    const d = {
      id: 'D',
      unitCode: 'U',
      procedure: { code: 'P', name: 'N', processingDays: 3 },
      channel: 'online',
      receivedAt: '2017-05-02',
      events: [
        { type: 'accepted', date: '2017-05-04' },
        { type: 'returned', date: '2017-05-03' },
      ],
    };
    expect(DossierSchema.safeParse(d).success).toBe(false);
    expect(tryParseDossier(d)).toBeUndefined();
    const late = { ...d, events: [{ type: 'accepted', date: shift('2100-12-31', 1) }] };
    expect(tryParseDossier(late)).toBeUndefined();
  });
});

describe('parseDossiers with the hand path', () => {
  it('gives the schema outputs for valid batches and the same error for a batch with a bad row', () => {
    fc.assert(
      fc.property(inRange, fc.nat(), (list, at) => {
        expect(parseDossiers(list).items).toStrictEqual(list.map((d) => DossierSchema.parse(d)));
        const bad = list.map((d, i) => (i === at % list.length ? { ...d, channel: 'fax' } : d));
        expect(() => parseDossiers(bad)).toThrow(CchcError);
      }),
      { numRuns: RUNS / 4 },
    );
  });
});

describe('tryCheckDossier ≡ checkDossier where it decides', () => {
  const calendar = createCalendar();
  const options = fc.oneof(
    fc.constant(undefined),
    fc.record({ asOf: fc.constantFrom('2013-06-30', '2017-12-31', '2030-01-01') }),
    fc.constant({ asOf: '2019-12-31', calendar }),
    nastyValue,
  );
  /** Findings, or the CchcError's issues: what a caller sees. */
  const checked = (run: () => unknown) => {
    try {
      return { findings: run() };
    } catch (e) {
      if (e instanceof CchcError) return { issues: e.issues };
      throw e;
    }
  };

  it('on generated dossiers and their mutants, every shipped pack, options of every kind', () => {
    let valid = 0;
    let decided = 0;
    fc.assert(
      fc.property(
        inRange.chain((list) => fc.oneof(fc.constant(list[0]), mutantOf(list[0]))),
        fc.constantFrom(...SHIPPED_RULE_PACKS),
        options,
        (d, id, o) => {
          const pack = getRulePack(id);
          // Evaluation itself may throw (a deadline past the calendar's range): then both must throw alike.
          const quick = checked(() => tryCheckDossier(d, pack, o));
          const full = checked(() => checkDossier(d, pack, o as never));
          if ('findings' in full) valid++;
          if ('findings' in quick && quick.findings === undefined) return;
          decided++;
          expect(quick).toStrictEqual(full);
        },
      ),
      { numRuns: RUNS * 2 },
    );
    expect(valid).toBeGreaterThan(RUNS / 2);
    expect(decided / valid).toBeGreaterThanOrEqual(0.8); // options of the nasty kind are left to the schema
  });

  it('decides for valid dossiers with shipped packs and plain options', () => {
    fc.assert(
      // Received by mid-2099, so that no deadline runs past the calendar's range (2100).
      fc.property(settled, fc.constantFrom(...SHIPPED_RULE_PACKS), (list, id) => {
        const pack = getRulePack(id);
        for (const d of list) {
          const quick = tryCheckDossier(d, pack, { asOf: '2100-12-31' });
          expect(quick).toBeDefined();
          expect(quick).toStrictEqual(checkDossier(d, pack, { asOf: '2100-12-31' }));
        }
      }),
      { numRuns: RUNS / 4 },
    );
  });

  it('leaves a pack of the caller’s to the schema, even a valid frozen copy of a shipped one', () => {
    const copy = Object.freeze(structuredClone(getRulePack('vn-one-stop-2018')));
    const d = { ...clone(fc.sample(inRange, { seed: 1, numRuns: 1 })[0]![0]!) };
    expect(tryCheckDossier(d, copy, {})).toBeUndefined();
    expect(tryCheckDossier(d, getRulePack('vn-one-stop-2018'), {})).toBeDefined();
  });
});
