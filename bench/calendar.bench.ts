// Working-day arithmetic: per-year lookup tables (what the rules engine uses) against a naive day-by-day loop.
import { addWorkingDays, createCalendar, isWorkingDay, workingDaysBetween } from '@cchc/core';
import type { BenchSuite } from './harness.js';

const calendar = createCalendar();
// 10,000 receipt dates over 2017–2026, each with a processing time of 1–30 working days (deterministic LCG).
let seed = 42;
const rand = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pad = (n: number) => String(n).padStart(2, '0');
const cases = Array.from({ length: 10_000 }, () => {
  const year = 2017 + Math.floor(rand() * 10);
  const month = 1 + Math.floor(rand() * 12);
  const day = 1 + Math.floor(rand() * 28);
  return { date: `${year}-${pad(month)}-${pad(day)}`, n: 1 + Math.floor(rand() * 30) };
});

/** The obvious implementation: step one day at a time, asking isWorkingDay for each. */
function naiveAdd(date: string, n: number): string {
  let [y, m, d] = date.split('-').map(Number) as [number, number, number];
  let left = n;
  let current = date;
  while (left > 0) {
    const next = new Date(Date.UTC(y, m - 1, d + 1));
    y = next.getUTCFullYear();
    m = next.getUTCMonth() + 1;
    d = next.getUTCDate();
    current = `${y}-${pad(m)}-${pad(d)}`;
    if (isWorkingDay(current, calendar)) left--;
  }
  return current;
}

const suite: BenchSuite = {
  title: 'Calendar: due dates (10,000 dossiers, 1–30 working days)',
  baseline: {
    name: 'naive day-by-day loop over isWorkingDay',
    units: cases.length,
    unit: 'due dates',
    run: () => cases.map((c) => naiveAdd(c.date, c.n)),
  },
  cases: [
    {
      name: 'addWorkingDays (per-year cumulative tables)',
      units: cases.length,
      unit: 'due dates',
      run: () => cases.map((c) => addWorkingDays(c.date, c.n, calendar)),
    },
    {
      name: 'workingDaysBetween (lateness)',
      units: cases.length,
      unit: 'counts',
      run: () => cases.map((c) => workingDaysBetween(c.date, '2026-12-31', calendar)),
    },
  ],
};

export default [suite];
