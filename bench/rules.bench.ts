// One-stop rules: json-rules-engine (reference) against the compiled fast path, on the same generated dossiers,
// both producing full findings (status, dates, lateness, citations, message, reasons). Dossiers are validated once
// (parseDossiers) before either path runs; a third case adds that validation to show its cost.
import {
  checkDossiersWithEngine,
  compileRulePack,
  createCalendar,
  type DossierInput,
  getRulePack,
  parseDossiers,
} from '@cchc/core';
import type { BenchSuite } from './harness.js';

const N = 2_000;
let seed = 20170410;
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const pad = (n: number) => String(n).padStart(2, '0');
const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** A plausible dossier log: turn-backs, acceptance, supplements, apologies, transfer, result, notice, return. */
export function generateForBench(i: number): DossierInput {
  const start = Date.UTC(2018, 6, 2) + Math.floor(rand() * 700) * DAY;
  let t = start;
  const next = (maxDays: number) => {
    t += Math.floor(rand() * (maxDays + 1)) * DAY;
    return iso(t);
  };
  const events: DossierInput['events'] = [];
  const receivedAt = `${iso(t)}T${pad(7 + Math.floor(rand() * 11))}:${pad(Math.floor(rand() * 60))}`;
  if (rand() < 0.15) {
    events.push({ type: 'guidance-issued', date: iso(t) });
    events.push({ type: 'submitted', date: next(5) });
  }
  if (rand() < 0.05) {
    events.push({
      type: 'refused',
      date: next(1),
      reason: 'Không đủ điều kiện',
      ...(rand() < 0.7 ? { legalBasis: 'Điều 5' } : {}),
    });
    events.push({ type: 'returned', date: next(2) });
    return {
      id: `D${i}`,
      unitCode: pick(UNITS),
      procedure: { code: 'P', name: 'Thủ tục', processingDays: 5 },
      channel: pick(CHANNELS),
      receivedAt,
      events,
    };
  }
  const processingDays = pick([0, 1, 3, 5, 7, 10, 15]);
  events.push({
    type: 'accepted',
    date: events.length === 0 ? receivedAt : iso(t),
    ...(rand() < 0.9 ? { dueDate: iso(t + (processingDays + 2) * DAY * 1.4) } : {}),
  });
  if (rand() < 0.2) {
    const d = next(4);
    events.push({
      type: 'supplement-requested',
      date: d,
      reason: 'Thiếu giấy tờ',
      ...(rand() < 0.5 ? { newDueDate: iso(t + 12 * DAY) } : {}),
    });
    if (rand() < 0.5) events.push({ type: 'apology-issued', date: d, about: 'supplement' });
    if (rand() < 0.2)
      events.push({ type: 'supplement-requested', date: next(3), reason: 'Thiếu bản sao' });
    events.push({ type: 'submitted', date: next(4) });
  }
  if (rand() < 0.8) events.push({ type: 'transferred', date: next(1) });
  if (rand() < 0.15)
    events.push({
      type: 'apology-issued',
      date: next(6),
      reason: 'Quá tải',
      newDueDate: iso(t + 5 * DAY),
    });
  if (rand() < 0.9) {
    events.push({ type: 'result-ready', date: next(12) });
    if (rand() < 0.6) events.push({ type: 'citizen-notified', date: next(2), channel: 'sms' });
    if (rand() < 0.9) events.push({ type: 'returned', date: next(4) });
  }
  return {
    id: `D${i}`,
    unitCode: pick(UNITS),
    procedure: { code: 'P', name: 'Thủ tục', processingDays },
    channel: pick(CHANNELS),
    receivedAt,
    events,
  };
}
const UNITS = ['KS-TOHAP', 'KS-SONBINH', 'KS-SONHIEP', 'KS-THANHSON'];
const CHANNELS = ['in-person', 'post', 'online'] as const;

/**
 * On a shared machine the load changes from second to second, and the harness measures the two paths one after
 * the other. This measures them alternately (one engine pass, then compiled passes for about as long) for a few
 * seconds and reports both wall-clock and CPU-time throughput (process.cpuUsage: this process's own CPU time).
 */
async function interleaved(
  engine: () => Promise<unknown>,
  compiled: () => unknown,
  seconds = 6,
): Promise<void> {
  const acc = { e: { cpu: 0, wall: 0, n: 0 }, c: { cpu: 0, wall: 0, n: 0 } };
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    let c0 = process.cpuUsage();
    let t0 = performance.now();
    await engine();
    let c = process.cpuUsage(c0);
    const slice = performance.now() - t0;
    acc.e.cpu += c.user + c.system;
    acc.e.wall += slice;
    acc.e.n += N;
    const stop = performance.now() + slice;
    c0 = process.cpuUsage();
    t0 = performance.now();
    do {
      compiled();
      acc.c.n += N;
    } while (performance.now() < stop);
    c = process.cpuUsage(c0);
    acc.c.cpu += c.user + c.system;
    acc.c.wall += performance.now() - t0;
  }
  const rate = (x: { cpu: number; wall: number; n: number }) => ({
    wall: x.n / (x.wall / 1000),
    cpu: x.n / (x.cpu / 1e6),
  });
  const e = rate(acc.e);
  const c = rate(acc.c);
  const k = (v: number) => `${(v / 1000).toFixed(1)} k`;
  console.log(
    'Interleaved (alternating passes), dossiers/s by wall clock | by this process’s CPU time:',
  );
  console.log(`  json-rules-engine   ${k(e.wall)} | ${k(e.cpu)}`);
  console.log(
    `  compiled closures   ${k(c.wall)} | ${k(c.cpu)}   → ${(c.wall / e.wall).toFixed(1)}× | ${(c.cpu / e.cpu).toFixed(1)}×`,
  );
}

export default async function suites(): Promise<BenchSuite[]> {
  const raw = Array.from({ length: N }, (_, i) => generateForBench(i));
  const batch = parseDossiers(raw);
  const pack = getRulePack('vn-one-stop-2018');
  const evaluator = compileRulePack(pack);
  const options = { calendar: createCalendar(), asOf: '2020-12-31' };
  // Same findings from both paths on this batch, or the numbers mean nothing.
  const fast = evaluator.checkDossiers(batch, options);
  const reference = await checkDossiersWithEngine(batch, evaluator, options);
  if (JSON.stringify(fast) !== JSON.stringify(reference)) throw new Error('paths disagree');
  console.log(
    `\n${N} dossiers × ${evaluator.dossierRules.length} rules = ${fast.length} findings per pass; both paths agree.`,
  );
  await interleaved(
    () => checkDossiersWithEngine(batch, evaluator, options),
    () => evaluator.checkDossiers(batch, options),
  );
  return [
    {
      title: `One-stop rules: ${N} generated dossiers, pack vn-one-stop-2018, full findings`,
      baseline: {
        name: 'json-rules-engine (one engine, one run per dossier)',
        units: N,
        unit: 'dossiers',
        run: () => checkDossiersWithEngine(batch, evaluator, options),
      },
      cases: [
        {
          name: 'compiled closures (compileRulePack().checkDossiers)',
          units: N,
          unit: 'dossiers',
          run: () => evaluator.checkDossiers(batch, options),
        },
        {
          // Validation as users get it: well-formed dossiers take the hand-written path, the rest zod's schema.
          name: 'compiled closures + validation of each dossier (parseDossiers)',
          units: N,
          unit: 'dossiers',
          run: () => evaluator.checkDossiers(raw, options),
        },
      ],
    },
  ];
}
