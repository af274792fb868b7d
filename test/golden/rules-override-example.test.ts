// The example override pack in examples/provincial-override/ merges, validates and changes what it says it does.
// Dates: June 2017 has no holiday; Mon 5/6 … Fri 9/6, Mon 12/6 ….
import {
  checkDossier,
  checkFeedback,
  checkInspections,
  getRulePack,
  mergeRulePacks,
  reportingSchedule,
} from '@cchc/core';
import { describe, expect, it } from 'vitest';
import layer from '../../examples/provincial-override/khanhson-2017-2x-week.json';

describe('examples/provincial-override', () => {
  const base = getRulePack('khanhson-2017');
  const pack = mergeRulePacks(base, layer);

  it('merges over khanhson-2017 and adds one rule', () => {
    expect(pack.lineage).toEqual(['vn-one-stop-2015', 'khanhson-2017']);
    expect(pack.rules.map((r) => r.id)).toEqual([
      ...base.rules.map((r) => r.id),
      'notice.early-result-same-day',
    ]);
    expect(pack.reception.closesAt).toBe('16:30');
  });

  it('one inspection a week: met under the letter, missed under the example layer', () => {
    const log = [
      {
        unitCode: 'KS-SONBINH',
        date: '2017-06-07',
        inspectorRole: 'Chủ tịch UBND xã',
        violations: 0,
      },
    ];
    const period = { from: '2017-06-05', to: '2017-06-11' };
    expect(checkInspections(log, period, base)[0]?.status).toBe('met');
    expect(checkInspections(log, period, pack)[0]?.status).toBe('missed');
  });

  it('feedback received Mon 5/6 is due Mon 12/6 (5 working days) instead of Mon 19/6 (10)', () => {
    const items = [
      { id: 'PA', unitCode: 'U', receivedOn: '2017-06-05', channel: 'hotline', topic: 'Phí' },
    ];
    expect(checkFeedback(items, base, { asOf: '2017-06-05' })[0]?.dueDate).toBe('2017-06-19');
    expect(checkFeedback(items, pack, { asOf: '2017-06-05' })[0]?.dueDate).toBe('2017-06-12');
  });

  it('monthly self-assessment for May is due Mon 5/6 (3 working days after Wed 31/5: 1, 2, 5/6)', () => {
    const may = reportingSchedule(2017, pack).find(
      (o) => o.ruleId === 'report.self-assessment-monthly' && o.period === '2017-05',
    );
    expect(may?.dueDate).toBe('2017-06-05');
  });

  it('receipt at 16:45 counts from the next working day under the 16:30 closing time', () => {
    const dossier = {
      id: 'X',
      unitCode: 'KS-SONBINH',
      procedure: { code: 'CT', name: 'Chứng thực', processingDays: 1 },
      channel: 'in-person' as const,
      receivedAt: '2017-06-05T16:45',
      events: [{ type: 'accepted' as const, date: '2017-06-05' }],
    };
    const due = (p: unknown) =>
      checkDossier(dossier, p, { asOf: '2017-06-05' }).find((f) => f.ruleId === 'deadline.on-time')
        ?.dueDate;
    expect(due(base)).toBe('2017-06-06'); // 16:45 is before 17:00: counts from Mon 5/6 → Tue 6/6
    expect(due(pack)).toBe('2017-06-07'); // after 16:30: counts from Tue 6/6 → Wed 7/6
  });

  it('the added rule: ready early on Thu 8/6, told on Fri 9/6 → missed same-day notice', () => {
    const dossier = {
      id: 'Y',
      unitCode: 'KS-SONBINH',
      procedure: { code: 'HT', name: 'Khai sinh', processingDays: 5 },
      channel: 'in-person' as const,
      receivedAt: '2017-06-05T09:00',
      events: [
        { type: 'accepted' as const, date: '2017-06-05', dueDate: '2017-06-12' },
        { type: 'result-ready' as const, date: '2017-06-08' },
        { type: 'citizen-notified' as const, date: '2017-06-09', channel: 'sms' as const },
        { type: 'returned' as const, date: '2017-06-12' },
      ],
    };
    const f = checkDossier(dossier, pack).find((x) => x.ruleId === 'notice.early-result-same-day');
    expect(f).toMatchObject({
      status: 'missed',
      dueDate: '2017-06-08',
      actualDate: '2017-06-09',
      lateByWorkingDays: 1,
    });
    expect(
      checkDossier(dossier, pack).find((x) => x.ruleId === 'notice.early-result')?.status,
    ).toBe('met');
  });
});
