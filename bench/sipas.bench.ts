// SIPAS scoring: 1,000,000 responses × 22 criteria (sipas-2017), 200 units. The columnar path (Uint8Array codes,
// one validation pass per batch, flat typed-array tallies) against a plain reference implementation that walks one
// response object at a time (a Record of answers, each key validated), both measured in this run.

import { availableParallelism, loadavg } from 'node:os';
import {
  createSipasAccumulator,
  getInstrument,
  SIPAS_NO_ANSWER,
  type SipasColumns,
  SipasOptionsSchema,
  type SipasResponse,
  scoreSipas,
} from '@cchc/core';
import type { BenchSuite } from './harness.js';

const N = 1_000_000;
const UNITS = 200;
/** The one-object-at-a-time path is timed on a slice (it is the slow, general path). */
const ROWS_SAMPLE = 100_000;
const instrument = getInstrument('sipas-2017');
const criteria = instrument.elements.flatMap((e) =>
  e.questions.filter((q) => q.counts).map((q) => ({ id: q.id, filtered: q.showIf !== undefined })),
);

// Deterministic data (xorshift32), no Math.random.
let state = 2463534242;
const next = () => {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) / 4294967296;
};
/** A skewed answer: mostly 4–5, some 3, few 1–2, a few blanks (255) and "not applicable" (0). */
const answer = () => {
  const u = next();
  return u < 0.03
    ? SIPAS_NO_ANSWER
    : u < 0.05
      ? 0
      : u < 0.09
        ? 1 + Math.floor(next() * 2)
        : u < 0.25
          ? 3
          : u < 0.7
            ? 4
            : 5;
};

function makeColumns(n: number): SipasColumns {
  const unit = new Uint16Array(n);
  const f0 = new Uint8Array(n);
  const answers: Record<string, Uint8Array | SipasColumns['unitCode']> = {};
  for (let i = 0; i < n; i++) {
    unit[i] = Math.floor(next() * UNITS);
    f0[i] = next() < 0.2 ? 0 : 1; // 0 = yes, 1 = no
  }
  for (const c of criteria) {
    const col = new Uint8Array(n);
    for (let i = 0; i < n; i++) col[i] = c.filtered && f0[i] === 1 ? SIPAS_NO_ANSWER : answer();
    answers[c.id] = col;
  }
  answers.F0 = { codes: f0, values: ['yes', 'no'] };
  const respondentId = new Uint32Array(n);
  for (let i = 0; i < n; i++) respondentId[i] = i + 1;
  return {
    length: n,
    respondentId,
    unitCode: { codes: unit, values: Array.from({ length: UNITS }, (_, u) => `XA-${u}`) },
    answers,
  };
}

/** The same responses as objects, the way a naive importer would hold them. */
function toObjects(columns: SipasColumns): SipasResponse[] {
  const unit = columns.unitCode as { codes: Uint16Array; values: string[] };
  const f0 = columns.answers.F0 as { codes: Uint8Array; values: string[] };
  const out: SipasResponse[] = new Array(columns.length);
  for (let i = 0; i < columns.length; i++) {
    const answers: Record<string, number | string | null> = { F0: f0.values[f0.codes[i]!]! };
    for (const c of criteria) {
      const code = (columns.answers[c.id] as Uint8Array)[i]!;
      answers[c.id] = code === SIPAS_NO_ANSWER ? null : code;
    }
    out[i] = { respondentId: String(i + 1), unitCode: unit.values[unit.codes[i]!]!, answers };
  }
  return out;
}

/**
 * The plain reference: one object at a time, validating each key against the instrument, counting satisfied and
 * valid answers per unit and criterion in nested Records, then the same share-satisfied formulas (no intervals).
 */
function referenceScore(responses: readonly SipasResponse[]) {
  const known = new Set(instrument.elements.flatMap((e) => e.questions.map((q) => q.id)));
  const seen = new Set<string>();
  const tallies: Record<string, Record<string, { valid: number; satisfied: number }>> = {};
  for (const r of responses) {
    if (seen.has(r.respondentId)) throw new Error(`duplicate ${r.respondentId}`);
    seen.add(r.respondentId);
    const unit = tallies[r.unitCode] ?? {};
    tallies[r.unitCode] = unit;
    for (const [key, value] of Object.entries(r.answers)) {
      if (!known.has(key)) throw new Error(`unknown ${key}`);
      if (key === 'F0') continue;
      if (typeof value !== 'number' || value === 0) continue;
      if (!Number.isInteger(value) || value < 1 || value > 5) throw new Error(`bad ${key}`);
      if (key.startsWith('E5') && r.answers.F0 !== 'yes') throw new Error('skipped');
      const t = unit[key] ?? { valid: 0, satisfied: 0 };
      unit[key] = t;
      t.valid++;
      if (value >= 4) t.satisfied++;
    }
  }
  const result: Record<string, number> = {};
  for (const [unit, byCriterion] of Object.entries(tallies)) {
    const elements = instrument.elements
      .map((e) => {
        const idx = e.questions
          .filter((q) => q.counts && byCriterion[q.id])
          .map((q) => (100 * byCriterion[q.id]!.satisfied) / byCriterion[q.id]!.valid);
        return idx.length ? idx.reduce((a, b) => a + b, 0) / idx.length : Number.NaN;
      })
      .filter((x) => !Number.isNaN(x));
    result[unit] = elements.reduce((a, b) => a + b, 0) / elements.length;
  }
  return result;
}

