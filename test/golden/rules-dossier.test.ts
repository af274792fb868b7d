// Golden test: every dossier rule of every shipped pack, with a case that meets it and one that misses it.
//
// Dates are worked by hand from the calendar and the cited articles — never by running the code under test.
// Each scenario is written in working days from a base Monday (d0) of a week pair with no holiday:
//   khanhson-2017 and vn-one-stop-2015: d0 = Mon 2017-06-05 (no holiday in June 2017);
//   vn-one-stop-2018: d0 = Mon 2019-06-03 (no holiday June–July 2019);
//   vn-one-stop-2025: d0 = Mon 2025-10-06 (no holiday in October 2025).
// So d0..d4 = Mon..Fri, d7..d11 = Mon..Fri of the next week, d14..d18 the week after.
// "N working days after dX" counts from the day after dX (ND 61/2018 Art 19; the day of receipt is not counted).
//
// Two extra cases cross the 30/4–2/5/2017 holidays (30/4 Sun → comp. Tue 2/5, 1/5 Mon Labour Day): a dossier
// received Fri 28/4/2017 with 3 working days is due Fri 5/5 (Wed 3/5, Thu 4/5, Fri 5/5); received at 17:30 it
// counts from Wed 3/5 (pack reception convention, UNVERIFIED as law) and is due Mon 8/5 (4/5, 5/5, 8/5).
import {
  checkDossier,
  checkDossierWithEngine,
  type DossierInput,
  type Finding,
  getRulePack,
  SHIPPED_RULE_PACKS,
} from '@cchc/core';
import { describe, expect, it } from 'vitest';

type Status = Finding['status'];
/** Expected finding: status, then optionally dueDate, actualDate and lateByWorkingDays as day offsets / counts. */
type Want = [Status, number?, number?, number?];

