// json-rules-engine's built-in operators, with the same semantics (including its numeric fact validator), so the
// compiled closures decide exactly as the engine does. See json-rules-engine 7.3.1 engine-default-operators.js.
// Each operator gets its own closure literal reading the fact from its slot, so every call site stays simple.
import type { FactValue } from '../factCatalog.js';
import type { Operator } from './conditionCheck.js';

/** json-rules-engine's numberValidator: `Number.parseFloat(x).toString() !== 'NaN'` (fast for numbers). */
function numeric(a: unknown): boolean {
  return typeof a === 'number'
    ? !Number.isNaN(a)
    : Number.parseFloat(a as string).toString() !== 'NaN';
}

type Facts = readonly FactValue[];

/** Builds the test `facts[slot] operator b` for a fixed expected value `b`. */
export function leafTest(operator: Operator, slot: number, b: unknown): (f: Facts) => boolean {
  switch (operator) {
    case 'equal':
      return (f) => f[slot] === b;
    case 'notEqual':
      return (f) => f[slot] !== b;
    case 'in':
      return (f) => (b as unknown[]).indexOf(f[slot]) > -1;
    case 'notIn':
      return (f) => (b as unknown[]).indexOf(f[slot]) === -1;
    case 'contains':
      return (f) => {
        const a = f[slot] as unknown;
        return Array.isArray(a) && a.indexOf(b) > -1;
      };
    case 'doesNotContain':
      return (f) => {
        const a = f[slot] as unknown;
        return Array.isArray(a) && a.indexOf(b) === -1;
      };
    case 'lessThan':
      return (f) => {
        const a = f[slot];
        return numeric(a) && (a as number) < (b as number);
      };
    case 'lessThanInclusive':
      return (f) => {
        const a = f[slot];
        return numeric(a) && (a as number) <= (b as number);
      };
    case 'greaterThan':
      return (f) => {
        const a = f[slot];
        return numeric(a) && (a as number) > (b as number);
      };
    case 'greaterThanInclusive':
      return (f) => {
        const a = f[slot];
        return numeric(a) && (a as number) >= (b as number);
      };
  }
}
