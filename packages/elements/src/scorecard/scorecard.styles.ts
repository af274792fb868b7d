import { css } from 'lit';

/** Styles of `<cchc-scorecard>` (after `themeStyles`): tables, inline SVG charts, print and forced colours. */
export const scorecardStyles = css`
  :host {
    /* A tint of the text on the surface (≈ #ededed by default), so dark themes get a dark track. */
    --_track: var(--cchc-scorecard-track, color-mix(in srgb, var(--_text) 8%, var(--_surface)));
    --_interval: var(--cchc-scorecard-interval, var(--_text));
  }
  .base > * + * {
    margin-top: var(--_space);
  }
  section {
    margin-top: calc(2 * var(--_space));
  }
  .heading {
    font-size: 1.2em;
    font-weight: 700;
    margin: 0 0 calc(var(--_space) / 2);
  }
  .unit > .heading {
    font-size: 1.4em;
  }
  p {
    margin: 0 0 calc(var(--_space) / 2);
  }
  .meta,
  .hint,
  .sub,
  dt,
  .legend {
    color: var(--_muted);
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  caption {
    caption-side: top;
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25em;
  }
  .hint {
    font-weight: 400;
  }
  th,
  td {
    padding: 0.25em 0.5em;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: middle;
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  tbody th {
    font-weight: 400;
  }
  th button,
  td button {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-height: var(--_touch);
    min-width: var(--_touch);
    padding: 0 0.25em;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  thead th {
    padding: 0;
  }
  thead button {
    width: 100%;
    font-weight: 700;
  }
  thead .num button {
    justify-content: flex-end;
  }
  [part='unit-button'] {
    color: var(--_primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  tr[part='row'] {
    cursor: pointer;
  }
  tr[part='row']:hover {
    background: var(--_track);
  }
  .arrow {
    font-size: 0.75em;
  }
  .band {
    display: inline-block;
    padding: 0 0.6em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-weight: 600;
    white-space: nowrap;
  }
  .summary {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) 2em;
    margin: 0;
  }
  dd {
    margin: 0;
    font-weight: 600;
    font-size: 1.15em;
  }
  dd.big {
    font-size: 2em;
    line-height: 1.1;
  }
  .sub {
    display: block;
    font-weight: 400;
    font-size: 0.85em;
  }
  ol[part='lost'] li {
    margin-bottom: 0.5em;
  }
  .gain {
    display: block;
    color: var(--_success);
    font-size: 0.9em;
  }
  .chart {
    display: block;
    width: 100%;
    max-width: 640px;
    height: auto;
    color: var(--_text);
    font-family: var(--_font);
  }
  .chart text {
    fill: currentColor;
    font-size: 14px;
  }
  .chart .tick,
  .chart .axis-label {
    font-size: 12px;
  }
  .grid {
    stroke: var(--_border);
    stroke-width: 1;
    stroke-dasharray: 2 3;
  }
  .track {
    fill: var(--_track);
    stroke: var(--_border);
  }
  .track.na {
    fill: none;
    stroke-dasharray: 4 3;
  }
  .fill,
  .point,
  .median {
    fill: var(--_primary);
  }
  .median {
    stroke: var(--_surface);
    stroke-width: 1.5;
  }
  .interval {
    stroke: var(--_interval);
    stroke-width: 4;
    stroke-linecap: round;
  }
  .rank-mark {
    fill: none;
    stroke: var(--_text);
    stroke-width: 2;
  }
  .line {
    fill: none;
    stroke: var(--_primary);
    stroke-width: 2.5;
  }
  .projection {
    stroke: var(--_primary);
    stroke-width: 2;
    stroke-dasharray: 6 4;
  }
  .quarter,
  .projected {
    fill: var(--_surface);
    stroke-width: 2.5;
  }
  .quarter {
    stroke: var(--_text);
  }
  .projected {
    stroke: var(--_primary);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
  }
  .legend-item {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
  }
  .legend svg {
    overflow: visible;
  }
  .toggle {
    min-height: var(--_touch);
    margin-top: 0.5em;
    padding: 0 1em;
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_primary);
    font: inherit;
    cursor: pointer;
  }
  .data-table {
    margin-top: 0.5em;
  }
  .error {
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .error-title {
    font-weight: 700;
    color: var(--_danger);
  }
  .error ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .other {
    color: var(--_muted);
  }

  @media (forced-colors: active) {
    .chart text {
      fill: CanvasText;
    }
    .grid {
      stroke: GrayText;
    }
    .track,
    .quarter,
    .projected {
      fill: Canvas;
      stroke: CanvasText;
    }
    .fill,
    .point,
    .median {
      fill: Highlight;
    }
    .median {
      stroke: Canvas;
    }
    .interval,
    .rank-mark,
    .line,
    .projection {
      stroke: CanvasText;
    }
    .band,
    .error {
      border-color: CanvasText;
    }
  }

  @media print {
    :host {
      color: #000 !important;
      background-color: #fff !important;
    }
    .toggle {
      display: none;
    }
    .chart {
      max-width: 100%;
      color: #000;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .track,
    .quarter,
    .projected {
      fill: #fff;
      stroke: #000;
    }
    .fill,
    .point,
    .median {
      fill: #444;
    }
    .interval,
    .rank-mark,
    .line,
    .projection {
      stroke: #000;
    }
    .grid {
      stroke: #999;
    }
    tr[part='row']:hover {
      background: none;
    }
    section {
      break-inside: avoid;
    }
  }
`;
