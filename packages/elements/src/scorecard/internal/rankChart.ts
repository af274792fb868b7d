import { html, nothing, svg, type TemplateResult } from 'lit';
import type { ScorecardModel } from './model.js';
import { sortUnits, unitName } from './sortUnits.js';
import { chartWithTable, heading, legend, type View } from './view.js';

const W = 640;
const LABEL_W = 180;
const X0 = 200;
const X1 = 620;
const TOP = 40;
const ROW = 30;

/** An open diamond: the rank by score. */
const diamond = (x: number, y: number) =>
  svg`<path class="rank-mark" part="rank-mark" d="M${x} ${y - 9}L${x + 9} ${y}L${x} ${y + 9}L${x - 9} ${y}Z"/>`;

/**
 * The rank-interval chart (dot = median rank, line = the rank interval, diamond = the rank by score) of every unit in
 * rank order, with its data table.
 */
export function rankIntervalChart(v: View, m: ScorecardModel): TemplateResult {
  const units = sortUnits(m.units, 'rank', 'ascending', m.bandOrder, v.lang);
  const n = units.length;
  const x = (r: number) => Math.round((X0 + ((r - 1) / Math.max(1, n - 1)) * (X1 - X0)) * 10) / 10;
  const height = TOP + ROW * n + 8;
  const step = Math.max(1, Math.ceil(n / 20));
  const ticks = Array.from({ length: n }, (_, i) => i + 1).filter(
    (r) => r === 1 || r === n || (r - 1) % step === 0,
  );
  const cov = m.coverage;
  const chart = html`<svg class="chart" part="chart" role="img" aria-label=${v.s.intervalChartLabel(cov)}
    viewBox="0 0 ${W} ${height}" width=${W} height=${height} preserveAspectRatio="xMinYMin meet">
    <defs><clipPath id="rank-labels"><rect x="0" y="0" width=${LABEL_W + 10} height=${height}/></clipPath></defs>
    <text class="axis-label" x=${X0} y="12">${v.s.rankAxis}</text>
    ${ticks.map(
      (r) => svg`<line class="grid" x1=${x(r)} x2=${x(r)} y1=${TOP - 8} y2=${height - 8}/>
        <text class="tick" x=${x(r)} y=${TOP - 12} text-anchor="middle">${r}</text>`,
    )}
    ${units.map((u, i) => {
      const y = TOP + ROW * i + ROW / 2;
      const it = m.intervals.get(u.unitCode);
      return svg`<g class="row">
        <text class="name" x=${LABEL_W} y=${y + 5} text-anchor="end" clip-path="url(#rank-labels)">${unitName(u)}</text>
        ${it ? svg`<line class="interval" part="interval" x1=${x(it.low)} x2=${x(it.high)} y1=${y} y2=${y}/>` : nothing}
        ${diamond(x(u.rank), y)}
        ${it ? svg`<circle class="median" part="median" cx=${x(it.medianRank)} cy=${y} r="5"/>` : nothing}
      </g>`;
    })}
  </svg>`;
  const table = html`<table part="data-table">
    <caption>${v.s.intervalTitle}</caption>
    <thead><tr>
      <th scope="col">${v.s.colName}</th><th scope="col" class="num">${v.s.legendRank}</th>
      <th scope="col" class="num">${v.s.colMedian}</th><th scope="col">${v.s.colInterval(cov)}</th>
    </tr></thead>
    <tbody>${units.map((u) => {
      const it = m.intervals.get(u.unitCode);
      return html`<tr><th scope="row">${unitName(u)}</th><td class="num">${u.rank}</td>
        <td class="num">${it ? v.n(it.medianRank) : '—'}</td>
        <td>${it ? `${v.n(it.low)}–${v.n(it.high)}` : '—'}</td></tr>`;
    })}</tbody>
  </table>`;
  return html`<section class="intervals" aria-labelledby="intervals-title">
    ${heading(v.level + 1, v.s.intervalTitle, 'intervals-title')}
    <p>${v.s.intervalSummary(cov, v.n(m.draws, 0))}</p>
    ${legend([
      [svg`<circle class="median" cx="14" cy="8" r="5"/>`, v.s.legendMedian],
      [svg`<line class="interval" x1="2" x2="26" y1="8" y2="8"/>`, v.s.legendInterval(cov)],
      [diamond(14, 8), v.s.legendRank],
    ])}
    ${chartWithTable(v, 'intervals-data', v.s.intervalTitle, chart, table)}
  </section>`;
}
