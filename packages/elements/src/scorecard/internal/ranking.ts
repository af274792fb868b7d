import type { ParUnitResult } from '@cchc/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { ScorecardModel } from './model.js';
import { rankIntervalChart } from './rankChart.js';
import { SORT_KEYS, type SortDirection, type SortKey, sortUnits, unitName } from './sortUnits.js';
import { bandBadge, heading, setNote, type View } from './view.js';

/** Sorting state and callbacks of the ranking view. */
export interface RankingState {
  readonly key: SortKey;
  readonly direction: SortDirection;
  readonly sort: (key: SortKey) => void;
  readonly select: (unit: ParUnitResult) => void;
}

const label = (v: View, key: SortKey): string =>
  ({ rank: v.s.colRank, name: v.s.colName, index: v.s.colIndex, band: v.s.colBand })[key];

function sortHeader(v: View, st: RankingState, key: SortKey): TemplateResult {
  const active = st.key === key;
  const arrow = active ? (st.direction === 'ascending' ? '▲' : '▼') : '↕';
  return html`<th scope="col" class=${key === 'rank' || key === 'index' ? 'num' : ''}
    aria-sort=${active ? st.direction : nothing}>
    <button type="button" part="sort-button" data-sort=${key} @click=${() => st.sort(key)}>
      ${label(v, key)}<span class="arrow" aria-hidden="true">${arrow}</span>
    </button>
  </th>`;
}

function changeText(v: View, u: ParUnitResult): string {
  return u.change ? v.s.changeText(v.n(u.change.index, 2, true), u.change.rank) : '—';
}

/** The ranking of every unit: a sortable table, then the rank-interval chart when a sensitivity result is given. */
export function rankingView(v: View, m: ScorecardModel, st: RankingState): TemplateResult {
  const rows = sortUnits(m.units, st.key, st.direction, m.bandOrder, v.lang);
  const withChange = m.units.some((u) => u.change !== undefined);
  const dir = st.direction === 'ascending' ? v.s.ascending : v.s.descending;
  return html`<section class="ranking" aria-labelledby="ranking-title">
    ${heading(v.level, v.s.rankingTitle, 'ranking-title')}
    ${setNote(v, m)}
    <div class="table-wrap">
      <table part="table">
        <caption>${v.s.tableCaption(m.units.length)} <span class="hint">${v.s.selectHint}</span></caption>
        <thead>
          <tr>
            ${SORT_KEYS.map((k) => sortHeader(v, st, k))}
            ${withChange ? html`<th scope="col">${v.s.colChange}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (u) => html`<tr part="row" data-unit=${u.unitCode} @click=${() => st.select(u)}>
              <td class="num">${u.rank}</td>
              <th scope="row"><button type="button" part="unit-button">${unitName(u)}</button></th>
              <td class="num">${v.n(u.index)}</td>
              <td>${bandBadge(u.band, u.bandLabel[v.lang])}</td>
              ${withChange ? html`<td>${changeText(v, u)}</td>` : nothing}
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    <p class="visually-hidden" role="status">${v.s.sortedBy(label(v, st.key), dir)}</p>
    ${m.intervals.size > 0 ? rankIntervalChart(v, m) : nothing}
  </section>`;
}
