// Fuzz of the on-demand loaders (the shipped data split into chunks for the embed files): on any input each one
// behaves exactly as its synchronous counterpart — the same value (deep-equal), or a CchcError with the same issues.
import {
  type CchcError,
  getInstrument,
  getRulePack,
  loadInstrument,
  loadPackFor,
  loadRulePack,
  packFor,
  regimeFor,
  SHIPPED_INSTRUMENTS,
  SHIPPED_RULE_PACKS,
} from '@cchc/core';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  expectCchcError,
  expectPrototypesClean,
  hostile,
  nastyString,
  PROPERTY_TIMEOUT,
  runs,
} from './kit.js';
import { dateIn } from './rules-data.js';

afterAll(expectPrototypesClean);

type Outcome = { value: unknown } | { issues: CchcError['issues'] };

/** What a call gives: its value, or the issues of the CchcError it throws (any other error fails the test). */
async function outcomeOf(fn: () => unknown): Promise<Outcome> {
  try {
    return { value: await fn() };
  } catch (e) {
    expectCchcError(e);
    return { issues: (e as CchcError).issues };
  }
}

async function expectSameOutcome(sync: () => unknown, load: () => unknown): Promise<void> {
  expect(await outcomeOf(load)).toEqual(await outcomeOf(sync));
}

const packIds = fc.oneof(fc.constantFrom(...SHIPPED_RULE_PACKS), nastyString, hostile);
const dates = fc.oneof(dateIn('2010-01-01', '2032-12-31'), nastyString, hostile);

describe('on-demand loaders on hostile input', () => {
  it(
    'regimeFor(date) is packFor(date).id, or the same CchcError',
    async () => {
      await fc.assert(
        fc.asyncProperty(dates, (date) =>
          expectSameOutcome(
            () => packFor(date as string).id,
            () => regimeFor(date as string),
          ),
        ),
        { numRuns: runs(300) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'loadRulePack ≡ getRulePack, loadPackFor ≡ packFor',
    async () => {
      await fc.assert(
        fc.asyncProperty(packIds, dates, async (id, date) => {
          await expectSameOutcome(
            () => getRulePack(id as string),
            () => loadRulePack(id as string),
          );
          await expectSameOutcome(
            () => packFor(date as string),
            () => loadPackFor(date as string),
          );
        }),
        { numRuns: runs(200) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'loadInstrument ≡ getInstrument',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(fc.constantFrom(...SHIPPED_INSTRUMENTS), nastyString, hostile),
          (id) =>
            expectSameOutcome(
              () => getInstrument(id as string),
              () => loadInstrument(id as string),
            ),
        ),
        { numRuns: runs(200) },
      );
    },
    PROPERTY_TIMEOUT,
  );

  it('a load that fails is a rejected promise, never a synchronous throw', () => {
    for (const bad of [Symbol('id'), Object.create(null), 42, 'no-such-pack']) {
      expect(() => loadRulePack(bad as string).catch(() => {})).not.toThrow();
      expect(() => loadInstrument(bad as string).catch(() => {})).not.toThrow();
      expect(() => loadPackFor(bad as string).catch(() => {})).not.toThrow();
    }
  });
});
