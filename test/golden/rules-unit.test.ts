// Golden test: inspection, reporting and feedback rules of the shipped packs, each with a met and a missed case.
// Dates worked by hand from the 2017/2019/2025 calendars (see test/golden/holidays.test.ts for the days off):
//   2017: Mon 1/5 Labour Day, Tue 2/5 compensatory day for Sun 30/4; Tết 26/1–1/2; 2/9 Sat → Mon 4/9 off;
//   1/1/2018 Mon off. June and July 2017, June 2019 and October 2025 have no holiday.
import {
  checkFeedback,
  checkInspections,
  checkReporting,
  type Finding,
  getRulePack,
  reportingSchedule,
} from '@cchc/core';
import { describe, expect, it } from 'vitest';

const seen = new Map<string, Set<Finding['status']>>();
const note = (pack: string, findings: Finding[]) => {
  for (const f of findings) {
    const key = `${pack} ${f.ruleId}`;
    if (!seen.has(key)) seen.set(key, new Set());
    seen.get(key)!.add(f.status);
  }
  return findings;
};
const pick = (findings: Finding[], ruleId: string, match: Record<string, unknown>) =>
  findings.filter(
    (f) =>
      f.ruleId === ruleId &&
      Object.entries(match).every(([k, v]) => (f.subject as Record<string, unknown>)[k] === v),
  );
const brief = (f: Finding | undefined) =>
  f && {
    status: f.status,
    dueDate: f.dueDate,
    actualDate: f.actualDate,
    lateByWorkingDays: f.lateByWorkingDays,
  };

describe('inspections (khanhson-2017: {minPerWeek} = 1, {handleDays} = 1)', () => {
  const pack = getRulePack('khanhson-2017');
  // ISO weeks 17 (24–30/4), 18 (1–7/5; Mon 1/5 and Tue 2/5 off → 3 working days), 19 (8–14/5).
  const log = [
    {
      unitCode: 'KS-SONBINH',
      date: '2017-04-26',
      inspectorRole: 'Chủ tịch UBND xã',
      violations: 0,
    },
    {
      unitCode: 'KS-SONBINH',
      date: '2017-05-10',
      inspectorRole: 'Chủ tịch UBND xã',
      violations: 2,
      handledOn: '2017-05-11',
    },
    {
      unitCode: 'KS-TOHAP',
      date: '2017-05-03',
      inspectorRole: 'Phó Chủ tịch',
      violations: 1,
      handledOn: '2017-05-08',
    },
    { unitCode: 'KS-TOHAP', date: '2017-05-12', inspectorRole: 'Phó Chủ tịch', violations: 1 },
  ];
  const findings = note(
    'khanhson-2017',
    checkInspections(log, { from: '2017-04-24', to: '2017-05-14' }, pack, {
      unitCodes: ['KS-SONLAM'],
    }),
  );

  it('one weekly finding per unit and week, units sorted, the silent unit included', () => {
    const weekly = findings.filter((f) => f.ruleId === 'inspection.weekly');
    expect(
      weekly.map(
        (f) => `${f.subject.unitCode} ${(f.subject as { period: string }).period} ${f.status}`,
      ),
    ).toEqual([
      'KS-SONBINH 2017-W17 met',
      'KS-SONBINH 2017-W18 missed',
      'KS-SONBINH 2017-W19 met',
      'KS-SONLAM 2017-W17 missed',
      'KS-SONLAM 2017-W18 missed',
      'KS-SONLAM 2017-W19 missed',
      'KS-TOHAP 2017-W17 missed',
      'KS-TOHAP 2017-W18 met',
      'KS-TOHAP 2017-W19 met',
    ]);
    // Due = the week's last working day (Fri); done = the inspection day.
    expect(
      brief(pick(findings, 'inspection.weekly', { unitCode: 'KS-SONBINH', period: '2017-W17' })[0]),
    ).toEqual({
      status: 'met',
      dueDate: '2017-04-28',
      actualDate: '2017-04-26',
      lateByWorkingDays: undefined,
    });
    expect(
      pick(findings, 'inspection.weekly', { unitCode: 'KS-SONBINH', period: '2017-W18' })[0],
    ).toMatchObject({
      dueDate: '2017-05-05',
      because: expect.arrayContaining([expect.objectContaining({ fact: 'workingDays', value: 3 })]),
    });
  });

  it('violations handled within 1 working day: met; after 3: missed by 2; open at asOf: pending', () => {
    const handled = findings.filter((f) => f.ruleId === 'inspection.violation-handled');
    expect(handled.map(brief)).toEqual([
      {
        status: 'not-applicable',
        dueDate: undefined,
        actualDate: undefined,
        lateByWorkingDays: undefined,
      },
      // 10/5 + 1 working day = Thu 11/5; handled 11/5.
      {
        status: 'met',
        dueDate: '2017-05-11',
        actualDate: '2017-05-11',
        lateByWorkingDays: undefined,
      },
      // 3/5 + 1 = Thu 4/5; handled Mon 8/5: Fri 5/5 and Mon 8/5 → 2 late.
      { status: 'missed', dueDate: '2017-05-04', actualDate: '2017-05-08', lateByWorkingDays: 2 },
      // Fri 12/5 + 1 = Mon 15/5; asOf Sun 14/5 (period end) → still open.
      {
        status: 'pending',
        dueDate: '2017-05-15',
        actualDate: undefined,
        lateByWorkingDays: undefined,
      },
    ]);
  });

  it('a week with no working day (the Tết break 26/1–1/2/2017) is not applicable', () => {
    const tet = checkInspections([], { from: '2017-01-28', to: '2017-02-01' }, pack, {
      unitCodes: ['KS-SONBINH'],
    });
    expect(tet.map((f) => f.status)).toEqual(['not-applicable', 'not-applicable']);
  });

  it('a single inspection in the week meets the letter’s “at least once” (2× is an override: see mergeRulePacks)', () => {
    const weekly = checkInspections(
      log.slice(0, 1),
      { from: '2017-04-24', to: '2017-04-30' },
      pack,
    );
    expect(weekly[0]?.status).toBe('met');
  });
});

