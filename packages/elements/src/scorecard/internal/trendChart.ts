import type { SelfAssessmentTrack } from '@cchc/core';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { chartWithTable, heading, legend, type View } from './view.js';

const W = 640;
const H = 250;
const X0 = 56;
const X1 = 610;
const Y_TOP = 20;
const Y_BOTTOM = 210;

/** A period as people write it: `Tháng 3/2017`, `Quý 1/2017` / `Mar 2017`, `Q1 2017`. */
function periodLabel(v: View, period: string): string {
  const year = period.slice(0, 4);
  const q = period.includes('Q');
  const k = Number(period.slice(q ? 6 : 5));
  if (v.lang === 'vi') return q ? `Quý ${k}/${year}` : `Tháng ${k}/${year}`;
  return q ? `Q${k} ${year}` : `${v.s.month(k)} ${year}`;
}

/** The unit's self-assessment trend: monthly points (dots), quarterly ones (squares) and the projected December value. */
export function trendChart(v: View, t: SelfAssessmentTrack | undefined): TemplateResult {
  const title = heading(v.level + 1, v.s.trendTitle, 'trend-title');
  if (t === undefined)
    return html`<section class="trend" aria-labelledby="trend-title">${title}<p>${v.s.trendNone}</p></section>`;
  const quarterly = t.quarterly.filter((q) => q.from === 'quarterly');
  const months = new Set(t.monthly.map((p) => Number(p.period.slice(5))));
  // The points the projection rests on: every month, and a quarter's value at its last month when that month is missing.
  const points = [
    ...t.monthly.map((p) => ({ x: Number(p.period.slice(5)), y: p.index, quarter: false })),
    ...quarterly
      .map((p) => ({ x: Number(p.period.slice(6)) * 3, y: p.index, quarter: true }))
      .filter((p) => !months.has(p.x)),
  ].sort((a, b) => a.x - b.x);
  const low = Math.min(
    t.projection.index,
    ...points.map((p) => p.y),
    ...quarterly.map((q) => q.index),
  );
  const yMin = Math.max(0, Math.floor((low - 5) / 10) * 10);
  const px = (m: number) => Math.round((X0 + ((m - 1) / 11) * (X1 - X0)) * 10) / 10;
  const py = (i: number) =>
    Math.round((Y_BOTTOM - ((i - yMin) / (100 - yMin)) * (Y_BOTTOM - Y_TOP)) * 10) / 10;
  const grid = Array.from({ length: (100 - yMin) / 10 + 1 }, (_, k) => yMin + 10 * k);
  const last = points[points.length - 1]!;
  const proj = { x: 12, y: t.projection.index };
  const quarterMarks = quarterly.map((q) => ({ x: Number(q.period.slice(6)) * 3, y: q.index }));
  const chart = html`<svg class="chart" part="chart" role="img" aria-label=${v.s.trendChartLabel}
    viewBox="0 0 ${W} ${H}" width=${W} height=${H} preserveAspectRatio="xMinYMin meet">
    ${grid.map(
      (g) => svg`<line class="grid" x1=${X0} x2=${X1} y1=${py(g)} y2=${py(g)}/>
        <text class="tick" x=${X0 - 8} y=${py(g) + 4} text-anchor="end">${g}</text>`,
    )}
    ${Array.from(
      { length: 12 },
      (_, i) =>
        svg`<text class="tick" x=${px(i + 1)} y=${Y_BOTTOM + 22} text-anchor="middle">${v.s.month(i + 1)}</text>`,
    )}
    <polyline class="line" part="line" points=${points.map((p) => `${px(p.x)},${py(p.y)}`).join(' ')}/>
    ${
      last.x < 12
        ? svg`<line class="projection" part="projection" x1=${px(last.x)} y1=${py(last.y)} x2=${px(proj.x)} y2=${py(proj.y)}/>`
        : nothing
    }
    ${t.monthly.map((p) => svg`<circle class="point" cx=${px(Number(p.period.slice(5)))} cy=${py(p.index)} r="4.5"/>`)}
    ${quarterMarks.map((q) => svg`<rect class="quarter" x=${px(q.x) - 5} y=${py(q.y) - 5} width="10" height="10"/>`)}
    <circle class="projected" cx=${px(proj.x)} cy=${py(proj.y)} r="6"/>
    <text class="value" x=${px(proj.x) - 10} y=${py(proj.y) - 12} text-anchor="end">${v.s.projection} ${v.n(proj.y)}</text>
  </svg>`;
  const table = html`<table part="data-table">
    <caption>${v.s.trendTitle}</caption>
    <thead><tr><th scope="col">${v.s.colPeriod}</th><th scope="col">${v.s.colKind}</th>
      <th scope="col" class="num">${v.s.colSelfIndex}</th></tr></thead>
    <tbody>
      ${t.monthly.map(
        (p) =>
          html`<tr><th scope="row">${periodLabel(v, p.period)}</th><td>${v.s.monthly}</td><td class="num">${v.n(p.index)}</td></tr>`,
      )}
      ${quarterly.map(
        (p) =>
          html`<tr><th scope="row">${periodLabel(v, p.period)}</th><td>${v.s.quarterly}</td><td class="num">${v.n(p.index)}</td></tr>`,
      )}
      <tr><th scope="row">${v.s.projectionRow(t.year)}</th><td>${v.s.projection}</td><td class="num">${v.n(proj.y)}</td></tr>
    </tbody>
  </table>`;
  return html`<section class="trend" aria-labelledby="trend-title">
    ${title}
    <p>${v.s.trendSummary(t.trend.direction, v.n(t.trend.slopePerMonth, 2, true), v.n(proj.y), t.projection.basedOn)}</p>
    ${legend([
      [svg`<circle class="point" cx="14" cy="8" r="4.5"/>`, v.s.monthly],
      [svg`<rect class="quarter" x="9" y="3" width="10" height="10"/>`, v.s.quarterly],
      [
        svg`<line class="projection" x1="0" x2="18" y1="8" y2="8"/><circle class="projected" cx="20" cy="8" r="6"/>`,
        v.s.projection,
      ],
    ])}
    ${chartWithTable(v, 'trend-data', v.s.trendTitle, chart, table)}
  </section>`;
}