const BASES: Record<string, string> = {
  'khanhson-2017': '2017-06-05',
  'vn-one-stop-2015': '2017-06-05',
  'vn-one-stop-2018': '2019-06-03',
  'vn-one-stop-2025': '2025-10-06',
};
const shift = (base: string, offset: number) =>
  new Date(Date.parse(`${base}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

interface Scenario {
  name: string;
  processingDays: number;
  channel?: DossierInput['channel'];
  /** Time of receipt on d0, 'HH:mm'. */
  at?: string;
  /** Events as [type, day offset, details]. */
  events: [string, number, Record<string, unknown>?][];
  /** Day offset of asOf (default d30). */
  asOf?: number;
  /** Rules not listed are expected not-applicable. `transfer.same-day` defaults to met when accepted in person. */
  want: Record<string, Want>;
}

// Note on `transfer`: in-person scenarios transfer the dossier on d0 (the day of acceptance), so
// transfer.same-day is met (ND 61/2018 Art 18(2)) unless a scenario says otherwise.
const SCENARIOS: Scenario[] = [
  {
    name: 'S1 on time: 3 working days from Mon d0 → Thu d3; result d3',
    processingDays: 3,
    events: [
      ['accepted', 0, { dueDate: 3 }],
      ['transferred', 0],
      ['result-ready', 3],
      ['returned', 3],
    ],
    want: { 'notice.receipt': ['met'], 'deadline.on-time': ['met', 3, 3] },
  },
  {
    name: 'S2 result ready Thu d3, two working days before the due Mon d7 (Fri d4, Mon d7), no invitation',
    processingDays: 5, // d1 d2 d3 d4 d7 → due d7
    events: [
      ['accepted', 0, { dueDate: 7 }],
      ['transferred', 0],
      ['result-ready', 3],
      ['returned', 7],
    ],
    // early notice due 1 working day after d3 = d4; never sent; result handed over d7 → 1 working day (d7) late.
    want: {
      'notice.receipt': ['met'],
      'notice.early-result': ['missed', 4, undefined, 1],
      'deadline.on-time': ['met', 7, 3],
    },
  },
  {
    name: 'S3 result ready early (d3) and the citizen told the same day',
    processingDays: 5,
    events: [
      ['accepted', 0, { dueDate: 7 }],
      ['transferred', 0],
      ['result-ready', 3],
      ['citizen-notified', 3, { channel: 'sms' }],
      ['returned', 4],
    ],
    want: {
      'notice.receipt': ['met'],
      'notice.early-result': ['met', 4, 3],
      'deadline.on-time': ['met', 7, 3],
    },
  },
  {
    name: 'S4 supplement requested Wed d2 (2 working days after d0 ≤ 3) with reason and new date d14, no apology',
    processingDays: 5,
    events: [
      ['accepted', 0, { dueDate: 7 }],
      ['transferred', 0],
      ['supplement-requested', 2, { reason: 'Thiếu bản sao sổ hộ khẩu', newDueDate: 14 }],
      ['submitted', 4],
      ['result-ready', 11],
      ['returned', 11],
    ],
    // supplement notice due 3 working days after d0 = Thu d3; sent d2. The new appointment d14 governs
    // deadline.on-time (processing restarts, ND 61 Art 19(4)); result d11 is early.
    want: {
      'notice.receipt': ['met'],
      'notice.supplement-request': ['met', 3, 2],
      'notice.supplement-once': ['met'],
      'notice.supplement-apology': ['missed'],
      'deadline.on-time': ['met', 14, 11],
    },
  },
  {
    name: 'S5 as S4 with an apology the same day',
    processingDays: 5,
    events: [
      ['accepted', 0, { dueDate: 7 }],
      ['transferred', 0],
      ['supplement-requested', 2, { reason: 'Thiếu bản sao sổ hộ khẩu', newDueDate: 14 }],
      ['apology-issued', 2, { reason: 'Chưa hướng dẫn đầy đủ khi tiếp nhận' }],
      ['submitted', 4],
      ['result-ready', 11],
      ['returned', 11],
    ],
    want: {
      'notice.receipt': ['met'],
      'notice.supplement-request': ['met', 3, 2],
      'notice.supplement-once': ['met'],
      'notice.supplement-apology': ['met'],
      'deadline.on-time': ['met', 14, 11],
    },
  },
  {
    name: 'S6 first supplement request Mon d7 (5 working days after d0 > 3), no new date; a second one d9',
    processingDays: 5,
    events: [
      ['accepted', 0, { dueDate: 7 }],
      ['transferred', 0],
      ['supplement-requested', 7, { reason: 'Thiếu tờ khai' }],
      ['submitted', 8],
      ['supplement-requested', 9, { reason: 'Thiếu bản sao' }],
      ['submitted', 10],
      ['result-ready', 16],
      ['returned', 16],
    ],
    // notice due d3, sent d7: late by d4, d7 = 2 working days. Two requests > 1. The last request gives no new
    // date, so the time restarts from the resubmission d10: 5 working days → d11 d14 d15 d16 d17 = due d17.
    want: {
      'notice.receipt': ['met'],
      'notice.supplement-request': ['missed', 3, 7, 2],
      'notice.supplement-once': ['missed'],
      'notice.supplement-apology': ['missed'],
      'deadline.on-time': ['met', 17, 16],
    },
  },
  {
    name: 'S7 refused at reception with a reason but no legal basis',
    processingDays: 5,
    events: [
      ['refused', 0, { reason: 'Không thuộc thẩm quyền giải quyết' }],
      ['returned', 0],
    ],
    want: {
      'notice.refusal-legal-basis': ['missed', undefined, 0],
      'transfer.same-day': ['not-applicable'],
    },
  },
  {
    name: 'S8 refused with reason and legal basis',
    processingDays: 5,
    events: [
      [
        'refused',
        0,
        { reason: 'Không thuộc thẩm quyền', legalBasis: 'Luật Hộ tịch 2014, Điều 13' },
      ],
      ['returned', 0],
    ],
    want: {
      'notice.refusal-legal-basis': ['met', undefined, 0],
      'transfer.same-day': ['not-applicable'],
    },
  },
  {
    name: 'S9 handed in d0, turned back without a slip, handed in again d2 and accepted (due d7)',
    processingDays: 3, // from d2: d3 d4 d7
    events: [
      ['submitted', 0],
      ['submitted', 2],
      ['accepted', 2, { dueDate: 7 }],
      ['transferred', 2],
      ['result-ready', 7],
      ['returned', 7],
    ],
    want: {
      'notice.guidance-slip': ['missed'],
      'notice.receipt': ['met'],
      'deadline.on-time': ['met', 7, 7],
      'transfer.same-day': ['met', undefined, 2],
    },
  },
  {
    name: 'S10 as S9 with a guidance slip on d0',
    processingDays: 3,
    events: [
      ['guidance-issued', 0, { missing: ['Bản sao giấy chứng sinh'] }],
      ['submitted', 2],
      ['accepted', 2, { dueDate: 7 }],
      ['transferred', 2],
      ['result-ready', 7],
      ['returned', 7],
    ],
    want: {
      'notice.guidance-slip': ['met'],
      'notice.receipt': ['met'],
      'deadline.on-time': ['met', 7, 7],
      'transfer.same-day': ['met', undefined, 2],
    },
  },
  {
    name: 'S11 due Thu d3; apology with new date sent Wed d2 (1 working day before); result d8',
    processingDays: 3,
    events: [
      ['accepted', 0, { dueDate: 3 }],
      ['transferred', 0],
      ['apology-issued', 2, { reason: 'Chờ xác minh', newDueDate: 8 }],
      ['result-ready', 8],
      ['returned', 8],
    ],
    // apology due 1 working day before d3 = d2 (ND 61 Art 19(9)); the dossier still counts late:
    // d3 → d8 is d4, d7, d8 = 3 working days (TT 01 Art 13(1)).
    want: {
      'notice.receipt': ['met'],
      'notice.late-apology': ['met', 2, 2],
      'deadline.on-time': ['missed', 3, 8, 3],
    },
  },
  {
    name: 'S12 as S11 but the apology comes on the due date d3',
    processingDays: 3,
    events: [
      ['accepted', 0, { dueDate: 3 }],
      ['transferred', 0],
      ['apology-issued', 3, { reason: 'Chờ xác minh', newDueDate: 8 }],
      ['result-ready', 8],
      ['returned', 8],
    ],
    want: {
      'notice.receipt': ['met'],
      'notice.late-apology': ['missed', 2, 3, 1],
      'deadline.on-time': ['missed', 3, 8, 3],
    },
  },
  {
    name: 'S13 accepted without a receipt',
    processingDays: 3,
    events: [
      ['accepted', 0, { dueDate: 3, receiptIssued: false }],
      ['transferred', 0],
      ['result-ready', 3],
      ['returned', 3],
    ],
    want: { 'notice.receipt': ['missed'], 'deadline.on-time': ['met', 3, 3] },
  },
  {
    name: 'S14 still open on Thu d3, due Mon d7',
    processingDays: 5,
    asOf: 3,
    events: [
      ['accepted', 0, { dueDate: 7 }],
      ['transferred', 0],
    ],
    want: { 'notice.receipt': ['met'], 'deadline.on-time': ['pending', 7] },
  },
  {
    name: 'S15 no result by Wed d9, due Mon d7, no apology',
    processingDays: 5,
    asOf: 9,
    events: [
      ['accepted', 0, { dueDate: 7 }],
      ['transferred', 0],
    ],
    // late by d8, d9 = 2; the apology was due 1 working day before d7 = Fri d4, and is 3 working days
    // overdue at d9 (d7, d8, d9).
    want: {
      'notice.receipt': ['met'],
      'notice.late-apology': ['missed', 4, undefined, 3],
      'deadline.on-time': ['missed', 7, undefined, 2],
    },
  },
  {
    name: 'T2 received 15:30 (after the 15:00 cut-off), transferred the next working day',
    processingDays: 3,
    at: '15:30',
    events: [
      ['accepted', 0, { dueDate: 3 }],
      ['transferred', 1],
      ['result-ready', 3],
      ['returned', 3],
    ],
    want: {
      'notice.receipt': ['met'],
      'deadline.on-time': ['met', 3, 3],
      'transfer.same-day': ['met', undefined, 1],
    },
  },
  {
    name: 'T3 received 10:00, transferred only the next working day',
    processingDays: 3,
    at: '10:00',
    events: [
      ['accepted', 0, { dueDate: 3 }],
      ['transferred', 1],
      ['result-ready', 3],
      ['returned', 3],
    ],
    want: {
      'notice.receipt': ['met'],
      'deadline.on-time': ['met', 3, 3],
      'transfer.same-day': ['missed', undefined, 1],
    },
  },
  {
    name: 'T4 online dossier: no paper to transfer',
    processingDays: 3,
    channel: 'online',
    events: [
      ['accepted', 0, { dueDate: 3 }],
      ['result-ready', 3],
      ['returned', 3],
    ],
    want: {
      'notice.receipt': ['met'],
      'deadline.on-time': ['met', 3, 3],
      'transfer.same-day': ['not-applicable'],
    },
  },
];

const DAY_FIELDS = new Set(['dueDate', 'newDueDate']);
function build(s: Scenario, base: string): DossierInput {
  const at = s.at ?? '09:00';
  return {
    id: s.name.split(' ')[0]!,
    unitCode: 'KS-SONBINH',
    procedure: { code: 'HT-01', name: 'Đăng ký khai sinh', processingDays: s.processingDays },
    channel: s.channel ?? 'in-person',
    receivedAt: `${base}T${at}`,
    events: s.events.map(([type, offset, details = {}]) => {
      const e: Record<string, unknown> = { type, date: shift(base, offset) };
      for (const [k, v] of Object.entries(details))
        e[k] = DAY_FIELDS.has(k) && typeof v === 'number' ? shift(base, v) : v;
      return e as DossierInput['events'][number];
    }),
  };
}

function expected(s: Scenario, ruleId: string): Want {
  const w = s.want[ruleId];
  if (w !== undefined) return w;
  if (
    ruleId === 'transfer.same-day' &&
    s.events.some(([t]) => t === 'accepted') &&
    s.channel !== 'online'
  )
    return ['met', undefined, 0];
  return ['not-applicable'];
}

const seen = new Map<string, Set<Status>>();
const note = (pack: string, f: Finding) => {
  const key = `${pack} ${f.ruleId}`;
  if (!seen.has(key)) seen.set(key, new Set());
  seen.get(key)!.add(f.status);
};

describe.each(SHIPPED_RULE_PACKS)('pack %s: dossier rules', (packId) => {
  const pack = getRulePack(packId);
  const base = BASES[packId]!;
  it.each(SCENARIOS.map((s) => [s.name, s] as const))('%s', async (_, s) => {
    const dossier = build(s, base);
    const asOf = shift(base, s.asOf ?? 30);
    const findings = checkDossier(dossier, pack, { asOf });
    const dossierRules = pack.rules.filter((r) => r.subject === 'dossier');
    expect(findings.map((f) => f.ruleId)).toEqual(dossierRules.map((r) => r.id));
    for (const f of findings) {
      const [status, due, actual, late] = expected(s, f.ruleId);
      const got = {
        status: f.status,
        dueDate: f.dueDate,
        actualDate: f.actualDate,
        lateByWorkingDays: f.lateByWorkingDays,
      };
      const want = {
        status,
        dueDate: status === 'not-applicable' || due === undefined ? undefined : shift(base, due),
        actualDate:
          status === 'not-applicable' || actual === undefined ? undefined : shift(base, actual),
        lateByWorkingDays: late,
      };
      // Rules without a date of their own (receipt, once, apology, guidance) report none.
      if (due === undefined) delete (want as Partial<typeof want>).dueDate;
      if (actual === undefined) delete (want as Partial<typeof want>).actualDate;
      if (due === undefined) delete (got as Partial<typeof got>).dueDate;
      if (actual === undefined) delete (got as Partial<typeof got>).actualDate;
      expect(got, `${f.ruleId}`).toEqual(want);
      expect(f.citations.length).toBeGreaterThan(0);
      expect(f.because.length).toBeGreaterThan(0);
      note(packId, f);
    }
    // The reference path agrees on this case too.
    expect(await checkDossierWithEngine(dossier, pack, { asOf })).toEqual(findings);
  });
});

describe('holidays of 30/4–2/5/2017 (khanhson-2017)', () => {
  const pack = getRulePack('khanhson-2017');
  const dossier = (receivedAt: string, events: DossierInput['events']): DossierInput => ({
    id: 'H',
    unitCode: 'KS-TOHAP',
    procedure: { code: 'CT-01', name: 'Chứng thực bản sao', processingDays: 3 },
    channel: 'in-person',
    receivedAt,
    events,
  });
  it('received Fri 28/4 09:00 with no appointment: due Fri 5/5 computed; receipt missed', () => {
    const f = checkDossier(
      dossier('2017-04-28T09:00', [
        { type: 'accepted', date: '2017-04-28' },
        { type: 'result-ready', date: '2017-05-05' },
        { type: 'returned', date: '2017-05-05' },
      ]),
      pack,
    );
    const by = Object.fromEntries(f.map((x) => [x.ruleId, x]));
    expect(by['notice.receipt']?.status).toBe('missed');
    expect(by['deadline.on-time']).toMatchObject({
      status: 'met',
      dueDate: '2017-05-05',
      actualDate: '2017-05-05',
    });
  });
  it('received Fri 28/4 at 17:30 counts from Wed 3/5: due Mon 8/5; ready 5/5 and told → early notice met', () => {
    const f = checkDossier(
      dossier('2017-04-28T17:30', [
        { type: 'accepted', date: '2017-04-28' },
        { type: 'result-ready', date: '2017-05-05' },
        { type: 'citizen-notified', date: '2017-05-05', channel: 'phone' },
        { type: 'returned', date: '2017-05-08' },
      ]),
      pack,
    );
    const by = Object.fromEntries(f.map((x) => [x.ruleId, x]));
    expect(by['deadline.on-time']).toMatchObject({
      status: 'met',
      dueDate: '2017-05-08',
      actualDate: '2017-05-05',
    });
    // early notice due 1 working day after Fri 5/5 = Mon 8/5.
    expect(by['notice.early-result']).toMatchObject({
      status: 'met',
      dueDate: '2017-05-08',
      actualDate: '2017-05-05',
    });
  });
});

describe('coverage', () => {
  it.each(SHIPPED_RULE_PACKS)(
    'every dossier rule of %s has a met and a missed case above',
    (packId) => {
      for (const rule of getRulePack(packId).rules.filter((r) => r.subject === 'dossier')) {
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

describe('the worked example of docs/guides/rules.md (Sơn Bình, khanhson-2017)', () => {
  it('gives the findings worked by hand in the guide', () => {
    const findings = checkDossier(
      {
        id: 'SB-2017-0142',
        unitCode: 'KS-SONBINH',
        procedure: { code: 'HT-KS', name: 'Đăng ký khai sinh', processingDays: 3 },
        channel: 'in-person',
        receivedAt: '2017-04-28T16:00',
        events: [
          { type: 'accepted', date: '2017-04-28', dueDate: '2017-05-05' },
          {
            type: 'supplement-requested',
            date: '2017-05-04',
            reason: 'Thiếu bản sao giấy chứng sinh',
          },
          { type: 'submitted', date: '2017-05-05' },
          { type: 'result-ready', date: '2017-05-09' },
          { type: 'returned', date: '2017-05-10' },
        ],
      },
      getRulePack('khanhson-2017'),
      { asOf: '2017-05-31' },
    );
    const row = (f: Finding) => [f.ruleId, f.status, f.dueDate ?? '', f.actualDate ?? ''];
    expect(findings.map(row)).toEqual([
      ['notice.guidance-slip', 'not-applicable', '', ''],
      ['notice.receipt', 'met', '', ''],
      ['notice.supplement-request', 'missed', '2017-05-05', '2017-05-04'],
      ['notice.supplement-once', 'met', '', ''],
      ['notice.refusal-legal-basis', 'not-applicable', '', ''],
      ['notice.late-apology', 'not-applicable', '', ''],
      ['notice.early-result', 'missed', '2017-05-10', ''],
      ['deadline.on-time', 'met', '2017-05-10', '2017-05-09'],
      ['notice.supplement-apology', 'missed', '', ''],
    ]);
  });
});
