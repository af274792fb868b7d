// Property: the compiled fast path and json-rules-engine give identical findings — on generated dossiers for every
// shipped pack, and on arbitrary fact values for every rule of every subject (operators' edge cases included).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../calendar/createCalendar.js';
import { formatDayNumber, toDayNumber } from '../internal/days.js';
import { parseOrThrow } from '../schema/parse.js';
import { checkDossier } from './checkDossier.js';
import { checkDossierWithEngine } from './checkDossierWithEngine.js';
import { type DossierInput, DossierSchema } from './dossierSchema.js';
import { FACT_CATALOG, type FactValue, type RuleSubjectKind } from './factCatalog.js';
import type { FindingSubject } from './findingSchema.js';
import { getRulePack } from './getRulePack.js';
import { compiledPackOf } from './internal/compiledPack.js';
import { makeContext } from './internal/context.js';
import { buildEngine, evaluateWithEngine } from './internal/engine.js';
import { evaluateRule } from './internal/evaluate.js';
import { factNames } from './internal/slots.js';
import { SHIPPED_RULE_PACKS } from './shippedRulePacks.js';

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
  gap: fc.nat({ max: 6 }),
  time: fc.option(fc.integer({ min: 6 * 60, max: 19 * 60 }), { nil: undefined }),
  due: fc.option(fc.nat({ max: 20 }), { nil: undefined }),
  flags: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
});

type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

const pad = (n: number) => String(n).padStart(2, '0');
const stamp = (day: number, minute: number | undefined) =>
  minute === undefined
    ? formatDayNumber(day)
    : `${formatDayNumber(day)}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;

/** Builds a valid dossier from random steps: dates never go back, nothing follows a return or withdrawal. */
function build(
  start: number,
  minute: number | undefined,
  processingDays: number,
  channel: DossierInput['channel'],
  steps: Step[],
  topDue: number | undefined,
): DossierInput {
  let day = start;
  let lastMinute = minute ?? -1;
  const events: DossierInput['events'] = [];
  const once = new Set<string>();
  for (const s of steps) {
    if (once.has(s.type) && (s.type === 'accepted' || s.type === 'refused')) continue;
    if (s.gap > 0) lastMinute = -1;
    day += s.gap;
    let time = s.time;
    if (time !== undefined && lastMinute >= 0 && time < lastMinute) time = lastMinute;
    if (time !== undefined) lastMinute = time;
    const date = stamp(day, s.gap === 0 && lastMinute < 0 ? undefined : time);
    const due = s.due === undefined ? undefined : formatDayNumber(day + s.due);
    const [a, b, c, d] = s.flags as [boolean, boolean, boolean, boolean];
    switch (s.type) {
      case 'accepted':
        events.push({
          type: s.type,
          date,
          ...(due && a ? { dueDate: due } : {}),
          ...(b ? { receiptIssued: c } : {}),
        });
        break;
      case 'supplement-requested':
        events.push({
          type: s.type,
          date,
          ...(a ? { reason: 'Thiếu giấy tờ' } : {}),
          ...(due && b ? { newDueDate: due } : {}),
        });
        break;
      case 'apology-issued':
        events.push({
          type: s.type,
          date,
          ...(a ? { reason: 'Quá tải' } : {}),
          ...(due && b ? { newDueDate: due } : {}),
          ...(c ? { about: d ? 'delay' : 'supplement' } : {}),
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
      default:
        events.push({ type: s.type, date } as DossierInput['events'][number]);
    }
    once.add(s.type);
    if (s.type === 'returned' || s.type === 'withdrawn') break;
  }
  return {
    id: 'P',
    unitCode: 'U',
    procedure: { code: 'X', name: 'Thủ tục', processingDays },
    channel,
    receivedAt: stamp(start, minute),
    ...(topDue === undefined ? {} : { dueDate: formatDayNumber(start + topDue) }),
    events,
  };
}

const dossierArb = fc
  .record({
    start: fc.integer({ min: toDayNumber(2015, 6, 1), max: toDayNumber(2026, 10, 1) }),
    minute: fc.option(fc.integer({ min: 6 * 60, max: 19 * 60 }), { nil: undefined }),
    processingDays: fc.constantFrom(0, 1, 2, 3, 5, 7, 10, 15, 30),
    channel: fc.constantFrom('in-person', 'post', 'online') as fc.Arbitrary<
      DossierInput['channel']
    >,
    steps: fc.array(step, { maxLength: 12 }),
    topDue: fc.option(fc.nat({ max: 25 }), { nil: undefined }),
    asOf: fc.integer({ min: -2, max: 60 }),
  })
  .map((r) => ({
    dossier: build(r.start, r.minute, r.processingDays, r.channel, r.steps, r.topDue),
    asOfOffset: r.asOf,
    start: r.start,
  }));

describe('compiled closures ≡ json-rules-engine', () => {
  it('on generated dossiers, for every shipped pack', async () => {
    const calendar = createCalendar();
    await fc.assert(
      fc.asyncProperty(
        dossierArb,
        fc.constantFrom(...SHIPPED_RULE_PACKS),
        fc.boolean(),
        async (g, packId, withAsOf) => {
          parseOrThrow(DossierSchema, g.dossier, 'generated dossier'); // the generator only makes valid dossiers
          const pack = getRulePack(packId);
          const options = withAsOf
            ? { calendar, asOf: formatDayNumber(g.start + g.asOfOffset) }
            : { calendar };
          const fast = checkDossier(g.dossier, pack, options);
          const reference = await checkDossierWithEngine(g.dossier, pack, options);
          expect(fast).toEqual(reference);
        },
      ),
      { numRuns: 300, seed: 20170410 },
    );
  }, 120_000);

  it('on arbitrary fact values (numbers, booleans, strings, null), for every rule of every subject', async () => {
    const values: fc.Arbitrary<FactValue> = fc.oneof(
      fc.integer({ min: -5, max: 5 }),
      fc.boolean(),
      fc.constant(null),
      fc.constantFrom('in-person', 'post', 'online', '15:00', 'x'),
      fc.integer({ min: 17000, max: 21000 }),
    );
    const kinds = Object.keys(FACT_CATALOG) as RuleSubjectKind[];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...kinds),
        fc.constantFrom('khanhson-2017', 'vn-one-stop-2018'),
        fc.array(values, { minLength: 60, maxLength: 60 }),
        async (kind, packId, pool) => {
          const cp = compiledPackOf(getRulePack(packId));
          const rules = cp.bySubject[kind];
          if (rules.length === 0) return;
          const names = factNames(kind);
          // Date facts must be day numbers or null for the deadline arithmetic.
          const catalog: Record<string, { type: string }> = FACT_CATALOG[kind];
          const facts = names.map((n, i) => {
            const v = pool[i]!;
            return catalog[n]!.type === 'date'
              ? typeof v === 'number' && v > 17000
                ? v
                : null
              : v;
          });
          const subject: FindingSubject = { kind: 'feedback', id: 'x', unitCode: 'U' };
          const ctx = makeContext(cp.pack, createCalendar());
          const fast = rules.map((cr) => evaluateRule(cr, facts, subject, ctx, 19000));
          const reference = await evaluateWithEngine(
            buildEngine(rules),
            rules,
            facts,
            subject,
            makeContext(cp.pack, createCalendar()),
            19000,
          );
          expect(fast).toEqual(reference);
        },
      ),
      { numRuns: 300, seed: 42 },
    );
  }, 120_000);
});