describe('reporting (khanhson-2017)', () => {
  const pack = getRulePack('khanhson-2017');
  it('the 2017 schedule: windows, cut-offs and deadlines worked from the calendar', () => {
    const s = reportingSchedule(2017, pack);
    const row = (ruleId: string, period: string) =>
      s.find((o) => o.ruleId === ruleId && o.period === period);
    // Six-month (Decree 09/2019 window): 15/12/2016 → Wed 14/6/2017; +2 working days → Fri 16/6.
    expect(row('report.six-month', '2017-H1')).toMatchObject({
      from: '2016-12-15',
      cutoff: '2017-06-14',
      dueDate: '2017-06-16',
    });
    // Monthly (calendar months), +5 working days after the month:
    // January ends Tue 31/1 inside Tết; Wed 1/2 off → 2, 3, 6, 7, 8/2 → Wed 8/2.
    expect(row('report.self-assessment-monthly', '2017-01')).toMatchObject({
      cutoff: '2017-01-31',
      dueDate: '2017-02-08',
    });
    // April ends Sun 30/4; 1/5 and 2/5 off → 3, 4, 5, 8, 9/5 → Tue 9/5.
    expect(row('report.self-assessment-monthly', '2017-04')).toMatchObject({
      dueDate: '2017-05-09',
    });
    // June ends Fri 30/6 → 3–7/7 → Fri 7/7; December ends Sun 31/12; Mon 1/1/2018 off → 2, 3, 4, 5, 8/1.
    expect(row('report.self-assessment-monthly', '2017-06')).toMatchObject({
      dueDate: '2017-07-07',
    });
    expect(row('report.self-assessment-monthly', '2017-12')).toMatchObject({
      dueDate: '2018-01-08',
    });
    expect(row('report.self-assessment-quarterly', '2017-Q2')).toMatchObject({
      from: '2017-04-01',
      cutoff: '2017-06-30',
      dueDate: '2017-07-07',
    });
    expect(s.filter((o) => o.ruleId === 'report.self-assessment-monthly')).toHaveLength(12);
    expect(s.filter((o) => o.ruleId === 'report.self-assessment-quarterly')).toHaveLength(4);
    expect(s.map((o) => o.dueDate)).toEqual([...s.map((o) => o.dueDate)].sort());
  });

  it('met on the deadline, missed one day after, pending before the deadline, missed when never filed', () => {
    const reports = [
      {
        unitCode: 'KS-SONBINH',
        obligation: 'report.six-month',
        period: '2017-H1',
        submittedOn: '2017-06-16',
      },
      {
        unitCode: 'KS-SONBINH',
        obligation: 'report.self-assessment-monthly',
        period: '2017-06',
        submittedOn: '2017-07-10',
      },
      {
        unitCode: 'KS-SONBINH',
        obligation: 'report.self-assessment-monthly',
        period: '2016-12',
        submittedOn: '2017-01-05',
      },
      // May ends Wed 31/5; +5 working days: 1, 2, 5, 6, 7/6 → Wed 7/6.
      {
        unitCode: 'KS-SONBINH',
        obligation: 'report.self-assessment-monthly',
        period: '2017-05',
        submittedOn: '2017-06-07',
      },
      // Q1 ends Fri 31/3; +5 working days skips Thu 6/4 (Giỗ Tổ Hùng Vương): 3, 4, 5, 7, 10/4 → Mon 10/4.
      {
        unitCode: 'KS-SONBINH',
        obligation: 'report.self-assessment-quarterly',
        period: '2017-Q1',
        submittedOn: '2017-04-10',
      },
    ];
    const early = checkReporting(reports, 2017, pack, {
      unitCodes: ['KS-SONBINH'],
      asOf: '2017-07-05',
    });
    const late = note(
      'khanhson-2017',
      checkReporting(reports, 2017, pack, {
        unitCodes: ['KS-SONBINH', 'KS-SONLAM'],
        asOf: '2017-07-31',
      }),
    );
    const one = (fs: Finding[], ruleId: string, period: string, unitCode = 'KS-SONBINH') =>
      brief(pick(fs, ruleId, { unitCode, period })[0]);
    expect(one(late, 'report.six-month', '2017-H1')).toEqual({
      status: 'met',
      dueDate: '2017-06-16',
      actualDate: '2017-06-16',
      lateByWorkingDays: undefined,
    });
    // due Fri 7/7, filed Mon 10/7 → 1 working day late.
    expect(one(late, 'report.self-assessment-monthly', '2017-06')).toEqual({
      status: 'missed',
      dueDate: '2017-07-07',
      actualDate: '2017-07-10',
      lateByWorkingDays: 1,
    });
    expect(one(early, 'report.self-assessment-quarterly', '2017-Q2')?.status).toBe('pending');
    expect(one(late, 'report.self-assessment-monthly', '2017-05')).toMatchObject({
      status: 'met',
      dueDate: '2017-06-07',
    });
    expect(one(late, 'report.self-assessment-quarterly', '2017-Q1')).toEqual({
      status: 'met',
      dueDate: '2017-04-10',
      actualDate: '2017-04-10',
      lateByWorkingDays: undefined,
    });
    // Never filed; at Mon 31/7: 10–14, 17–21, 24–28 and 31/7 → 16 working days late.
    expect(one(late, 'report.self-assessment-quarterly', '2017-Q2')).toEqual({
      status: 'missed',
      dueDate: '2017-07-07',
      actualDate: undefined,
      lateByWorkingDays: 16,
    });
    expect(one(late, 'report.six-month', '2017-H1', 'KS-SONLAM')?.status).toBe('missed');
    // July's deadline (7/8) is after asOf.
    expect(one(late, 'report.self-assessment-monthly', '2017-07')?.status).toBe('pending');
    expect(late).toHaveLength(2 * (12 + 4 + 1));
  });

  it('rejects an obligation the pack does not have, and a period that does not fit, naming the row', () => {
    expect(() =>
      checkReporting(
        [{ unitCode: 'X', obligation: 'report.weekly', period: '2017-06' }],
        2017,
        pack,
        { asOf: '2017-12-31' },
      ),
    ).toThrow(/reports\[0\]\.obligation/);
    expect(() =>
      checkReporting(
        [{ unitCode: 'X', obligation: 'report.six-month', period: '2017-Q2' }],
        2017,
        pack,
        { asOf: '2017-12-31' },
      ),
    ).toThrow(/row 1, reports\[0\]\.period/);
    expect(() =>
      checkReporting(
        [{ unitCode: 'X', obligation: 'report.six-month', period: '2017-13' }],
        2017,
        pack,
        { asOf: '2017-12-31' },
      ),
    ).toThrow(/reports\[0\]\.period/);
  });

  it('annual report of the national packs: cut-off 14/12, due 2 working days later', () => {
    // 2019: Sat 14/12 → Mon 16/12, Tue 17/12. 2025: Sun 14/12 → Mon 15/12, Tue 16/12.
    for (const [packId, year, due, dayAfter] of [
      ['vn-one-stop-2018', 2019, '2019-12-17', '2019-12-18'],
      ['vn-one-stop-2025', 2025, '2025-12-16', '2025-12-17'],
    ] as const) {
      const p = getRulePack(packId);
      expect(reportingSchedule(year, p)).toEqual([
        expect.objectContaining({
          ruleId: 'report.annual',
          period: String(year),
          cutoff: `${year}-12-14`,
          dueDate: due,
        }),
      ]);
      const onTime = [
        { unitCode: 'U', obligation: 'report.annual', period: String(year), submittedOn: due },
      ];
      const late = [
        { unitCode: 'U', obligation: 'report.annual', period: String(year), submittedOn: dayAfter },
      ];
      expect(
        note(packId, checkReporting(onTime, year, p, { asOf: `${year}-12-31` }))[0]?.status,
      ).toBe('met');
      expect(
        note(packId, checkReporting(late, year, p, { asOf: `${year}-12-31` }))[0],
      ).toMatchObject({ status: 'missed', lateByWorkingDays: 1 });
    }
  });
});

