import { type CompiledSet, leafPoints } from './compile.js';
import { roundPoints } from './numbers.js';
import type { ResolvedInputs } from './resolveInputs.js';

/** Points and maxima of every node for every unit (unit-major `n × N`), with totals. */
export interface NodeScores {
  readonly points: Float64Array;
  readonly max: Float64Array;
  readonly total: Float64Array;
  readonly totalMax: Float64Array;
}

/**
 * Scores every leaf, then sums up the tree: a not-applicable leaf adds neither points nor maximum,
 * so each node's maximum is the sum over its applicable leaves.
 */
export function scoreUnits(c: CompiledSet, r: ResolvedInputs): NodeScores {
  const n = r.units.length;
  const N = c.nodes.length;
  const L = c.leafNode.length;
  const points = new Float64Array(n * N);
  const max = new Float64Array(n * N);
  const total = new Float64Array(n);
  const totalMax = new Float64Array(n);
  for (let u = 0; u < n; u++) {
    const base = u * N;
    for (let l = 0; l < L; l++) {
      if (r.applicable[u * L + l] === 0) continue;
      const node = c.leafNode[l]!;
      points[base + node] = roundPoints(leafPoints(c, l, r.value[u * L + l]!));
      max[base + node] = c.leafMax[l]!;
    }
    // Reverse pre-order visits children before parents.
    for (let k = N - 1; k >= 0; k--) {
      const parent = c.nodes[k]!.parent;
      if (parent >= 0) {
        points[base + parent] = points[base + parent]! + points[base + k]!;
        max[base + parent] = max[base + parent]! + max[base + k]!;
      }
    }
    let t = 0;
    let m = 0;
    for (let k = 0; k < N; k++) {
      points[base + k] = roundPoints(points[base + k]!);
      max[base + k] = roundPoints(max[base + k]!);
      if (c.nodes[k]!.parent < 0) {
        t += points[base + k]!;
        m += max[base + k]!;
      }
    }
    total[u] = roundPoints(t);
    totalMax[u] = roundPoints(m);
  }
  return { points, max, total, totalMax };
}
