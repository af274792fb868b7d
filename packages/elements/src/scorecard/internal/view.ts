import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../shared/lang.js';
import { formatNumber, type Strings } from '../scorecard.i18n.js';
import type { ScorecardModel } from './model.js';

/** What every part of the scorecard needs to render: the language, its strings, heading level and the table toggles. */
export interface View {
  readonly lang: Lang;
  readonly s: Strings;
  /** Level of the scorecard's own heading; sections use the next level. */
  readonly level: number;
  /** Formats a number in the view's language (2 decimals at most; `signed` adds + to gains). */
  readonly n: (x: number, digits?: number, signed?: boolean) => string;
  readonly isOpen: (id: string) => boolean;
  readonly toggle: (id: string) => void;
}

/** Builds the number formatter of a view. */
export const numberIn =
  (lang: Lang) =>
  (x: number, digits = 2, signed = false): string =>
    formatNumber(x, lang, digits, signed);

/** A heading at a configurable level (the host page decides where the scorecard sits in its outline). */
export const heading = (level: number, text: string, id?: string): TemplateResult =>
  html`<div role="heading" aria-level=${Math.min(6, Math.max(1, level))} class="heading" id=${id ?? nothing}>${text}</div>`;

/** Part names must be single tokens: a band id from data becomes `band-<id>` with anything else replaced. */
export const partToken = (id: string): string => id.replace(/[^A-Za-z0-9_-]/g, '-');

/** A rating band as text in a badge (`::part(band)` and `::part(band-<id>)` to colour it; never colour alone). */
export const bandBadge = (id: string, label: string): TemplateResult =>
  html`<span class="band" part="band band-${partToken(id)}">${label}</span>`;

/**
 * A chart with its data table: the SVG is an image with a short label; the table carries every number. The table is
 * visually hidden until its toggle is pressed, and always there for screen readers.
 */
export function chartWithTable(
  v: View,
  id: string,
  title: string,
  chart: TemplateResult,
  table: TemplateResult,
): TemplateResult {
  const open = v.isOpen(id);
  return html`<div class="chart-block">
    ${chart}
    <button type="button" class="toggle" part="toggle" aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${id} @click=${() => v.toggle(id)}>${open ? v.s.hideTable : v.s.showTable}<span class="visually-hidden">: ${title}</span></button>
    <div id=${id} class=${open ? 'data-table' : 'data-table visually-hidden'}>${table}</div>
  </div>`;
}

/** A chart legend: small symbols (same classes as the chart) with their text. Hidden from screen readers, who get the table. */
export const legend = (items: ReadonlyArray<readonly [symbol: TemplateResult, text: string]>) =>
  html`<p class="legend" aria-hidden="true">${items.map(
    ([symbol, text]) =>
      html`<span class="legend-item"><svg width="28" height="16" viewBox="0 0 28 16">${symbol}</svg>${text}</span>`,
  )}</p>`;

/** The criteria set's title, and a warning when it is an example set. */
export const setNote = (v: View, m: ScorecardModel) =>
  m.setTitle || m.example
    ? html`<p class="meta">${m.setTitle?.[v.lang] ?? ''}${m.example ? html` <strong>${v.s.exampleNote}</strong>` : nothing}</p>`
    : nothing;