describe('feedback ({answerDays} = 10 working days, UNVERIFIED placeholder)', () => {
  it.each([
    // Mon d0 + 10 working days = Mon of the third week (d14).
    ['khanhson-2017', '2017-06-05', '2017-06-19', '2017-06-20'],
    ['vn-one-stop-2018', '2019-06-03', '2019-06-17', '2019-06-18'],
    ['vn-one-stop-2025', '2025-10-06', '2025-10-20', '2025-10-21'],
  ])(
    '%s: received %s, due %s; answered on it met, a day later missed by 1',
    (packId, received, due, dayAfter) => {
      const pack = getRulePack(packId);
      const items = [
        {
          id: 'PA-1',
          unitCode: 'U',
          receivedOn: received,
          channel: 'hotline',
          topic: 'Phí',
          answeredOn: due,
          answerForm: 'explanation' as const,
        },
        {
          id: 'PA-2',
          unitCode: 'U',
          receivedOn: received,
          channel: 'letter',
          topic: 'Thời hạn',
          answeredOn: dayAfter,
          answerForm: 'written-reply' as const,
        },
      ];
      const f = note(packId, checkFeedback(items, pack, { asOf: '2026-01-31' }));
      expect(f.map(brief)).toEqual([
        { status: 'met', dueDate: due, actualDate: due, lateByWorkingDays: undefined },
        { status: 'missed', dueDate: due, actualDate: dayAfter, lateByWorkingDays: 1 },
      ]);
    },
  );

  it('received on Saturday 10/6/2017 counts from Mon 12/6: due Mon 26/6; pending on it, missed the day after', () => {
    const item = [
      {
        id: 'PA-3',
        unitCode: 'U',
        receivedOn: '2017-06-10',
        channel: 'suggestion-box',
        topic: 'Thái độ',
      },
    ];
    const pack = getRulePack('khanhson-2017');
    expect(brief(checkFeedback(item, pack, { asOf: '2017-06-26' })[0])).toEqual({
      status: 'pending',
      dueDate: '2017-06-26',
      actualDate: undefined,
      lateByWorkingDays: undefined,
    });
    expect(brief(checkFeedback(item, pack, { asOf: '2017-06-27' })[0])).toMatchObject({
      status: 'missed',
      lateByWorkingDays: 1,
    });
  });

  it('rejects an answer before receipt, naming the row and field', () => {
    expect(() =>
      checkFeedback(
        [
          {
            id: 'x',
            unitCode: 'U',
            receivedOn: '2017-06-10',
            answeredOn: '2017-06-09',
            channel: 'c',
            topic: 't',
          },
        ],
        getRulePack('khanhson-2017'),
        { asOf: '2017-07-01' },
      ),
    ).toThrow(/row 1, items\[0\]\.answeredOn/);
  });
});

describe('coverage', () => {
  it.each(['khanhson-2017', 'vn-one-stop-2018', 'vn-one-stop-2025'])(
    'every non-dossier rule of %s has a met and a missed case',
    (packId) => {
      for (const rule of getRulePack(packId).rules.filter((r) => r.subject !== 'dossier')) {
        const statuses = seen.get(`${packId} ${rule.id}`) ?? new Set();
        expect([rule.id, statuses.has('met'), statuses.has('missed')]).toEqual([
          rule.id,
          true,
          true,
        ]);
      }
    },
  );
});
