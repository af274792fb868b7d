import type { ParUnitResult } from '@cchc/core';
import { html, nothing, type TemplateResult } from 'lit';
import { fieldBars } from './fieldBars.js';
import type { ScorecardModel } from './model.js';
import { unitName } from './sortUnits.js';
import { trendChart } from './trendChart.js';
import { bandBadge, heading, setNote, type View } from './view.js';

function summary(v: View, m: ScorecardModel, u: ParUnitResult): TemplateResult {
  const it = m.intervals.get(u.unitCode);
  return html`<dl class="summary" part="summary">
    <div><dt>${v.s.index}</dt><dd class="big">${v.n(u.index)}%</dd></div>
    <div><dt>${v.s.band}</dt><dd>${bandBadge(u.band, u.bandLabel[v.lang])}</dd></div>
    <div>
      <dt>${v.s.rank}</dt>
      <dd>${v.s.rankOf(u.rank, m.units.length)}${
        it
          ? html`<span class="sub">${v.s.rankInterval(v.n(it.low), v.n(it.high), m.coverage)}</span>`
          : nothing
      }</dd>
    </div>
    <div><dt>${v.s.total}</dt><dd>${v.n(u.total)}/${v.n(u.max)}</dd></div>
    ${
      u.change
        ? html`<div><dt>${v.s.change}</dt><dd>${v.s.changeText(v.n(u.change.index, 2, true), u.change.rank)}</dd></div>`
        : nothing
    }
  </dl>`;
}

function lostList(v: View, u: ParUnitResult, top: number): TemplateResult {
  const items = u.lost.slice(0, Math.max(0, top));
  return html`<section class="lost" aria-labelledby="lost-title">
    ${heading(v.level + 1, v.s.lostTitle, 'lost-title')}
    ${
      items.length === 0
        ? html`<p>${v.s.lostNone}</p>`
        : html`<ol part="lost">${items.map(
            (l) => html`<li data-criterion=${l.criterionId}>
              <span class="message">${l.message[v.lang]}</span>
              <span class="gain">${v.s.gain(v.n(l.gain))}</span>
            </li>`,
          )}</ol>`
    }
  </section>`;
}

/** One unit's scorecard: index, band, rank, field bars, the criteria to fix first and the self-assessment trend. */
export function unitView(
  v: View,
  m: ScorecardModel,
  u: ParUnitResult,
  top: number,
): TemplateResult {
  return html`<article class="unit" aria-labelledby="unit-title" data-unit=${u.unitCode}>
    ${heading(v.level, unitName(u), 'unit-title')}
    ${setNote(v, m)}
    ${summary(v, m, u)}
    ${fieldBars(v, m, u)}
    ${lostList(v, u, top)}
    ${trendChart(v, m.tracks.get(u.unitCode))}
  </article>`;
}
