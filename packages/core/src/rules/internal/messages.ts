// Finding messages: a head (the rule's template or a default from its title) and, when the finding has dates, a
// suffix with the due date, the date done and the lateness. Templates are split once at compile time.
import { formatDayNumber, fromDayNumber } from '../../internal/days.js';
import type { Bilingual } from '../../schema/CchcError.js';
import type { FindingStatus } from '../findingSchema.js';
import type { Rule } from '../rulePackSchema.js';

type Field = 'dueDate' | 'actualDate' | 'lateByWorkingDays';
/** A literal text, or a field to fill in. */
type Part = { readonly text: string } | { readonly field: Field };
export interface Template {
  readonly vi: readonly Part[];
  readonly en: readonly Part[];
  /** True when the template places the dates itself (no suffix then). */
  readonly placesDates: boolean;
}
export type MessageTemplates = Readonly<Record<FindingStatus, Template>>;

const HEAD: Record<FindingStatus, Bilingual> = {
  met: { vi: 'Đạt — {title}', en: 'Met — {title}' },
  missed: { vi: 'Không đạt — {title}', en: 'Missed — {title}' },
  pending: { vi: 'Chưa đến hạn — {title}', en: 'Pending — {title}' },
  'not-applicable': { vi: 'Không áp dụng — {title}', en: 'Not applicable — {title}' },
};

const FIELD = /\{(title|dueDate|actualDate|lateByWorkingDays)\}/g;

function split(template: string, title: string): Part[] {
  const parts: Part[] = [];
  let text = '';
  let last = 0;
  for (const m of template.matchAll(FIELD)) {
    text += template.slice(last, m.index);
    if (m[1] === 'title') text += title;
    else {
      parts.push({ text }, { field: m[1] as Field });
      text = '';
    }
    last = m.index + m[0].length;
  }
  parts.push({ text: text + template.slice(last) });
  return parts;
}

/** Prepares a rule's message templates. */
export function templatesOf(rule: Rule): MessageTemplates {
  const out = {} as Record<FindingStatus, Template>;
  for (const status of ['met', 'missed', 'pending', 'not-applicable'] as const) {
    const t = rule.messages?.[status] ?? HEAD[status];
    const places = /\{(dueDate|actualDate|lateByWorkingDays)\}/.test(t.vi + t.en);
    out[status] = {
      vi: split(t.vi, rule.title.vi),
      en: split(t.en, rule.title.en),
      placesDates: places,
    };
  }
  return out;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
/** Vietnamese date format, dd/mm/yyyy. */
export function viDate(day: number): string {
  const { year, month, day: d } = fromDayNumber(day);
  return `${pad2(d)}/${pad2(month)}/${year}`;
}

/** Values a message can show (day numbers). */
export interface MessageData {
  readonly due: number | null;
  readonly actual: number | null;
  readonly late: number | undefined;
}

/** Date formatting, usually the call's interner (memoised). */
export interface DateFormat {
  iso(day: number): string;
  vi(day: number): string;
}

const plainFormat: DateFormat = {
  iso: (day) => formatDayNumber(day),
  vi: viDate,
};

function fill(parts: readonly Part[], data: MessageData, vi: boolean, fmt: DateFormat): string {
  let out = '';
  for (const p of parts) {
    if ('text' in p) out += p.text;
    else if (p.field === 'lateByWorkingDays')
      out += data.late === undefined ? '0' : String(data.late);
    else {
      const day = p.field === 'dueDate' ? data.due : data.actual;
      out += day === null ? '—' : vi ? fmt.vi(day) : fmt.iso(day);
    }
  }
  return out;
}

/** The constant message of a status when there are no dates to show (precomputed per rule). */
export function constantMessage(t: MessageTemplates, status: FindingStatus): Bilingual {
  const empty: MessageData = { due: null, actual: null, late: undefined };
  return {
    vi: fill(t[status].vi, empty, true, plainFormat),
    en: fill(t[status].en, empty, false, plainFormat),
  };
}

/**
 * Renders a message from a status's template. Default templates give the rule's title and status, plus the
 * lateness in working days when there is one — the dates themselves are the finding's `dueDate` and `actualDate`.
 * Such messages repeat across findings and are shared (frozen) through `memo` (index = lateness). A pack's own
 * template may place `{dueDate}`, `{actualDate}` and `{lateByWorkingDays}` anywhere; it is then filled for each
 * finding.
 */
export function renderMessage(
  tpl: Template,
  data: MessageData,
  memo: Bilingual[],
  fmt: DateFormat = plainFormat,
): Bilingual {
  if (tpl.placesDates)
    return { vi: fill(tpl.vi, data, true, fmt), en: fill(tpl.en, data, false, fmt) };
  const late = data.late ?? 0;
  const hit = late < 1000 ? memo[late] : undefined;
  if (hit !== undefined) return hit;
  const vi = fill(tpl.vi, data, true, fmt);
  const en = fill(tpl.en, data, false, fmt);
  const m = Object.freeze(
    late === 0
      ? { vi, en }
      : {
          vi: `${vi} (trễ ${late} ngày làm việc)`,
          en: `${en} (${late} working day${late === 1 ? '' : 's'} late)`,
        },
  );
  if (late < 1000) memo[late] = m;
  return m;
}
