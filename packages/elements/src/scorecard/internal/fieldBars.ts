import type { ParUnitResult } from '@cchc/core';
import { html, svg, type TemplateResult } from 'lit';
import type { ScorecardModel } from './model.js';
import { chartWithTable, heading, type View } from './view.js';

const W = 640;
const BAR_W = 500;
const ROW = 48;

/** One unit's field subtotals as bars against each field's maximum, with the data table. */
export function fieldBars(v: View, m: ScorecardModel, u: ParUnitResult): TemplateResult {
  const rows = m.fieldIds.map((id) => {
    const score = u.fields[id] ?? { points: 0, max: 0 };
    const title = m.titles.get(id)?.[v.lang] ?? v.s.fieldFallback(id);
    return { id, title, points: score.points, max: score.max, assessed: score.max > 0 };
  });
  const height = ROW * rows.length + 4;
  const chart = html`<svg class="chart" part="chart" role="img" aria-label=${v.s.fieldsChartLabel}
    viewBox="0 0 ${W} ${height}" width=${W} height=${height} preserveAspectRatio="xMinYMin meet">
    ${rows.map((r, i) => {
      const y = ROW * i;
      const filled = r.assessed ? Math.round((BAR_W * r.points) / r.max) : 0;
      return svg`<g class="row">
        <text class="name" x="0" y=${y + 16}>${r.id}. ${r.title}</text>
        <rect class=${r.assessed ? 'track' : 'track na'} x="0.5" y=${y + 24.5} width=${BAR_W} height="16" rx="2"/>
        <rect class="fill" part="bar" x="0.5" y=${y + 24.5} width=${filled} height="16" rx="2"/>
        <text class="value" x=${BAR_W + 10} y=${y + 37}>${
          r.assessed ? `${v.n(r.points)}/${v.n(r.max)}` : v.s.notApplicable
        }</text>
      </g>`;
    })}
  </svg>`;
  const table = html`<table part="data-table">
    <caption>${v.s.fieldsTitle}</caption>
    <thead><tr>
      <th scope="col">${v.s.colField}</th><th scope="col" class="num">${v.s.colPoints}</th>
      <th scope="col" class="num">${v.s.colMax}</th><th scope="col" class="num">${v.s.colPercent}</th>
    </tr></thead>
    <tbody>${rows.map((r) =>
      r.assessed
        ? html`<tr><th scope="row">${r.id}. ${r.title}</th><td class="num">${v.n(r.points)}</td>
            <td class="num">${v.n(r.max)}</td><td class="num">${v.n((100 * r.points) / r.max, 1)}%</td></tr>`
        : html`<tr><th scope="row">${r.id}. ${r.title}</th><td colspan="3">${v.s.notApplicable}</td></tr>`,
    )}</tbody>
  </table>`;
  return html`<section class="fields" aria-labelledby="fields-title">
    ${heading(v.level + 1, v.s.fieldsTitle, 'fields-title')}
    ${chartWithTable(v, 'fields-data', v.s.fieldsTitle, chart, table)}
  </section>`;
}