export default async function suites(): Promise<BenchSuite[]> {
  const columns = makeColumns(N);
  const objects = toObjects(columns);

  // Agreement check before timing: the reference and scoreSipas must give the same unit indices.
  const ref = referenceScore(objects);
  const fast = scoreSipas(instrument, columns, { by: ['unitCode'] });
  if (fast.groups.length !== UNITS) throw new Error('expected one group per unit');
  for (const g of fast.groups) {
    const diff = Math.abs((g.overall.index ?? Number.NaN) - ref[g.key.unitCode!]!);
    if (!(diff < 1e-9))
      throw new Error(
        `mismatch for ${g.key.unitCode}: ${g.overall.index} vs ${ref[g.key.unitCode!]}`,
      );
  }

  // The target, measured directly: wall clock and this process's CPU time for the whole call
  // (validation, tallies, Wilson and bootstrap intervals), 7 runs after a warm-up. The machine's load average is
  // printed because other jobs on a shared machine slow every number here down.
  scoreSipas(instrument, columns, { by: ['unitCode'] });
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let k = 0; k < 7; k++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    scoreSipas(instrument, columns, { by: ['unitCode'] });
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const defaults = SipasOptionsSchema.parse({});
  console.log(
    `\nscoreSipas columnar: ${N.toLocaleString('en')} responses × ${criteria.length} criteria, ${UNITS} units, ` +
      `bootstrap ${defaults.bootstrap} × ${defaults.bootstrapGroups} buckets — wall median ${median(wall).toFixed(0)} ms ` +
      `(min ${Math.min(...wall).toFixed(0)}), CPU median ${median(cpu).toFixed(0)} ms (min ${Math.min(...cpu).toFixed(0)}); ` +
      `load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} CPUs`,
  );

  return [
    {
      title: `SIPAS: ${N.toLocaleString('en')} responses × ${criteria.length} criteria, ${UNITS} units`,
      baseline: {
        name: 'reference: object at a time, Record of answers',
        units: N,
        unit: 'responses',
        run: () => referenceScore(objects),
      },
      cases: [
        {
          name: 'scoreSipas columnar (Uint8Array codes, intervals)',
          units: N,
          unit: 'responses',
          run: () => scoreSipas(instrument, columns, { by: ['unitCode'] }),
        },
        {
          name: 'scoreSipas columnar, no bootstrap',
          units: N,
          unit: 'responses',
          run: () => scoreSipas(instrument, columns, { by: ['unitCode'], bootstrap: 0 }),
        },
        {
          name: 'accumulator: 4 shards of 250,000 + merge',
          units: N,
          unit: 'responses',
          run: () => {
            const shards = [0, 1, 2, 3].map((s) => {
              const acc = createSipasAccumulator(instrument, { by: ['unitCode'] });
              acc.addColumns(slice(columns, s * (N / 4), (s + 1) * (N / 4)));
              return acc;
            });
            return shards.reduce((a, b) => a.merge(b)).result();
          },
        },
        {
          name: 'scoreSipas on response objects (first 100,000; zod-checked rows)',
          units: ROWS_SAMPLE,
          unit: 'responses',
          run: () => scoreSipas(instrument, objects.slice(0, ROWS_SAMPLE), { by: ['unitCode'] }),
        },
      ],
    },
  ];
}

function slice(c: SipasColumns, from: number, to: number): SipasColumns {
  const answers: Record<
    string,
    Uint8Array | { codes: Uint8Array; values: readonly (string | null)[] }
  > = {};
  for (const [k, v] of Object.entries(c.answers)) {
    answers[k] =
      v instanceof Uint8Array
        ? v.subarray(from, to)
        : {
            codes: (v as { codes: Uint8Array }).codes.subarray(from, to),
            values: (v as unknown as { values: string[] }).values,
          };
  }
  const unit = c.unitCode as { codes: Uint16Array; values: string[] };
  return {
    length: to - from,
    respondentId: (c.respondentId as Uint32Array).subarray(from, to),
    unitCode: { codes: unit.codes.subarray(from, to), values: unit.values },
    answers,
  };
}
