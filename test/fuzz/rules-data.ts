// Generators of valid one-stop data for the rules fuzz tests: dossiers, feedback items, inspection logs, reports
// and findings. Valid by construction (dates in order, nothing after a return, one acceptance…).
import type { DossierInput } from '@cchc/core';
import fc from 'fast-check';

const DAY = 86_400_000;
export const fmt = (t: number) => new Date(t).toISOString().slice(0, 10);
export const parse = (d: string) => Date.parse(`${d}T00:00:00Z`);
export const shift = (d: string, days: number) => fmt(parse(d) + days * DAY);

export const dateIn = (from: string, to: string): fc.Arbitrary<string> =>
  fc.integer({ min: parse(from) / DAY, max: parse(to) / DAY }).map((n) => fmt(n * DAY));

const TYPES = [
  'submitted',
  'guidance-issued',
  'accepted',
  'supplement-requested',
  'apology-issued',
  'refused',
  'transferred',
  'result-ready',
  'citizen-notified',
  'returned',
  'withdrawn',
] as const;

const step = fc.record({
  type: fc.constantFrom(...TYPES),
  gap: fc.nat({ max: 5 }),
  hour: fc.option(fc.integer({ min: 7, max: 17 }), { nil: undefined }),
  due: fc.option(fc.nat({ max: 15 }), { nil: undefined }),
  flags: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
});
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

/** Builds a valid dossier from random steps. */
function build(
  id: string,
  unitCode: string,
  start: string,
  hour: number | undefined,
  processingDays: number,
  channel: DossierInput['channel'],
  steps: readonly Step[],
): DossierInput {
  const at = (d: string, h: number | undefined) =>
    h === undefined ? d : `${d}T${String(h).padStart(2, '0')}:00`;
  let day = start;
  let lastHour = hour ?? -1;
  const events: DossierInput['events'] = [];
  const once = new Set<string>();
  for (const s of steps) {
    if (s.type === 'accepted' || s.type === 'refused') {
      if (once.has(s.type)) continue;
      once.add(s.type);
    }
    if (s.gap > 0) {
      day = shift(day, s.gap);
      lastHour = -1;
    }
    const h = s.hour === undefined ? undefined : Math.max(s.hour, lastHour);
    if (h !== undefined) lastHour = h;
    const date = at(day, s.gap === 0 && lastHour < 0 ? undefined : h);
    const due = s.due === undefined ? undefined : shift(day, s.due);
    const [a, b, c] = s.flags as [boolean, boolean, boolean];
    switch (s.type) {
      case 'accepted':
        events.push({
          type: s.type,
          date,
          ...(due ? { dueDate: due } : {}),
          receiptIssued: a || b,
        });
        break;
      case 'supplement-requested':
        events.push({
          type: s.type,
          date,
          ...(a ? { reason: 'Thiếu bản sao' } : {}),
          ...(due && b ? { newDueDate: due } : {}),
        });
        break;
      case 'apology-issued':
        events.push({
          type: s.type,
          date,
          ...(a ? { reason: 'Chậm do xác minh' } : {}),
          ...(due && b ? { newDueDate: due } : {}),
          ...(c ? { about: 'delay' as const } : {}),
        });
        break;
      case 'refused':
        events.push({
          type: s.type,
          date,
          ...(a ? { reason: 'Không đủ điều kiện' } : {}),
          ...(b ? { legalBasis: 'Điều 5' } : {}),
        });
        break;
      case 'citizen-notified':
        events.push({ type: s.type, date, channel: a ? 'sms' : 'phone' });
        break;
      case 'guidance-issued':
        events.push({ type: s.type, date, ...(a ? { missing: ['Bản sao CCCD'] } : {}) });
        break;
      default:
        events.push({ type: s.type, date });
    }
    if (s.type === 'returned' || s.type === 'withdrawn') break;
  }
  return {
    id,
    unitCode,
    procedure: { code: 'HT-01', name: 'Đăng ký khai sinh', processingDays },
    channel,
    receivedAt: at(start, hour),
    ...(processingDays > 20 ? { dueDate: shift(start, processingDays) } : {}),
    events,
  };
}

export const UNITS = ['KS-SONBINH', 'KS-TOHAP', 'KS-BADUM'] as const;

