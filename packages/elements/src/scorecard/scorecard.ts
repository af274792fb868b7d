import {
  CchcError,
  type CchcIssue,
  type CriteriaSetInput,
  type ParResult,
  type ParSensitivityResult,
  type ParUnitResult,
  type SelfAssessmentSeries,
} from '@cchc/core';
import { html, isServer, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { type Lang, resolveLang } from '../shared/lang.js';
import { LoadError, loadJson } from '../shared/loadJson.js';
import { themeStyles } from '../shared/theme.styles.js';
import { fail } from './internal/check.js';
import { buildModel, type ScorecardData, type ScorecardModel } from './internal/model.js';
import { rankingView } from './internal/ranking.js';
import {
  firstDirection,
  SORT_KEYS,
  type SortDirection,
  type SortKey,
} from './internal/sortUnits.js';
import { unitView } from './internal/unitView.js';
import { numberIn, type View } from './internal/view.js';
import { strings } from './scorecard.i18n.js';
import { scorecardStyles } from './scorecard.styles.js';
import { CchcSelectEvent } from './select-event.js';
import { CchcSortEvent } from './sort-event.js';

const DATA_KEYS = ['result', 'sensitivity', 'series', 'criteriaSet'] as const;

/**
 * @summary The PAR index scorecard (bảng điểm Chỉ số CCHC): one unit's index, band, rank, field bars, the criteria to fix
 * first and its self-assessment trend; or, without `unit-code`, the sortable ranking of every unit with its rank-interval
 * chart. It renders results from `@cchc/core` (`scorePar`, `parSensitivity`, `trackSelfAssessment`) and computes no score.
 *
 * Data comes by property (`result`, `sensitivity`, `series`, `criteriaSet`) or from `src`, a JSON document
 * `{ result, sensitivity?, series?, criteriaSet? }`; either is validated and a bad shape shows a bilingual error naming
 * the field. Every chart is inline SVG with a data table (visually hidden until toggled, always read by screen
 * readers); Vietnamese by default, English with `lang="en"` on the element or an ancestor.
 *
 * @tag cchc-scorecard
 *
 * @fires cchc-sort - {@link CchcSortEvent} The ranking was sorted; `detail: { key, direction }`.
 * @fires cchc-select - {@link CchcSelectEvent} A unit's row was activated (click, Enter, Space); `detail: { unitCode, unitName? }`. The host may set `unit-code`.
 *
 * @csspart base - The wrapper of everything rendered.
 * @csspart table - The ranking table.
 * @csspart row - One unit's row in the ranking table.
 * @csspart sort-button - A column's sort button in the ranking table header.
 * @csspart unit-button - A unit's name button in the ranking table.
 * @csspart band - A rating band badge (text); also `band-<id>`, e.g. `band-excellent`, to colour one band.
 * @csspart chart - Each chart's `<svg>`.
 * @csspart bar - The filled part of a field bar.
 * @csspart interval - A unit's rank-interval line.
 * @csspart median - A unit's median-rank dot.
 * @csspart rank-mark - A unit's rank-by-score diamond.
 * @csspart line - The self-assessment line.
 * @csspart projection - The dashed projection to December.
 * @csspart data-table - The data table of a chart.
 * @csspart toggle - The button showing or hiding a chart's data table.
 * @csspart summary - The single-unit figures (index, band, rank, total, change).
 * @csspart lost - The list of criteria to fix first.
 * @csspart error - The error box.
 *
 * @cssproperty --cchc-color-primary - Bars, median dots and the trend line (default #a4161a).
 * @cssproperty --cchc-scorecard-track - Background of a bar's track and of a hovered row (default: 8% of the text colour over the surface).
 * @cssproperty --cchc-scorecard-interval - Colour of rank intervals (default the text colour).
 * @cssproperty --cchc-color-text - Text and axes.
 * @cssproperty --cchc-color-border - Grid lines and borders.
 * @cssproperty --cchc-font-family - Font.
 * @cssproperty --cchc-touch-target - Minimum size of buttons (44px).
 *
 * @example
 * <cchc-scorecard unit-code="KS-SB"></cchc-scorecard>
 * <script type="module">
 *   const el = document.querySelector('cchc-scorecard');
 *   el.criteriaSet = set; el.result = scorePar(set, inputs); el.sensitivity = parSensitivity(set, inputs, opts);
 * </script>
 */
export class CchcScorecard extends LitElement {
  static override styles = [themeStyles, scorecardStyles];

  /** A `scorePar` result (kết quả chấm điểm). */
  @property({ attribute: false }) result?: ParResult;
  /** A `parSensitivity` result for the same units: the rank intervals. */
  @property({ attribute: false }) sensitivity?: ParSensitivityResult;
  /** Self-assessment series, one per unit (`trackSelfAssessment` gives the trend and projection). */
  @property({ attribute: false }) series?: SelfAssessmentSeries[];
  /** The criteria set scored: field titles and the order of the bands. */
  @property({ attribute: false }) criteriaSet?: CriteriaSetInput;
  /** URL of a JSON document `{ result, sensitivity?, series?, criteriaSet? }`; its fields replace the properties. */
  @property() src?: string;
  /** Shows this unit's scorecard; without it, the ranking of every unit. */
  @property({ attribute: 'unit-code', reflect: true }) unitCode?: string;
  /** Column the ranking is sorted by: `rank` (default), `name`, `index` or `band`. */
  @property({ attribute: 'sort-key' }) sortKey: SortKey = 'rank';
  /** `ascending` (default) or `descending`. */
  @property({ attribute: 'sort-direction' }) sortDirection: SortDirection = 'ascending';
  /** How many criteria to fix are listed for a unit (default 5). */
  @property({ type: Number }) top = 5;
  /** Level of the scorecard's heading (default 3: inside a page section titled by an `<h2>`); sections use the next. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @state() private _model?: ScorecardModel;
  @state() private _error?: readonly CchcIssue[];
  @state() private _loading = false;
  @state() private _open: ReadonlySet<string> = new Set();
  #abort?: AbortController;

  /** Also re-render when the element's own `lang` changes (an ancestor's change needs `requestUpdate()`). */
  static override get observedAttributes(): string[] {
    // biome-ignore lint/complexity/noThisInStatic: super's getter must run with this class as `this` (Lit finalizes it)
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src')) void this.#load(this.src);
    if (DATA_KEYS.some((k) => changed.has(k))) this.#validate(this, '');
  }

  /** Validates data (properties, or a loaded document under `label`), keeping the model or the error. */
  #validate(data: ScorecardData, label: string): boolean {
    try {
      this._model = buildModel(data, label);
      this._error = undefined;
      return true;
    } catch (error) {
      if (!(error instanceof CchcError)) throw error;
      this._model = undefined;
      this._error = error.issues;
      return false;
    }
  }

  async #load(url: string | undefined): Promise<void> {
    this.#abort?.abort();
    if (!url || isServer) return;
    const abort = new AbortController();
    this.#abort = abort;
    this._loading = true;
    try {
      const json = await loadJson(url, abort.signal);
      if (abort.signal.aborted) return;
      const doc = (typeof json === 'object' && json !== null ? json : {}) as ScorecardData;
      if (doc.result === undefined) {
        const issues: CchcIssue[] = [];
        fail(issues, 'src.result', undefined, {
          vi: 'kết quả chấm điểm (scorePar)',
          en: 'a scoring result (scorePar)',
        });
        this._error = issues;
      } else if (this.#validate(doc, 'src')) {
        // Valid: the document's fields become the properties (validated again, cheaply, on the next update).
        for (const k of DATA_KEYS) if (doc[k] !== undefined) (this as ScorecardData)[k] = doc[k];
      }
    } catch (error) {
      if ((error as Error).name === 'AbortError') return;
      if (!(error instanceof LoadError)) throw error;
      this._error = [{ path: 'src', value: url, expected: error.text, message: error.text }];
    } finally {
      if (this.#abort === abort) this._loading = false;
    }
  }

  #sort(key: SortKey): void {
    const direction =
      key === this.sortKey
        ? this.sortDirection === 'ascending'
          ? 'descending'
          : 'ascending'
        : firstDirection(key);
    this.sortKey = key;
    this.sortDirection = direction;
    this.updateComplete.then(() => this.dispatchEvent(new CchcSortEvent({ key, direction })));
  }

  #select(u: ParUnitResult): void {
    this.dispatchEvent(
      new CchcSelectEvent({
        unitCode: u.unitCode,
        ...(u.unitName === undefined ? {} : { unitName: u.unitName }),
      }),
    );
  }

  #toggle(id: string): void {
    const open = new Set(this._open);
    if (!open.delete(id)) open.add(id);
    this._open = open;
  }

  #errorBox(lang: Lang, issues: readonly CchcIssue[]): TemplateResult {
    const other: Lang = lang === 'vi' ? 'en' : 'vi';
    const shown = issues.slice(0, 10);
    return html`<div class="error" part="error" role="alert">
      <p class="error-title">${strings[lang].errorTitle} <span lang=${other}>/ ${strings[other].errorTitle}</span></p>
      <ul>${shown.map((i) => html`<li>${i.message[lang]}<br /><span class="other" lang=${other}>${i.message[other]}</span></li>`)}</ul>
      ${issues.length > shown.length ? html`<p>… +${issues.length - shown.length}</p>` : nothing}
    </div>`;
  }

  protected override render(): TemplateResult {
    const lang = resolveLang(this);
    const s = strings[lang];
    const v: View = {
      lang,
      s,
      level: this.headingLevel,
      n: numberIn(lang),
      isOpen: (id) => this._open.has(id),
      toggle: (id) => this.#toggle(id),
    };
    const m = this._model;
    let body: TemplateResult;
    if (this._error) body = this.#errorBox(lang, this._error);
    else if (m === undefined)
      body = html`<p role="status">${this._loading ? s.loading : s.empty}</p>`;
    else if (this.unitCode) {
      const u = m.byCode.get(this.unitCode);
      body = u
        ? unitView(v, m, u, this.top)
        : this.#errorBox(lang, [
            {
              path: 'unit-code',
              value: this.unitCode,
              expected: { vi: 'mã một đơn vị có trong kết quả', en: 'a unit in the result' },
              message: {
                vi: strings.vi.unknownUnit(this.unitCode),
                en: strings.en.unknownUnit(this.unitCode),
              },
            },
          ]);
    } else
      body = rankingView(v, m, {
        key: SORT_KEYS.includes(this.sortKey) ? this.sortKey : 'rank',
        direction: this.sortDirection,
        sort: (k) => this.#sort(k),
        select: (u) => this.#select(u),
      });
    return html`<div part="base" class="base" lang=${lang}>${body}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cchc-scorecard': CchcScorecard;
  }
}
