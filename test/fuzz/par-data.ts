// Generators of valid PAR inputs for the shipped example criteria set: one value per leaf by its method, with
// appraised values and not-applicable criteria mixed in.
import { type Criterion, getCriteriaSet } from '@cchc/core';
import fc from 'fast-check';

export const set = getCriteriaSet('example-commune-2017');
export const leaves: Criterion[] = [];
const collect = (c: Criterion): void =>
  c.children ? c.children.forEach(collect) : void leaves.push(c);
set.fields.forEach(collect);

const leafValue = (leaf: Criterion): fc.Arbitrary<number | boolean> => {
  switch (leaf.method!.type) {
    case 'boolean':
      return fc.boolean();
    case 'manual':
      return fc.integer({ min: 0, max: leaf.max * 4 }).map((q) => q / 4);
    case 'rate':
      return fc.integer({ min: 0, max: 100 }).map((p) => p / 100);
    case 'survey':
      return fc.integer({ min: 0, max: 1000 }).map((x) => x / 10);
    default:
      return fc.nat({ max: 6 });
  }
};
const unit = fc
  .record({
    values: fc.tuple(...leaves.map(leafValue)),
    appraised: fc.tuple(...leaves.map((l) => fc.option(leafValue(l), { nil: undefined, freq: 4 }))),
    notApplicable: fc.subarray(
      leaves.map((l) => l.id),
      { maxLength: 3 },
    ),
  })
  .map(({ values, appraised, notApplicable }) => {
    const keep = (id: string) => !notApplicable.includes(id);
    const entries = leaves.map((l, i) => [l.id, values[i]!] as const).filter(([id]) => keep(id));
    const appraisedEntries = leaves
      .map((l, i) => [l.id, appraised[i]] as const)
      .filter(([id, v]) => keep(id) && v !== undefined);
    return {
      values: Object.fromEntries(entries),
      ...(appraisedEntries.length > 0 ? { appraised: Object.fromEntries(appraisedEntries) } : {}),
      ...(notApplicable.length > 0 ? { notApplicable } : {}),
    };
  });
/** 1–10 units with codes U0, U1, …. */
export const units = fc
  .array(unit, { minLength: 1, maxLength: 10 })
  .map((list) => list.map((u, i) => ({ unitCode: `U${i}`, ...u })));
export type Inputs = typeof units extends fc.Arbitrary<infer T> ? T : never;
