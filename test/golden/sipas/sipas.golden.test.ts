// Golden datasets: expected values worked by hand from the methodology's formulas (see the .md beside each file),
// never produced by the code under test. Rounded hand values are compared to ±0.005.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  analyzeDissatisfaction,
  getInstrument,
  type SipasGroupResult,
  type SipasOptions,
  type SipasResponse,
  scoreSipas,
} from '@cchc/core';
import { describe, expect, it } from 'vitest';

type Expected = Record<string, unknown>;
interface Golden {
  title: string;
  instrument: string;
  options: SipasOptions;
  responses: SipasResponse[];
  expected: Record<string, Expected>;
  alternatives?: { options: SipasOptions; expected: Record<string, Expected> }[];
}

const dir = fileURLToPath(new URL('.', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

function close(actual: unknown, expected: unknown, where: string): void {
  if (expected === null) expect(actual, where).toBeNull();
  else if (typeof expected === 'number') {
    expect(typeof actual, where).toBe('number');
    expect(
      Math.abs((actual as number) - expected),
      `${where}: ${actual} vs ${expected}`,
    ).toBeLessThan(0.005);
  } else expect(actual, where).toEqual(expected);
}

/** Compares every field the hand working gives; fields it does not mention are not checked. */
function check(group: SipasGroupResult, expected: Expected, label: string, lowest: string[]): void {
  for (const [field, value] of Object.entries(expected)) {
    const at = `${label}.${field}`;
    if (field === 'criteria' || field === 'elements' || field === 'companions') {
      for (const [id, fields] of Object.entries(value as Record<string, Expected>)) {
        const actual = (group[field] as unknown as Record<string, Record<string, unknown>>)[id];
        expect(actual, `${at}.${id}`).toBeDefined();
        for (const [k, v] of Object.entries(fields)) close(actual![k], v, `${at}.${id}.${k}`);
      }
    } else if (field === 'overall') {
      for (const [k, v] of Object.entries(value as Expected)) {
        if (k === 'comprehensive')
          close(group.overall.comprehensive.index, v, `${at}.comprehensive`);
        else if (k === 'comprehensiveLow') close(group.overall.comprehensive.low, v, `${at}.${k}`);
        else if (k === 'comprehensiveHigh')
          close(group.overall.comprehensive.high, v, `${at}.${k}`);
        else close((group.overall as unknown as Record<string, unknown>)[k], v, `${at}.${k}`);
      }
    } else if (field === 'sample') expect(group.sample, at).toEqual(value);
    else if (field === 'lowest') expect(lowest, at).toEqual(value);
    else if (field === 'comments') {
      const ids = Object.fromEntries(
        Object.entries(group.comments).map(([e, list]) => [e, list.map((c) => c.respondentId)]),
      );
      expect(ids, at).toEqual(value);
    } else close((group as unknown as Record<string, unknown>)[field], value, at);
  }
}

/** Scores a dataset; `allGroups` also requires the result to have exactly the groups the working lists. */
function run(
  golden: Golden,
  options: SipasOptions,
  expected: Record<string, Expected>,
  allGroups: boolean,
): void {
  const result = scoreSipas(getInstrument(golden.instrument), golden.responses, options);
  const analysis = analyzeDissatisfaction(result);
  if (allGroups)
    expect(result.groups.map((g) => g.label).sort()).toEqual(Object.keys(expected).sort());
  for (const [label, fields] of Object.entries(expected)) {
    const i = result.groups.findIndex((g) => g.label === label);
    expect(i, `group "${label}"`).toBeGreaterThanOrEqual(0);
    const lowest = analysis[i]!.lowest.map((c) => c.criterion);
    check(result.groups[i]!, fields, label || '(all)', lowest);
  }
}

describe.each(files)('golden %s', (file) => {
  const golden = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as Golden;

  it(golden.title, () => run(golden, golden.options, golden.expected, true));

  for (const [i, alt] of (golden.alternatives ?? []).entries()) {
    it(`alternative ${i + 1}: ${JSON.stringify(alt.options)}`, () =>
      run(golden, alt.options, alt.expected, false));
  }
});
