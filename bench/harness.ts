// A tiny benchmark harness: each case is timed against a baseline measured in the same run, and the
// report prints throughput and the ratio. No thresholds here: numbers are for people to read.

/** One measured case. */
export interface BenchCase {
  /** What is measured, e.g. `'addWorkingDays (lookup tables)'`. */
  name: string;
  /** Units of work done by one call of `run` (e.g. 100_000 dates). */
  units: number;
  /** Name of the unit, plural (e.g. `'dates'`). */
  unit: string;
  /** Does the work once; may return a value so the engine cannot drop it. */
  run: () => unknown | Promise<unknown>;
}

/** One suite: a baseline and the cases compared with it. */
export interface BenchSuite {
  title: string;
  baseline: BenchCase;
  cases: BenchCase[];
}

export interface BenchRow {
  suite: string;
  name: string;
  perSecond: number;
  unit: string;
  ratio: number;
  baseline: boolean;
}

async function measure(c: BenchCase, minMs: number): Promise<number> {
  await c.run(); // warm-up (JIT, lazily built tables)
  let iterations = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs || iterations < 3) {
    // Await only a real promise: `await` on a plain result would keep the previous call's output alive into the
    // next call (for the rules suite, 18,000 findings), which taxes the garbage collector of every case alike.
    const result = c.run();
    if (result instanceof Promise) await result;
    iterations++;
    elapsed = performance.now() - start;
  }
  return (c.units * iterations) / (elapsed / 1000);
}

/** Runs a suite and returns its rows (baseline first, ratio = case / baseline throughput). */
export async function runSuite(suite: BenchSuite, minMs = 500): Promise<BenchRow[]> {
  const base = await measure(suite.baseline, minMs);
  const rows: BenchRow[] = [
    {
      suite: suite.title,
      name: suite.baseline.name,
      perSecond: base,
      unit: suite.baseline.unit,
      ratio: 1,
      baseline: true,
    },
  ];
  for (const c of suite.cases) {
    const perSecond = await measure(c, minMs);
    rows.push({
      suite: suite.title,
      name: c.name,
      perSecond,
      unit: c.unit,
      ratio: perSecond / base,
      baseline: false,
    });
  }
  return rows;
}

const fmt = (n: number) =>
  n >= 1e6 ? `${(n / 1e6).toFixed(2)} M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)} k` : n.toFixed(1);

/** Prints rows as an aligned table. */
export function printRows(rows: BenchRow[]): void {
  let current = '';
  for (const row of rows) {
    if (row.suite !== current) {
      current = row.suite;
      console.log(`\n## ${current}`);
    }
    const ratio = row.baseline ? 'baseline' : `${row.ratio.toFixed(1)}× baseline`;
    console.log(
      `  ${row.name.padEnd(52)} ${`${fmt(row.perSecond)} ${row.unit}/s`.padStart(22)}   ${ratio}`,
    );
  }
}
