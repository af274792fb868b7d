// json-rules-engine's built-in operators, with the same semantics (including its numeric fact validator), so the
// compiled closures decide exactly as the engine does. See json-rules-engine 7.3.1 engine-default-operators.js.
import type { Operator } from './conditionCheck.js';

/** json-rules-engine's numberValidator: `Number.parseFloat(x).toString() !== 'NaN'` (fast for numbers). */
function numeric(a: unknown): boolean {
  return typeof a === 'number'
    ? !Number.isNaN(a)
    : Number.parseFloat(a as string).toString() !== 'NaN';
}

type Test = (a: unknown) => boolean;

/** Builds the test `fact operator expected` for a fixed expected value. */
export function operatorTest(operator: Operator, b: unknown): Test {
  switch (operator) {
    case 'equal':
      return (a) => a === b;
    case 'notEqual':
      return (a) => a !== b;
    case 'in':
      return (a) => (b as unknown[]).indexOf(a) > -1;
    case 'notIn':
      return (a) => (b as unknown[]).indexOf(a) === -1;
    case 'contains':
      return (a) => Array.isArray(a) && a.indexOf(b) > -1;
    case 'doesNotContain':
      return (a) => Array.isArray(a) && a.indexOf(b) === -1;
    case 'lessThan':
      return (a) => numeric(a) && (a as number) < (b as number);
    case 'lessThanInclusive':
      return (a) => numeric(a) && (a as number) <= (b as number);
    case 'greaterThan':
      return (a) => numeric(a) && (a as number) > (b as number);
    case 'greaterThanInclusive':
      return (a) => numeric(a) && (a as number) >= (b as number);
  }
}
