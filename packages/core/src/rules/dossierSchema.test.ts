import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { parseOrThrow } from '../schema/parse.js';
import { checkDossier } from './checkDossier.js';
import { type DossierInput, DossierSchema } from './dossierSchema.js';
import { getRulePack } from './getRulePack.js';
import { issuesOf } from './internal/testing.js';
import { parseDossiers } from './parseDossiers.js';

const good: DossierInput = {
  id: 'TH-7',
  unitCode: 'KS-TOHAP',
  procedure: { code: 'CT-01', name: 'Chứng thực bản sao', processingDays: 1 },
  channel: 'in-person',
  receivedAt: '2017-06-05T08:30',
  events: [
    { type: 'accepted', date: '2017-06-05T08:35', dueDate: '2017-06-06' },
    { type: 'result-ready', date: '2017-06-06' },
    { type: 'returned', date: '2017-06-06T14:00' },
  ],
};
const withEvents = (events: unknown[]) => ({ ...good, events });

describe('DossierSchema', () => {
  it('accepts a well-formed dossier, with plain dates and date-times', () => {
    expect(parseOrThrow(DossierSchema, good, 'dossier')).toEqual(good);
  });

  it('rejects an event dated before the previous one, naming the field in both languages', () => {
    const issues = issuesOf(() =>
      checkDossier(
        withEvents([
          { type: 'accepted', date: '2017-06-06' },
          { type: 'result-ready', date: '2017-06-05' },
        ]),
        getRulePack('khanhson-2017'),
      ),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe('dossier.events[1].date');
    expect(issues[0]?.message.vi).toContain('theo thứ tự thời gian');
    expect(issues[0]?.message.en).toContain('date order');
  });

  it('rejects an event before the receipt', () => {
    const issues = issuesOf(() =>
      parseOrThrow(
        DossierSchema,
        withEvents([{ type: 'accepted', date: '2017-06-02' }]),
        'dossier',
      ),
    );
    expect(issues[0]?.path).toBe('dossier.events[0].date');
    expect(issues[0]?.message.en).toContain('receivedAt');
  });

  it('orders date-times within a day, and a date-time after 17:00 UTC is the next local day', () => {
    const issues = issuesOf(() =>
      parseOrThrow(
        DossierSchema,
        withEvents([
          { type: 'accepted', date: '2017-06-05T10:00' },
          { type: 'transferred', date: '2017-06-05T09:59' },
        ]),
        'dossier',
      ),
    );
    expect(issues[0]?.path).toBe('dossier.events[1].date');
    // 2017-06-05T02:00Z is 09:00 on 5/6 in Vietnam: after the receipt at 08:30; 01:00Z is 08:00, before it.
    expect(() =>
      parseOrThrow(
        DossierSchema,
        withEvents([{ type: 'accepted', date: '2017-06-05T02:00:00Z' }]),
        'dossier',
      ),
    ).not.toThrow();
    const early = issuesOf(() =>
      parseOrThrow(
        DossierSchema,
        withEvents([{ type: 'accepted', date: '2017-06-05T01:00:00Z' }]),
        'dossier',
      ),
    );
    expect(early[0]?.value).toBe('2017-06-05T01:00:00Z');
  });

  it('rejects any event after `returned` or `withdrawn`', () => {
    const issues = issuesOf(() =>
      parseOrThrow(
        DossierSchema,
        withEvents([
          { type: 'accepted', date: '2017-06-05' },
          { type: 'withdrawn', date: '2017-06-06' },
          { type: 'result-ready', date: '2017-06-07' },
        ]),
        'dossier',
      ),
    );
    expect(issues[0]?.path).toBe('dossier.events[2].type');
    expect(issues[0]?.message.vi).toContain('withdrawn');
    expect(issues[0]?.message.en).toContain('closed');
  });

  it('rejects dates that do not exist, unknown event types and unknown fields', () => {
    const issues = issuesOf(() =>
      parseOrThrow(
        DossierSchema,
        {
          ...withEvents([
            { type: 'accepted', date: '2017-06-31' },
            { type: 'approved', date: '2017-06-07' },
          ]),
          extra: 1,
        },
        'dossier',
      ),
    );
    const paths = issues.map((i) => i.path);
    expect(paths).toContain('dossier.events[0].date');
    expect(paths).toContain('dossier.events[1].type');
    expect(paths).toContain('dossier');
    const date = issues.find((i) => i.path === 'dossier.events[0].date')!;
    expect(date.message.vi).toContain('2017-06-31');
    expect(date.expected.en).toContain('real date');
  });

  it('names the event types allowed for an unknown one, in both languages, with or without a zod locale', () => {
    const expectedOf = () =>
      issuesOf(() =>
        parseOrThrow(DossierSchema, withEvents([{ type: 'approved', date: '2017-06-07' }])),
      )[0]?.expected;
    const list =
      '"submitted", "guidance-issued", "accepted", "supplement-requested", "apology-issued", "refused", ' +
      '"transferred", "result-ready", "citizen-notified", "returned", "withdrawn"';
    const want = { vi: `một trong: ${list}`, en: `one of: ${list}` };
    const { localeError } = z.config();
    try {
      z.config({ localeError: undefined }); // what an embed bundle without classic zod sees
      expect(expectedOf()).toEqual(want);
      z.config(z.locales.en());
      expect(expectedOf()).toEqual(want); // zod's own message text never reaches the user
    } finally {
      z.config({ localeError });
    }
  });

  it('rejects dates outside the working-day calendar (2013–2100), naming the field', () => {
    const issues = issuesOf(() =>
      parseOrThrow(
        DossierSchema,
        {
          ...good,
          receivedAt: '2012-12-31',
          events: [{ type: 'accepted', date: '2012-12-31', dueDate: '2101-01-02' }],
        },
        'dossier',
      ),
    );
    expect(issues.map((i) => i.path)).toEqual([
      'dossier.receivedAt',
      'dossier.events[0].date',
      'dossier.events[0].dueDate',
    ]);
    expect(issues[0]?.expected.en).toContain('2013–2100');
  });

  it('rejects a second acceptance and an appointment before its own event', () => {
    const issues = issuesOf(() =>
      parseOrThrow(
        DossierSchema,
        withEvents([
          { type: 'accepted', date: '2017-06-05', dueDate: '2017-06-02' },
          { type: 'accepted', date: '2017-06-06' },
        ]),
        'dossier',
      ),
    );
    expect(issues.map((i) => i.path)).toEqual([
      'dossier.events[0].dueDate',
      'dossier.events[1].type',
    ]);
  });

  it('parseDossiers rejects two dossiers of one unit sharing an id (but not across units)', () => {
    const issues = issuesOf(() => parseDossiers([good, { ...good, unitCode: 'KS-SONLAM' }, good]));
    expect(issues.map((i) => [i.path, i.row])).toEqual([['dossiers[2].id', 3]]);
    expect(issues[0]?.message.vi).toContain('đã có ở dòng 1');
  });

  it('parseDossiers reports every bad row with its row number, and evaluates nothing', () => {
    const issues = issuesOf(() =>
      parseDossiers([
        good,
        withEvents([{ type: 'accepted', date: 'x' }]),
        { ...good, channel: 'fax' },
      ]),
    );
    expect(issues.map((i) => [i.path, i.row])).toEqual([
      ['dossiers[1].events[0].date', 2],
      ['dossiers[2].channel', 3],
    ]);
    expect(issues[1]?.message.vi).toMatch(/^dòng 3, /);
  });
});
