// Hand-worked summary. Pack vn-one-stop-2018, Mon 3/6/2019 = d0 (no holiday in June 2019).
// Unit A: D1 on time (1 point, 0 contacts → 2); D2 early (2, → 2); D3 late (0, → 2); D4 early after one
// supplement request (2, one contact → 1). Index 1: 2+1+0+2 = 5 over 4 → 1.25; index 3: 2+2+2+1 = 7 → 1.75;
// (1.25 + 1.75) / (2 × 2 indices) × 20 = 15 → "excellent" (≥ 15, TT 01/2018).
// Unit B: D5 turned back once at reception without a slip, then on time: index 1 → 1, index 3 → 1;
// (1 + 1) / 4 × 20 = 10 → "fair" (9–< 12).
import { describe, expect, it } from 'vitest';
import { checkDossier } from './checkDossier.js';
import { checkInspections } from './checkInspections.js';
import type { DossierInput } from './dossierSchema.js';
import type { Finding } from './findingSchema.js';
import { getRulePack } from './getRulePack.js';
import { issuesOf } from './internal/testing.js';
import { summarize } from './summarize.js';

const d = (n: number) => `2019-06-${String(3 + n).padStart(2, '0')}`;
const dossier = (
  id: string,
  unitCode: string,
  processingDays: number,
  events: DossierInput['events'],
): DossierInput => ({
  id,
  unitCode,
  procedure: { code: 'P', name: 'Thủ tục', processingDays },
  channel: 'online',
  receivedAt: `${d(0)}T09:00`,
  events,
});
const pack = getRulePack('vn-one-stop-2018');
const run = (x: DossierInput) => checkDossier(x, pack, { asOf: '2019-07-31' });

const findings: Finding[] = [
  ...run(
    dossier('D1', 'A', 3, [
      { type: 'accepted', date: d(0), dueDate: d(3) },
      { type: 'result-ready', date: d(3) },
      { type: 'returned', date: d(3) },
    ]),
  ),
  ...run(
    dossier('D2', 'A', 5, [
      { type: 'accepted', date: d(0), dueDate: d(7) },
      { type: 'result-ready', date: d(3) },
      { type: 'citizen-notified', date: d(3), channel: 'sms' },
      { type: 'returned', date: d(4) },
    ]),
  ),
  ...run(
    dossier('D3', 'A', 3, [
      { type: 'accepted', date: d(0), dueDate: d(3) },
      { type: 'apology-issued', date: d(2), reason: 'Chờ xác minh', newDueDate: d(8) },
      { type: 'result-ready', date: d(8) },
      { type: 'returned', date: d(8) },
    ]),
  ),
  ...run(
    dossier('D4', 'A', 5, [
      { type: 'accepted', date: d(0), dueDate: d(7) },
      { type: 'supplement-requested', date: d(2), reason: 'Thiếu tờ khai', newDueDate: d(14) },
      { type: 'submitted', date: d(4) },
      { type: 'result-ready', date: d(11) },
      { type: 'citizen-notified', date: d(11), channel: 'phone' },
      { type: 'returned', date: d(11) },
    ]),
  ),
  ...run(
    dossier('D5', 'B', 3, [
      { type: 'submitted', date: d(0) },
      { type: 'submitted', date: d(2) },
      { type: 'accepted', date: d(2), dueDate: d(7) },
      { type: 'result-ready', date: d(7) },
      { type: 'returned', date: d(7) },
    ]),
  ),
];

describe('summarize', () => {
  const s = summarize(findings);

  it('counts and rates per rule (rate = met / (met + missed); null when nothing applied)', () => {
    expect(Object.keys(s.units)).toEqual(['A', 'B']);
    expect(s.units.A?.byRule['deadline.on-time']).toEqual({
      met: 3,
      missed: 1,
      pending: 0,
      notApplicable: 0,
      applicable: 4,
      rate: 0.75,
    });
    expect(s.units.A?.byRule['notice.late-apology']).toMatchObject({
      met: 1,
      notApplicable: 3,
      rate: 1,
    });
    expect(s.units.A?.byRule['notice.refusal-legal-basis']).toMatchObject({
      notApplicable: 4,
      applicable: 0,
      rate: null,
    });
    expect(s.units.B?.byRule['notice.guidance-slip']).toMatchObject({ missed: 1, rate: 0 });
    expect(s.total.byRule['deadline.on-time']).toMatchObject({ met: 4, missed: 1, rate: 0.8 });
    expect(s.units.A?.byGroup.deadline).toEqual(s.units.A?.byRule['deadline.on-time']);
    const all = s.units.A!.overall;
    expect(all.met + all.missed + all.pending + all.notApplicable).toBe(
      4 * pack.rules.filter((r) => r.subject === 'dossier').length,
    );
  });

  it('scores Circular 01/2018 indices 1 and 3 and grades the units', () => {
    expect(s.units.A?.evaluation).toEqual({
      processingTime: {
        scored: 4,
        distribution: { '2': 2, '1': 1, '0': 1 },
        points: 5,
        mean: 1.25,
      },
      contacts: { scored: 4, distribution: { '2': 3, '1': 1, '0': 0 }, points: 7, mean: 1.75 },
      indices: ['processingTime', 'contacts'],
      points: 15,
      grade: { grade: 'excellent', label: { vi: 'Xuất sắc', en: 'Excellent' } },
      partial: true,
    });
    expect(s.units.B?.evaluation).toMatchObject({ points: 10, grade: { grade: 'fair' } });
    // All five dossiers: index 1 = 6/5 = 1.2, index 3 = 8/5 = 1.6 → (1.2 + 1.6) / 4 × 20 = 14 → good.
    expect(s.total.evaluation?.points).toBeCloseTo(14, 10);
    expect(s.total.evaluation?.grade?.grade).toBe('good');
  });

  it('mixes in other subjects (no evaluation for a unit without dossiers)', () => {
    const weeks = checkInspections(
      [],
      { from: '2017-06-05', to: '2017-06-11' },
      getRulePack('khanhson-2017'),
      { unitCodes: ['C'] },
    );
    const t = summarize([...findings, ...weeks]);
    expect(t.units.C?.byGroup.inspection).toMatchObject({ missed: 1, rate: 0 });
    expect(t.units.C?.evaluation).toBeNull();
  });

  it('scores two dossiers sharing an id (from separate calls) as two, whatever the order', () => {
    const d1 = run(
      dossier('DUP', 'A', 3, [
        { type: 'accepted', date: d(0), dueDate: d(3) },
        { type: 'result-ready', date: d(3) },
      ]),
    );
    const d2 = run(
      dossier('DUP', 'A', 3, [
        { type: 'accepted', date: d(0), dueDate: d(3) },
        { type: 'result-ready', date: d(2) },
      ]),
    );
    const ab = summarize([...d1, ...d2]).units.A!.evaluation!;
    const ba = summarize([...d2, ...d1]).units.A!.evaluation!;
    expect(ab).toEqual(ba);
    expect(ab.processingTime).toMatchObject({ scored: 2, points: 3 }); // on time 1 + early 2
  });

  it('rejects things that are not findings, naming the item and field', () => {
    const issues = issuesOf(() => summarize([{ ...findings[0], status: 'ok' }]));
    expect(issues[0]?.path).toBe('findings[0].status');
  });
});
