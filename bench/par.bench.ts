// PAR index: Monte-Carlo rank sensitivity over 10,000 units × 1,000 draws (precompiled tree, typed arrays) against
// a plain implementation (criteria as objects, values as records, rank by sorting objects) measured in the same run.

import { availableParallelism, loadavg } from 'node:os';
import {
  type CriteriaSet,
  type Criterion,
  getCriteriaSet,
  ParInputsSchema,
  type ParUnitInput,
  parSensitivity,
  scorePar,
} from '@cchc/core';
import type { BenchSuite } from './harness.js';

const set = getCriteriaSet('example-commune-2017');

// Deterministic LCG for the synthetic units (the library itself uses mulberry32).
let seed = 2017;
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};

const leaves: Criterion[] = [];
const collect = (c: Criterion) => (c.children ? c.children.forEach(collect) : leaves.push(c));
set.fields.forEach(collect);

function syntheticUnit(i: number): ParUnitInput {
  const values: Record<string, number | boolean> = {};
  const notApplicable: string[] = [];
  for (const leaf of leaves) {
    const type = leaf.method!.type;
    if (leaf.id === '3.2' && rand() < 0.2) {
      notApplicable.push(leaf.id);
      continue;
    }
    values[leaf.id] =
      type === 'boolean'
        ? rand() < 0.8
        : type === 'manual'
          ? Math.round(rand() * leaf.max * 2) / 2
          : type === 'rate'
            ? Math.round((0.6 + 0.4 * rand()) * 1000) / 1000
            : type === 'survey'
              ? Math.round((50 + 50 * rand()) * 10) / 10
              : Math.floor(rand() * 4);
  }
  return { unitCode: `U${i}`, values, notApplicable };
}

const units10k = Array.from({ length: 10_000 }, (_, i) => syntheticUnit(i));
const units1k = units10k.slice(0, 1_000);
const DRAWS = 1_000;
const options = { draws: DRAWS, seed: 42, weightJitter: 0.25, surveyUncertainty: 5 };

/** The obvious implementation: walk the criteria objects per unit per draw, rank by sorting objects. */
function plainSensitivity(s: CriteriaSet, inputs: ParUnitInput[], draws: number): number[][] {
  let state = 42;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const points = (c: Criterion, input: ParUnitInput, noise: number): [number, number] => {
    if (input.notApplicable?.includes(c.id)) return [0, 0];
    if (c.children) {
      return c.children.reduce<[number, number]>(
        (acc, child) => {
          const [p, m] = points(child, input, noise);
          return [acc[0] + p, acc[1] + m];
        },
        [0, 0],
      );
    }
    const m = c.method!;
    const v = input.values[c.id]!;
    switch (m.type) {
      case 'boolean':
        return [v ? c.max : 0, c.max];
      case 'manual':
        return [v as number, c.max];
      case 'deduction':
        return [Math.max(0, c.max - m.perItem * (v as number)), c.max];
      default: {
        const x =
          m.type === 'survey' ? Math.min(100, Math.max(0, (v as number) + noise)) : (v as number);
        if (!m.thresholds) return [(c.max * x) / (m.type === 'rate' ? 1 : 100), c.max];
        return [m.thresholds.find((t) => x >= t.min)?.points ?? 0, c.max];
      }
    }
  };
  const ranks: number[][] = inputs.map(() => []);
  for (let d = 0; d < draws; d++) {
    const weights = s.fields.map(() => 1 + 0.25 * (2 * random() - 1));
    const scored = inputs.map((input, u) => {
      let num = 0;
      let den = 0;
      s.fields.forEach((f, i) => {
        const [p, m] = points(f, input, 5 * (2 * random() - 1));
        num += weights[i]! * p;
        den += weights[i]! * m;
      });
      return { u, index: Math.round((10000 * num) / den) };
    });
    scored.sort((a, b) => b.index - a.index);
    scored.forEach((row, k) => {
      const prev = scored[k - 1];
      const rank = prev && prev.index === row.index ? ranks[prev.u]![d]! : k + 1;
      ranks[row.u]![d] = rank;
    });
  }
  return ranks;
}

export default async function suites(): Promise<BenchSuite[]> {
  // One timed run of the full-size case, reported as a wall-clock figure (the suite below reports throughput).
  // Wall-clock and CPU time both: on a shared machine the CPU time shows the work itself, the wall time what a user waits.
  for (let run = 1; run <= 3; run++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    const result = parSensitivity(set, units10k, options);
    const ms = performance.now() - start;
    const used = process.cpuUsage(cpu);
    const u0 = result.units[0]!;
    console.log(
      `\nparSensitivity, 10,000 units × ${DRAWS} draws (weights ±25%, survey ±5), run ${run}:` +
        ` ${(ms / 1000).toFixed(2)} s wall, ${((used.user + used.system) / 1e6).toFixed(2)} s CPU` +
        ` (target < 5 s; load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} CPUs);` +
        ` unit 0: rank ${u0.rank}, median ${u0.medianRank}, 90% interval [${u0.low}, ${u0.high}]`,
    );
  }
  return [
    {
      title: 'PAR: rank sensitivity (Monte-Carlo over field weights and survey scores)',
      baseline: {
        name: 'plain objects + sort per draw (1,000 units × 10 draws)',
        units: 1_000 * 10,
        unit: 'unit-draws',
        run: () => plainSensitivity(set, units1k, 10),
      },
      cases: [
        {
          name: 'parSensitivity (10,000 units × 1,000 draws)',
          units: 10_000 * DRAWS,
          unit: 'unit-draws',
          run: () => parSensitivity(set, units10k, options),
        },
      ],
    },
    {
      title: 'PAR: scorePar (validate, score, rank, explain every point lost)',
      baseline: {
        name: 'zod validation of the same inputs alone (10,000 units)',
        units: 10_000,
        unit: 'units',
        run: () => ParInputsSchema.parse(units10k),
      },
      cases: [
        {
          name: 'scorePar (10,000 units)',
          units: 10_000,
          unit: 'units',
          run: () => scorePar(set, units10k),
        },
      ],
    },
  ];
}
