// Facts travel as arrays in catalog order (a fact's "slot"): reading `facts[slot]` is a plain indexed load, where
// `facts[name]` with many names from one closure would be a slow megamorphic lookup.
import {
  FACT_CATALOG,
  type FactName,
  type FactValue,
  type RuleSubjectKind,
} from '../factCatalog.js';

const names = Object.fromEntries(
  Object.entries(FACT_CATALOG).map(([kind, facts]) => [kind, Object.freeze(Object.keys(facts))]),
) as Record<RuleSubjectKind, readonly string[]>;

const slots = Object.fromEntries(
  Object.entries(names).map(([kind, list]) => [
    kind,
    Object.freeze(Object.fromEntries(list.map((n, i) => [n, i]))),
  ]),
) as Record<RuleSubjectKind, Readonly<Record<string, number>>>;

/** Fact names of a subject kind, in slot order. */
export function factNames(kind: RuleSubjectKind): readonly string[] {
  return names[kind];
}

/** Slot of each fact of a subject kind. */
export function factSlots<K extends RuleSubjectKind>(
  kind: K,
): Readonly<Record<FactName<K>, number>> {
  return slots[kind] as Readonly<Record<FactName<K>, number>>;
}

/** Array of facts from a record (used for the subjects that are not on the hot path). */
export function toFactArray(
  kind: RuleSubjectKind,
  record: Readonly<Record<string, FactValue>>,
): FactValue[] {
  return names[kind].map((n) => {
    const v = record[n];
    if (v === undefined) throw new Error(`fact ${kind}.${n} was not computed`);
    return v;
  });
}

/** Record of facts from an array (what json-rules-engine receives). */
export function toFactRecord(
  kind: RuleSubjectKind,
  facts: readonly FactValue[],
): Record<string, FactValue> {
  const out: Record<string, FactValue> = {};
  const list = names[kind];
  for (let i = 0; i < list.length; i++) out[list[i]!] = facts[i]!;
  return out;
}