/** Valid dossiers received between `from` and `to`, with unique ids. */
export const dossiers = (
  from: string,
  to: string,
  options: { minLength?: number; maxLength?: number } = {},
): fc.Arbitrary<DossierInput[]> =>
  fc
    .array(
      fc.record({
        unitCode: fc.constantFrom(...UNITS),
        start: dateIn(from, to),
        hour: fc.option(fc.integer({ min: 7, max: 17 }), { nil: undefined }),
        processingDays: fc.oneof(fc.nat({ max: 12 }), fc.constant(25)),
        channel: fc.constantFrom('in-person' as const, 'post' as const, 'online' as const),
        steps: fc.array(step, { maxLength: 7 }),
      }),
      { minLength: options.minLength ?? 0, maxLength: options.maxLength ?? 12 },
    )
    .map((list) =>
      list.map((r, i) =>
        build(`D-${i}`, r.unitCode, r.start, r.hour, r.processingDays, r.channel, r.steps),
      ),
    );

/** Feedback items with unique ids, received between `from` and `to`. */
export const feedbackItems = (from: string, to: string) =>
  fc
    .array(
      fc.record({
        unitCode: fc.constantFrom(...UNITS),
        receivedOn: dateIn(from, to),
        answeredAfter: fc.option(fc.nat({ max: 30 }), { nil: undefined }),
        written: fc.boolean(),
      }),
      { maxLength: 10 },
    )
    .map((list) =>
      list.map((f, i) => ({
        id: `PA-${i}`,
        unitCode: f.unitCode,
        receivedOn: f.receivedOn,
        channel: 'hotline',
        topic: 'Phí chứng thực',
        ...(f.answeredAfter === undefined
          ? {}
          : {
              answeredOn: shift(f.receivedOn, f.answeredAfter),
              answerForm: f.written ? ('written-reply' as const) : ('explanation' as const),
            }),
      })),
    );

/** An inspection log between `from` and `to`. */
export const inspectionLog = (from: string, to: string) =>
  fc.array(
    fc
      .record({
        unitCode: fc.constantFrom(...UNITS),
        date: dateIn(from, to),
        violations: fc.nat({ max: 3 }),
        handledAfter: fc.option(fc.nat({ max: 10 }), { nil: undefined }),
      })
      .map((x) => ({
        unitCode: x.unitCode,
        date: x.date,
        inspectorRole: 'Chủ tịch UBND xã',
        violations: x.violations,
        ...(x.handledAfter === undefined ? {} : { handledOn: shift(x.date, x.handledAfter) }),
      })),
    { maxLength: 14 },
  );

const RULES = [
  'deadline.on-time',
  'notice.receipt',
  'notice.supplement-request',
  'inspection.weekly',
  'report.six-month',
  'feedback.answered',
] as const;

/** Findings as summarize reads them (a mix of subjects, statuses and Circular 01/2018 facts). */
export const finding = fc
  .record({
    ruleId: fc.constantFrom(...RULES),
    status: fc.constantFrom(
      'met' as const,
      'missed' as const,
      'pending' as const,
      'not-applicable' as const,
    ),
    unitCode: fc.constantFrom(...UNITS),
    dossier: fc.nat({ max: 5 }),
    kind: fc.constantFrom('dossier', 'dossier', 'unit-week', 'report', 'feedback'),
    due: fc.option(dateIn('2017-04-10', '2017-12-31'), { nil: undefined }),
    late: fc.integer({ min: -5, max: 5 }),
    turnBacks: fc.option(fc.nat({ max: 3 }), { nil: undefined }),
    supplements: fc.option(fc.nat({ max: 3 }), { nil: undefined }),
  })
  .map((f) => ({
    ruleId: f.ruleId,
    status: f.status,
    severity: 'high' as const,
    subject:
      f.kind === 'dossier' || f.kind === 'feedback'
        ? { kind: f.kind, id: `D-${f.dossier}`, unitCode: f.unitCode }
        : { kind: f.kind, unitCode: f.unitCode, period: '2017-W20' },
    ...(f.due === undefined ? {} : { dueDate: f.due, actualDate: shift(f.due, f.late) }),
    citations: [],
    message: { vi: 'Kết quả', en: 'Result' },
    because: [
      ...(f.turnBacks === undefined ? [] : [{ fact: 'receptionTurnBacks', value: f.turnBacks }]),
      ...(f.supplements === undefined
        ? []
        : [{ fact: 'supplementRequests', value: f.supplements }]),
    ],
  }));
export type SyntheticFinding = typeof finding extends fc.Arbitrary<infer T> ? T : never;
