import {
  type Calendar,
  CchcError,
  type Finding,
  type RulePack,
  type RuleSubjectKind,
  summarize,
} from '@cchc/core';
import { html, isServer, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { type Lang, resolveLang } from '../shared/lang.js';
import { LoadError, loadJson } from '../shared/loadJson.js';
import { themeStyles } from '../shared/theme.styles.js';
import { type ChecklistStrings, checklistStrings } from './checklist.i18n.js';
import { checklistStyles } from './checklist.styles.js';
import { CchcChecklistChangeEvent } from './checklist-change-event.js';
import { disclosure } from './internal/disclosure.js';
import {
  type Evaluated,
  evaluate,
  fromDocument,
  gather,
  type Prepared,
  packRequest,
  prepare,
  type RawInput,
} from './internal/evaluate.js';
import type { ManualItem } from './internal/manual.js';
import { PackLoader } from './internal/packs.js';
import { rowKeyOf, showDate, subjectText } from './internal/rows.js';

const ICON = { met: '✓', missed: '✗', pending: '…', 'not-applicable': '–' } as const;

/**
 * @summary One-stop compliance checklist (bảng kiểm tuân thủ một cửa): each obligation of a rule pack as a row —
 * met, missed, pending or not applicable — with its due date, the date done, the lateness in working days and its
 * legal citation; an inspector can tick evidence the data lacks and the checklist re-evaluates live.
 *
 * @tag cchc-checklist
 *
 * Inputs: a rule pack (`pack` property, `pack-id` attribute for a shipped pack, or — when neither is given — the
 * national regime in force on the dossier's date via `regimeFor`), and a dossier (`dossier` property), and/or an
 * inspection log (`inspections` + `period`) and a report list (`reports` + `year`), as properties or in the JSON
 * document at `src` (a dossier, or `{ dossier, inspections, period, reports, year, unitCodes, packId, asOf }`;
 * properties win). All statuses are decided by `@cchc/core` (`checkDossier`, `checkInspections`, `checkReporting`
 * — the synchronous compiled path); the summary line counts them with `summarize`.
 *
 * Shipped packs are loaded on demand (`loadRulePack`): each is a separate file next to the embed bundle, fetched
 * the first time a checklist on the page needs it, while the element shows "loading". `updateComplete` resolves
 * once that pack is loaded and its rows rendered; a pack that cannot be loaded shows a bilingual error.
 *
 * `as-of` (ngày đánh giá) separates pending from missed. **When it is not set, the element uses today's date in
 * Vietnam (Asia/Ho_Chi_Minh), read from the browser's clock** — the core itself never reads a clock.
 *
 * Manual items (bằng chứng kiểm tra trực tiếp): a guidance slip given, a receipt issued, an apology accompanying a
 * supplement request, a refusal stating its legal basis, the citizen told a result was ready, an apology for delay,
 * a violation handled the same day, a report filed on paper. Ticking one adds the matching event or fact (with a
 * note saying it was recorded by the inspector) to a working copy of the data; the input objects are not changed.
 *
 * @fires cchc-change - {@link CchcChecklistChangeEvent}: after a manual item was ticked or unticked and the working
 * copy re-evaluated; `detail: { findings, dossier, inspections, reports, manual }`.
 *
 * @csspart header - The block above the rows (summary, counts, pack, evaluation date).
 * @csspart summary - The summary line, e.g. "7/9 nghĩa vụ đã đáp ứng".
 * @csspart counts - Missed / pending / not-applicable counts.
 * @csspart meta - Rule pack and evaluation date.
 * @csspart filter - The show-all / only-missed radio group.
 * @csspart list - The list of rows.
 * @csspart row - One obligation (also `row-met`, `row-missed`, `row-pending`, `row-not-applicable`).
 * @csspart status - The status (icon and text).
 * @csspart title - The rule's title.
 * @csspart dates - Due date, date done, lateness.
 * @csspart late - The lateness in working days.
 * @csspart manual - The manual items of a row.
 * @csspart checkbox - One manual item's checkbox.
 * @csspart citation - The `<details>` disclosure with the message, citations and reasons.
 * @csspart citation-toggle - Its `<summary>`.
 * @csspart because - The list of facts and conditions that decided the finding.
 * @csspart error - A bilingual error (invalid input, failed load).
 * @csspart announcer - The visually hidden live region that announces each re-evaluation.
 *
 * @cssproperty --cchc-checklist-met-color - Colour of met rows (default: `--cchc-color-success`).
 * @cssproperty --cchc-checklist-missed-color - Colour of missed rows (default: `--cchc-color-danger`).
 * @cssproperty --cchc-checklist-pending-color - Colour of pending rows (default: `--cchc-color-warning`).
 * @cssproperty --cchc-checklist-na-color - Colour of not-applicable rows (default: `--cchc-color-muted`).
 * @cssproperty --cchc-checklist-row-gap - Space between rows (default: `--cchc-spacing`).
 * @cssproperty --cchc-color-primary - Accent colour (links, checkboxes), and the other shared `--cchc-*` tokens.
 * @cssproperty --cchc-color-scheme - `dark` draws native radios and checkboxes dark (set by `themes/dark.css`).
 */
export class CchcChecklist extends LitElement {
  static override styles = [themeStyles, checklistStyles];

  /** A rule pack object (validated with `RulePackSchema`); wins over `pack-id`. */
  @property({ attribute: false }) pack?: unknown;
  /** Id of a shipped pack, e.g. `khanhson-2017`, `vn-one-stop-2018`. */
  @property({ attribute: 'pack-id' }) packId?: string;
  /** A dossier (hồ sơ) with its events (validated with `DossierSchema`). */
  @property({ attribute: false }) dossier?: unknown;
  /** An inspection log (nhật ký kiểm tra); needs `period`. */
  @property({ attribute: false }) inspections?: unknown;
  /** The inspection period `{ from, to }` (plain dates, inclusive). */
  @property({ attribute: false }) period?: { from: string; to: string };
  /** Reports filed (or owed); needs `year`. */
  @property({ attribute: false }) reports?: unknown;
  /** The reporting year checked. */
  @property({ type: Number }) year?: number;
  /** Units expected to inspect / report; by default the units found in the rows. */
  @property({ attribute: false }) unitCodes?: string[];
  /** URL of a JSON document with the inputs (see the class description). */
  @property() src?: string;
  /** Evaluation date `'YYYY-MM-DD'`; default: today in Asia/Ho_Chi_Minh. */
  @property({ attribute: 'as-of' }) asOf?: string;
  /** `all` (default) or `missed`: which rows are shown. Reflected; the built-in radio group sets it too. */
  @property({ reflect: true }) filter: 'all' | 'missed' = 'all';
  /** Working-day calendar from `createCalendar()` (default: the national calendar). */
  @property({ attribute: false }) calendar?: Calendar;
  /** Language tag; `en…` switches to English, anything else (or an ancestor's) Vietnamese. */
  @property({ reflect: true }) override lang!: string;

  @state() private document_: unknown;
  @state() private loading = false;
  @state() private error: CchcError | LoadError | undefined;
  @state() private ticked: ReadonlySet<string> = new Set();
  @state() private announcement = '';
  /** Rows the inspector changed: they stay on screen under the "only missed" filter, so focus is not lost. */
  private touched = new Set<string>();
  private prepared: Prepared | undefined;
  private result: Evaluated | undefined;
  private abort: AbortController | undefined;
  /** The rule pack of the current input (shipped packs are loaded on demand). */
  private readonly packs = new PackLoader(this);

  /** The current findings (after the ticked manual items), in row order. */
  get findings(): readonly Finding[] {
    return this.result?.findings ?? [];
  }

  /** Ids of the ticked manual items. */
  get manual(): readonly string[] {
    return [...this.ticked];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  /** Also waits for the shipped pack the current inputs need (loaded on demand) and the render that follows. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.packs.pending !== undefined) {
      await this.packs.pending;
      complete = (await super.getUpdateComplete()) && complete;
    }
    return complete;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('src')) void this.load();
    if (changed.has('filter')) this.touched = new Set();
    const inputs = [
      'pack',
      'packId',
      'dossier',
      'inspections',
      'period',
      'reports',
      'year',
      'unitCodes',
      'asOf',
      'calendar',
      'document_',
    ] as const;
    if (inputs.some((k) => changed.has(k))) this.reprepare();
  }

  private async load(): Promise<void> {
    this.abort?.abort();
    this.document_ = undefined;
    if (!this.src || isServer) return;
    const abort = new AbortController();
    this.abort = abort;
    this.loading = true;
    try {
      const doc = await loadJson(this.src, abort.signal);
      if (!abort.signal.aborted) this.document_ = doc;
    } catch (e) {
      if ((e as Error).name !== 'AbortError') this.error = e as LoadError;
    } finally {
      if (this.abort === abort) this.loading = false;
    }
  }

  private reprepare(): void {
    this.packs.reset();
    this.prepared = undefined;
    this.result = undefined;
    this.error = undefined;
    this.ticked = new Set();
    this.touched = new Set();
    try {
      const raw = gather(this, fromDocument(this.document_));
      if (raw === undefined) return;
      this.packs.request(
        packRequest(raw),
        (pack) => this.apply(raw, pack),
        (e) => this.fail(e),
      );
    } catch (e) {
      this.fail(e);
    }
  }

  /** Validates the inputs under a resolved pack and computes the baseline. */
  private apply(raw: RawInput, pack: RulePack): void {
    this.prepared = prepare(raw, pack);
    this.result = evaluate(this.prepared, this.ticked);
  }

  /** Shows a bilingual error in place of the rows; anything else is a bug and is thrown on. */
  private fail(e: unknown): void {
    if (!(e instanceof CchcError || e instanceof LoadError)) throw e;
    this.prepared = undefined;
    this.result = undefined;
    this.error = e;
  }

  private onTick(item: ManualItem, event: Event): void {
    const p = this.prepared;
    if (p === undefined) return;
    const next = new Set(this.ticked);
    if ((event.target as HTMLInputElement).checked) next.add(item.id);
    else next.delete(item.id);
    try {
      this.result = evaluate(p, next);
      this.ticked = next;
      this.touched.add(item.rowKey);
    } catch (e) {
      if (!(e instanceof CchcError)) throw e;
      this.error = e;
      return;
    }
    const t = this.strings;
    const row = this.result.findings.find((f) => rowKeyOf(f) === item.rowKey);
    const title = row && this.titleOf(row.ruleId);
    const s = this.counts(this.result.findings);
    this.announcement = [
      t.reevaluated,
      row ? `${title}: ${t.status[row.status]}.` : '',
      `${t.summary(s.met, s.total)}.`,
    ]
      .filter(Boolean)
      .join(' ');
    const r = this.result;
    this.dispatchEvent(
      new CchcChecklistChangeEvent({
        findings: r.findings,
        dossier: r.dossier,
        inspections: r.inspections,
        reports: r.reports,
        manual: [...next],
      }),
    );
  }

  private get language(): Lang {
    if (this.lang) return this.lang.toLowerCase().startsWith('en') ? 'en' : 'vi';
    return isServer ? 'vi' : resolveLang(this);
  }

  private get strings(): ChecklistStrings {
    return checklistStrings[this.language];
  }

  private titleOf(ruleId: string): string {
    const rule = this.prepared?.pack.rules.find((r) => r.id === ruleId);
    return rule ? rule.title[this.language] : ruleId;
  }

  private kindOf(ruleId: string): RuleSubjectKind | undefined {
    return this.prepared?.pack.rules.find((r) => r.id === ruleId)?.subject;
  }

  private counts(findings: readonly Finding[]) {
    const c = summarize(findings).total.overall;
    return { ...c, total: c.met + c.missed + c.pending };
  }

  private onFilter(event: Event): void {
    this.filter = (event.target as HTMLInputElement).value === 'missed' ? 'missed' : 'all';
  }

  protected override render() {
    const t = this.strings;
    const lang = this.language;
    const live = html`<p class="visually-hidden" role="status" part="announcer">${this.announcement}</p>`;
    if (this.error !== undefined)
      return html`<div class="error" role="alert" part="error">
          <strong>${t.error}:</strong>
          ${
            this.error instanceof CchcError
              ? html`<ul>${this.error.issues.map((i) => html`<li>${i.message[lang]}</li>`)}</ul>`
              : html` ${this.error.text[lang]}`
          }
        </div>${live}`;
    if (this.result === undefined || this.prepared === undefined)
      return html`<p class="meta" part="meta">
        ${this.loading || this.packs.pending ? t.loading : t.empty}
      </p>${live}`;
    const findings = this.result.findings;
    const s = this.counts(findings);
    const shown =
      this.filter === 'missed'
        ? findings.filter((f) => f.status === 'missed' || this.touched.has(rowKeyOf(f)))
        : findings;
    const pack = this.prepared.pack;
    return html`
      <div class="header" part="header">
        <p class="summary" part="summary">${t.summary(s.met, s.total)}</p>
        <p class="counts" part="counts">
          ${[t.missedCount(s.missed), t.pendingCount(s.pending), t.naCount(s.notApplicable)].join(' · ')}
        </p>
      </div>
      <p class="meta" part="meta">
        ${t.pack}: ${pack.title[lang]} (${t.version} ${pack.version}) · ${t.asOf(showDate(this.prepared.asOf, lang))}
      </p>
      <fieldset class="filter" part="filter">
        <legend>${t.filter}</legend>
        ${(['all', 'missed'] as const).map(
          (v) => html`<label class="choice">
            <input type="radio" name="filter" value=${v} .checked=${this.filter === v} @change=${this.onFilter} />
            ${v === 'all' ? t.filterAll : t.filterMissed}
          </label>`,
        )}
      </fieldset>
      ${
        shown.length === 0
          ? html`<p class="meta">${this.filter === 'missed' ? t.noneMissed : t.empty}</p>`
          : html`<ul class="rows" role="list" part="list" aria-label=${t.list}>
            ${repeat(shown, rowKeyOf, (f) => this.renderRow(f, t, lang))}
          </ul>`
      }
      ${live}
    `;
  }

  private renderRow(f: Finding, t: ChecklistStrings, lang: Lang) {
    const key = rowKeyOf(f);
    const items = this.prepared?.items.filter((i) => i.rowKey === key) ?? [];
    return html`<li class="row" part="row row-${f.status}" data-status=${f.status} data-rule=${f.ruleId}>
      <div class="row-head">
        <span class="status" part="status"
          ><span class="icon" aria-hidden="true">${ICON[f.status]}</span>${t.status[f.status]}</span
        >
        <span class="title" part="title">${this.titleOf(f.ruleId)}</span>
        <span class="rule-id">${f.ruleId}</span>
      </div>
      <p class="subject">${subjectText(f.subject, t, lang)}</p>
      ${
        f.dueDate || f.actualDate || f.lateByWorkingDays
          ? html`<ul class="dates" part="dates">
            ${f.dueDate ? html`<li>${t.due}: ${showDate(f.dueDate, lang)}</li>` : nothing}
            ${f.actualDate ? html`<li>${t.actual}: ${showDate(f.actualDate, lang)}</li>` : nothing}
            ${
              f.lateByWorkingDays
                ? html`<li class="late" part="late">${t.late(f.lateByWorkingDays)}</li>`
                : nothing
            }
          </ul>`
          : nothing
      }
      ${
        items.length === 0
          ? nothing
          : html`<fieldset class="manual" part="manual">
            <legend>${t.manual}</legend>
            ${items.map(
              (item) => html`<label class="choice">
                <input
                  type="checkbox"
                  part="checkbox"
                  data-item=${item.id}
                  .checked=${this.ticked.has(item.id)}
                  @change=${(e: Event) => this.onTick(item, e)}
                />
                ${item.label[lang]}
              </label>`,
            )}
          </fieldset>`
      }
      ${disclosure(f, this.kindOf(f.ruleId), t, lang)}
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cchc-checklist': CchcChecklist;
  }
}
