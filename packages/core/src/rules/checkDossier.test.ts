// The issue's named cases, with the article each finding must cite. Dates: Mon 5/6/2017 … (no holiday in June
// 2017); Mon 3/6/2019 … (no holiday in June 2019).
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/createCalendar.js';
import { CchcError } from '../schema/CchcError.js';
import { checkDossier } from './checkDossier.js';
import type { DossierInput } from './dossierSchema.js';
import { getRulePack } from './getRulePack.js';
import { issuesOf } from './internal/testing.js';

const base = (events: DossierInput['events'], receivedAt = '2017-06-05T09:00'): DossierInput => ({
  id: 'SB-1',
  unitCode: 'KS-SONBINH',
  procedure: { code: 'HT-01', name: 'Đăng ký khai sinh', processingDays: 5 },
  channel: 'in-person',
  receivedAt,
  events,
});
const finding = (findings: ReturnType<typeof checkDossier>, id: string) => {
  const f = findings.find((x) => x.ruleId === id);
  if (f === undefined) throw new Error(`no finding ${id}`);
  return f;
};

describe('checkDossier — the letter’s named failures', () => {
  it('a supplement request without an apology is missed, citing letter 112/UBND-NV section 4', () => {
    const f = checkDossier(
      base([
        { type: 'accepted', date: '2017-06-05', dueDate: '2017-06-12' },
        {
          type: 'supplement-requested',
          date: '2017-06-07',
          reason: 'Thiếu tờ khai',
          newDueDate: '2017-06-19',
        },
      ]),
      getRulePack('khanhson-2017'),
      { asOf: '2017-06-09' },
    );
    const apology = finding(f, 'notice.supplement-apology');
    expect(apology.status).toBe('missed');
    expect(apology.citations).toContainEqual(
      expect.objectContaining({
        document: expect.stringContaining('112/UBND-NV'),
        article: 'mục 4',
      }),
    );
    expect(apology.because).toContainEqual(
      expect.objectContaining({ fact: 'supplementsWithoutApology', value: 1, holds: false }),
    );
  });

  it('a refusal without a legal basis is missed, citing ND 61/2018 Art 17(1)(b) and 19(8) and Mẫu 03', () => {
    const f = checkDossier(
      base(
        [
          { type: 'refused', date: '2019-06-03', reason: 'Không thuộc thẩm quyền' },
          { type: 'returned', date: '2019-06-03' },
        ],
        '2019-06-03T09:00',
      ),
      getRulePack('vn-one-stop-2018'),
    );
    const refusal = finding(f, 'notice.refusal-legal-basis');
    expect(refusal.status).toBe('missed');
    expect(refusal.citations).toContainEqual(
      expect.objectContaining({
        document: expect.stringContaining('61/2018/NĐ-CP'),
        article: 'Điều 17 khoản 1 điểm b; Điều 19 khoản 8',
        verified: true,
      }),
    );
    expect(refusal.citations).toContainEqual(expect.objectContaining({ form: '03' }));
    expect(refusal.message.vi).toContain('Không đạt');
    expect(refusal.message.en).toContain('Missed');
  });

  it('a result ready two working days early with no invitation: notice.early-result missed (ND 61 Art 20(4))', () => {
    // due Mon 10/6/2019 (5 working days after Mon 3/6); ready Thu 6/6: Fri 7/6 and Mon 10/6 remain → 2 early.
    const f = checkDossier(
      base(
        [
          { type: 'accepted', date: '2019-06-03', dueDate: '2019-06-10' },
          { type: 'transferred', date: '2019-06-03' },
          { type: 'result-ready', date: '2019-06-06' },
          { type: 'returned', date: '2019-06-10' },
        ],
        '2019-06-03T09:00',
      ),
      getRulePack('vn-one-stop-2018'),
    );
    const early = finding(f, 'notice.early-result');
    expect(early).toMatchObject({ status: 'missed', dueDate: '2019-06-07', lateByWorkingDays: 1 });
    expect(early.because).toContainEqual(
      expect.objectContaining({ fact: 'readyEarlyBy', value: 2 }),
    );
    expect(early.citations).toContainEqual(expect.objectContaining({ article: 'Điều 20 khoản 4' }));
  });

  it('is pending before the early notice is due, missed after (asOf decides)', () => {
    const dossier = base(
      [
        { type: 'accepted', date: '2019-06-03', dueDate: '2019-06-10' },
        { type: 'result-ready', date: '2019-06-06' },
      ],
      '2019-06-03T09:00',
    );
    const pack = getRulePack('vn-one-stop-2018');
    expect(
      finding(checkDossier(dossier, pack, { asOf: '2019-06-07' }), 'notice.early-result').status,
    ).toBe('pending');
    expect(
      finding(checkDossier(dossier, pack, { asOf: '2019-06-10' }), 'notice.early-result'),
    ).toMatchObject({
      status: 'missed',
      lateByWorkingDays: 1,
    });
  });

  it('uses the calendar it is given (a provincial day off moves the due date)', () => {
    const dossier = base([{ type: 'accepted', date: '2019-06-03' }], '2019-06-03T09:00');
    const pack = getRulePack('vn-one-stop-2018');
    const national = finding(
      checkDossier(dossier, pack, { asOf: '2019-06-03' }),
      'deadline.on-time',
    );
    expect(national.dueDate).toBe('2019-06-10');
    const calendar = createCalendar({ extraHolidays: [{ date: '2019-06-05' }] });
    const local = finding(
      checkDossier(dossier, pack, { asOf: '2019-06-03', calendar }),
      'deadline.on-time',
    );
    expect(local.dueDate).toBe('2019-06-11');
  });

  it('rejects bad options with a bilingual error naming the field', () => {
    const dossier = base([]);
    expect(() =>
      checkDossier(dossier, getRulePack('khanhson-2017'), { asOf: '2017-02-30' }),
    ).toThrow(CchcError);
    const issues = issuesOf(() =>
      checkDossier(dossier, getRulePack('khanhson-2017'), { calendar: {} as never }),
    );
    expect(issues[0]?.path).toBe('options.calendar');
    expect(issues[0]?.message.vi).toContain('createCalendar');
  });
});
