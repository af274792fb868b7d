// Compiles a validated rule pack once: conditions become closures over a subject's facts (no eval, no
// new Function), parameters are substituted, messages and citations are prepared. Both evaluation paths use the
// compiled rules: the fast path runs the closures, the reference path hands the same resolved conditions to
// json-rules-engine.

import type { Bilingual } from '../../schema/CchcError.js';
import { FACT_CATALOG, type FactDefinition, type FactValue } from '../factCatalog.js';
import type { Citation, Rule, RulePack } from '../rulePackSchema.js';
import { type Condition, isParamRef, type LeafCondition, type Operator } from './conditionCheck.js';
import { constantMessage, type Template, templatesOf } from './messages.js';
import { leafTest } from './operators.js';
import { factSlots } from './slots.js';
import { STATUS_NAMES } from './status.js';

/** A subject's facts in slot order (see slots.ts). */
export type Facts = readonly FactValue[];
/** The three decision stages of a rule. */
export type Stage = 'applies' | 'met' | 'pending';

export interface CompiledLeaf {
  readonly fact: string;
  readonly slot: number;
  readonly operator: Operator;
  readonly expected: unknown;
  readonly isDate: boolean;
  readonly test: (facts: Facts) => boolean;
}

export interface CompiledStage {
  readonly stage: Stage;
  /** The condition with parameters substituted, as given to json-rules-engine. */
  readonly condition: Condition;
  readonly leaves: readonly CompiledLeaf[];
  readonly test: (facts: Facts) => boolean;
}

export interface CompiledRule {
  readonly rule: Rule;
  readonly id: string;
  readonly severity: Rule['severity'];
  readonly citations: readonly Citation[];
  readonly stages: readonly CompiledStage[];
  readonly applies: CompiledStage | undefined;
  readonly met: CompiledStage;
  readonly pending: CompiledStage | undefined;
  /** Declared facts no condition tests: listed in `because` for information. */
  readonly infoFacts: readonly {
    readonly fact: string;
    readonly isDate: boolean;
    readonly slot: number;
  }[];
  readonly deadline:
    | {
        /** Slots of the date facts, or -1. */
        readonly from: number;
        readonly workingDays: number | undefined;
        readonly before: boolean;
        readonly actual: number;
        readonly until: number;
      }
    | undefined;
  /** Message templates, by status index (see status.ts). */
  readonly templates: readonly Template[];
  /** The message of each status (by index) when no date or lateness is shown (precomputed). */
  readonly constantMessages: readonly Bilingual[];
  /** Messages with "late by n working days", by status index and n (filled on first use; derived data only). */
  readonly lateMessages: readonly Bilingual[][];
}

function resolve(c: Condition, params: Record<string, unknown>): Condition {
  if ('all' in c) return { all: c.all.map((x) => resolve(x, params)) };
  if ('any' in c) return { any: c.any.map((x) => resolve(x, params)) };
  if ('not' in c) return { not: resolve(c.not, params) };
  const value = isParamRef(c.value) ? params[c.value.param] : c.value;
  return { fact: c.fact, operator: c.operator, value } as LeafCondition;
}

function compileNode(
  c: Condition,
  catalog: Record<string, FactDefinition>,
  slots: Readonly<Record<string, number>>,
  leaves: CompiledLeaf[],
): (facts: Facts) => boolean {
  if ('all' in c) {
    const parts = c.all.map((x) => compileNode(x, catalog, slots, leaves));
    if (parts.length === 1) return parts[0]!;
    if (parts.length === 2) {
      const [p, q] = parts as [(f: Facts) => boolean, (f: Facts) => boolean];
      return (f) => p(f) && q(f);
    }
    return (f) => {
      for (let i = 0; i < parts.length; i++) if (!parts[i]!(f)) return false;
      return true;
    };
  }
  if ('any' in c) {
    const parts = c.any.map((x) => compileNode(x, catalog, slots, leaves));
    if (parts.length === 1) return parts[0]!;
    return (f) => {
      for (let i = 0; i < parts.length; i++) if (parts[i]!(f)) return true;
      return false;
    };
  }
  if ('not' in c) {
    const inner = compileNode(c.not, catalog, slots, leaves);
    return (f) => !inner(f);
  }
  const fact = c.fact;
  const slot = slots[fact]!;
  const test = leafTest(c.operator, slot, c.value);
  leaves.push({
    fact,
    slot,
    operator: c.operator,
    expected: c.value,
    isDate: catalog[fact]?.type === 'date',
    test,
  });
  return test;
}

function compileStage(
  stage: Stage,
  raw: Condition | undefined,
  rule: Rule,
  catalog: Record<string, FactDefinition>,
): CompiledStage | undefined {
  if (raw === undefined) return undefined;
  const condition = resolve(raw, rule.params);
  const leaves: CompiledLeaf[] = [];
  const test = compileNode(condition, catalog, factSlots(rule.subject), leaves);
  return { stage, condition, leaves, test };
}

/** Compiles one validated rule. */
export function compileRule(rule: Rule): CompiledRule {
  const catalog: Record<string, FactDefinition> = FACT_CATALOG[rule.subject];
  const cond = rule.conditions as Record<Stage, Condition | undefined>;
  const applies = compileStage('applies', cond.applies, rule, catalog);
  const met = compileStage('met', cond.met, rule, catalog)!;
  const pending = compileStage('pending', cond.pending, rule, catalog);
  const stages = [applies, met, pending].filter((s): s is CompiledStage => s !== undefined);
  const tested = new Set(stages.flatMap((s) => s.leaves.map((l) => l.fact)));
  const slots: Readonly<Record<string, number>> = factSlots(rule.subject);
  const dl = rule.deadline;
  const wd = dl?.workingDays;
  const messages = templatesOf(rule);
  return {
    rule,
    id: rule.id,
    severity: rule.severity,
    citations: Object.freeze(rule.citations.map((c) => Object.freeze({ ...c }))),
    stages,
    applies,
    met,
    pending,
    // Date facts the deadline uses are reported as dueDate / actualDate, not repeated in `because`.
    infoFacts: rule.facts
      .filter((f) => !tested.has(f) && f !== dl?.from && f !== dl?.actual && f !== dl?.until)
      .map((fact) => ({ fact, isDate: catalog[fact]?.type === 'date', slot: slots[fact]! })),
    deadline:
      dl === undefined
        ? undefined
        : {
            from: dl.from === undefined ? -1 : slots[dl.from]!,
            workingDays:
              wd === undefined
                ? undefined
                : isParamRef(wd)
                  ? (rule.params[wd.param] as number)
                  : wd,
            before: dl.before === true,
            actual: dl.actual === undefined ? -1 : slots[dl.actual]!,
            until: dl.until === undefined ? -1 : slots[dl.until]!,
          },
    templates: STATUS_NAMES.map((status) => messages[status]),
    constantMessages: STATUS_NAMES.map((status) => constantMessage(messages, status)),
    lateMessages: STATUS_NAMES.map(() => []),
  };
}

/** Compiles every rule of a validated pack, grouped by subject kind. */
export function compileRules(pack: RulePack): readonly CompiledRule[] {
  return pack.rules.map(compileRule);
}
