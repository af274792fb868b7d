import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CchcError } from './CchcError.js';
import { formatIssues, formatPath } from './formatIssues.js';
import { parseOrThrow } from './parse.js';
import { PlainDateSchema } from './plainDate.js';

describe('formatIssues', () => {
  const Dossier = z.strictObject({
    id: z.string(),
    events: z.array(
      z.strictObject({ type: z.enum(['accepted', 'returned']), date: PlainDateSchema }),
    ),
    processingDays: z.number().int().min(0),
  });

  it('names the path, the value received and what was expected, in both languages', () => {
    const input = {
      id: 'HS-1',
      events: [{ type: 'accepted', date: '2017-02-30' }],
      processingDays: 3,
    };
    const result = Dossier.safeParse(input);
    expect(result.success).toBe(false);
    const [issue] = formatIssues(result.error!, input, { row: 7 });
    expect(issue?.path).toBe('events[0].date');
    expect(issue?.row).toBe(7);
    expect(issue?.value).toBe('2017-02-30');
    expect(issue?.message.vi).toBe(
      'dòng 7, events[0].date: nhận được "2017-02-30", cần một ngày có thật, dạng YYYY-MM-DD (ví dụ 2017-01-25)',
    );
    expect(issue?.message.en).toBe(
      'row 7, events[0].date: received "2017-02-30", expected a real calendar date YYYY-MM-DD (e.g. 2017-01-25)',
    );
  });

  it('describes unions and record keys in both languages', () => {
    const value = z.union([z.number(), z.strictObject({ from: z.number() })]);
    const [u] = formatIssues(value.safeParse('x').error!, 'x', { label: 'value' });
    expect(u?.expected).toEqual({ vi: 'một số hoặc đối tượng', en: 'a number or an object' });
    const [deep] = formatIssues(value.safeParse({ from: 'x' }).error!, { from: 'x' });
    expect(deep?.expected).toEqual({
      vi: 'một số hoặc from: một số',
      en: 'a number or from: a number',
    });
    const tagged = z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('unit') }),
      z.object({ kind: z.literal('report') }),
    ]);
    const [d] = formatIssues(tagged.safeParse({ kind: 'x' }).error!, { kind: 'x' });
    expect(d?.path).toBe('kind');
    expect(d?.message.vi).toBe('kind: nhận được "x", cần một trong: "unit", "report"');
    const keyed = z.record(z.string().regex(/^[a-z]+$/), z.number());
    const [k] = formatIssues(keyed.safeParse({ Bad: 1 }).error!, { Bad: 1 });
    expect(k?.expected.en.startsWith('a key that is ')).toBe(true);
    expect(k?.expected.vi.startsWith('khóa là ')).toBe(true);
  });

  it('quotes NaN and Infinity as such (not as JSON null) and names records', () => {
    const [n] = formatIssues(z.number().safeParse(Number.NaN).error!, Number.NaN, { label: 'x' });
    expect(n?.message.en).toBe('x: received NaN, expected a number');
    const rec = z.record(z.string(), z.number());
    const [r] = formatIssues(rec.safeParse(3).error!, 3, { label: 'measures' });
    expect(r?.expected).toEqual({
      vi: 'đối tượng (bảng khóa → giá trị)',
      en: 'an object (key → value)',
    });
  });

  it('joins a label and a path that starts with a list index without a dot', () => {
    const list = z.array(z.strictObject({ date: PlainDateSchema }));
    const input = [{ date: '2017-01-25' }, { date: '25/01/2017' }];
    const result = list.safeParse(input);
    const [issue] = formatIssues(result.error!, input, { label: 'dossiers' });
    expect(issue?.path).toBe('dossiers[1].date');
    expect(issue?.message.en.startsWith('dossiers[1].date: received "25/01/2017"')).toBe(true);
  });

  it('describes enums, numbers, types and unknown fields', () => {
    const input = {
      id: 5,
      events: [{ type: 'lost', date: '2017-01-01' }],
      processingDays: -1,
      extra: true,
    };
    const messages = formatIssues(Dossier.safeParse(input).error!, input).map((i) => i.message.en);
    expect(messages).toContain('id: received 5, expected a text');
    expect(messages).toContain(
      'events[0].type: received "lost", expected one of: "accepted", "returned"',
    );
    expect(messages).toContain('processingDays: received -1, expected a number ≥ 0');
    expect(messages).toContain('input: unknown field "extra"');
  });

  it('formats paths', () => {
    expect(formatPath(['events', 2, 'date'])).toBe('events[2].date');
    expect(formatPath([])).toBe('');
  });
});

describe('parseOrThrow', () => {
  it('returns typed data or throws a CchcError with every issue', () => {
    expect(parseOrThrow(PlainDateSchema, '2024-02-29', 'date')).toBe('2024-02-29');
    try {
      parseOrThrow(PlainDateSchema, '2023-02-29', 'date');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CchcError);
      const e = error as CchcError;
      expect(e.code).toBe('invalid-input');
      expect(e.text.vi).toMatch(/^date: nhận được "2023-02-29"/);
      expect(e.text.en).toMatch(/^date: received "2023-02-29"/);
      expect(e.message).toBe(`${e.text.vi}\n${e.text.en}`);
    }
  });
});
