/**
 * Quantiles of each unit's ranks over the draws (R's type 7: linear interpolation between order statistics), by
 * counting instead of sorting: ranks are whole numbers in 1…n, so one pass finds the range, a histogram over the
 * range replaces the sort, and one walk of its running sum reads every order statistic needed.
 *
 * @param ranks - Unit-major ranks: unit u's draws are `ranks[u·draws … (u+1)·draws)`.
 * @param draws - Draws per unit.
 * @param units - Number of units (ranks are ≤ units).
 * @param ps - Probabilities in [0, 1].
 * @returns Unit-major quantiles: `out[u·ps.length + i]` is unit u's quantile ps[i].
 */
export function rankQuantiles(
  ranks: Uint16Array | Uint32Array,
  draws: number,
  units: number,
  ps: readonly number[],
): Float64Array {
  const P = ps.length;
  const out = new Float64Array(units * P);
  const counts = new Int32Array(units + 2);
  // Order statistics needed (0-based): floor(h) and floor(h) + 1 for each p, read in ascending order.
  const wanted = ps.flatMap((p) => {
    const lo = Math.floor((draws - 1) * p);
    return [lo, Math.min(draws - 1, lo + 1)];
  });
  const order = wanted.map((k, i) => [k, i] as const).sort((a, b) => a[0] - b[0]);
  const stat = new Float64Array(wanted.length);
  for (let u = 0; u < units; u++) {
    const from = u * draws;
    let min = Number.POSITIVE_INFINITY;
    let max = 0;
    for (let d = 0; d < draws; d++) {
      const r = ranks[from + d]!;
      counts[r] = counts[r]! + 1;
      if (r < min) min = r;
      if (r > max) max = r;
    }
    let next = 0;
    let seen = 0;
    for (let r = min; r <= max && next < order.length; r++) {
      seen += counts[r]!;
      while (next < order.length && order[next]![0] < seen) {
        stat[order[next]![1]] = r;
        next++;
      }
    }
    counts.fill(0, min, max + 1);
    for (let i = 0; i < P; i++) {
      const h = (draws - 1) * ps[i]!;
      const a = stat[2 * i]!;
      out[u * P + i] = a + (h - Math.floor(h)) * (stat[2 * i + 1]! - a);
    }
  }
  return out;
}
