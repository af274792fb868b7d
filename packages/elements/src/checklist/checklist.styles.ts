import { css } from 'lit';

/** Styles of `<cchc-checklist>` (after the shared theme tokens). */
export const checklistStyles = css`
  :host {
    --_met: var(--cchc-checklist-met-color, var(--_success));
    --_missed: var(--cchc-checklist-missed-color, var(--_danger));
    --_pending: var(--cchc-checklist-pending-color, var(--_warning));
    --_na: var(--cchc-checklist-na-color, var(--_muted));
    --_row-gap: var(--cchc-checklist-row-gap, var(--_space));
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) var(--_space);
    align-items: baseline;
    justify-content: space-between;
    margin-block-end: var(--_space);
  }
  .summary {
    margin: 0;
    font-weight: 700;
    font-size: 1.1em;
  }
  .counts,
  .meta {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  fieldset.filter {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
    margin: 0 0 var(--_space);
    padding: 0;
    border: 0;
  }
  fieldset.filter legend {
    float: inline-start;
    margin-inline-end: var(--_space);
    padding: 0;
    min-height: var(--_touch);
    line-height: var(--_touch);
  }
  label.choice {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: var(--_touch);
    cursor: pointer;
  }
  input[type='radio'],
  input[type='checkbox'] {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_primary);
    flex: none;
  }
  ul.rows {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_row-gap);
  }
  li.row {
    border: 1px solid var(--_border);
    border-inline-start: 6px solid var(--_status-color, var(--_border));
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_surface);
  }
  li.row[data-status='met'] {
    --_status-color: var(--_met);
  }
  li.row[data-status='missed'] {
    --_status-color: var(--_missed);
  }
  li.row[data-status='pending'] {
    --_status-color: var(--_pending);
  }
  li.row[data-status='not-applicable'] {
    --_status-color: var(--_na);
  }
  .row-head {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) var(--_space);
    align-items: baseline;
  }
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    font-weight: 700;
    color: var(--_status-color, inherit);
    white-space: nowrap;
  }
  .icon {
    display: inline-grid;
    place-items: center;
    width: 1.4em;
    height: 1.4em;
    border-radius: 50%;
    border: 2px solid currentColor;
    font-size: 0.85em;
    line-height: 1;
  }
  .title {
    font-weight: 600;
  }
  .subject,
  .rule-id {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .rule-id {
    font-family: ui-monospace, 'Cascadia Mono', Menlo, monospace;
  }
  .message {
    margin: calc(var(--_space) / 2) 0 0;
  }
  .dates {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 1.5);
    margin: calc(var(--_space) / 2) 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.95em;
  }
  .dates .late {
    color: var(--_missed);
    font-weight: 700;
  }
  .manual {
    margin: calc(var(--_space) / 2) 0 0;
    padding: calc(var(--_space) / 2) var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .manual legend {
    padding: 0 0.25em;
    font-size: 0.9em;
    color: var(--_muted);
  }
  details {
    margin-block-start: calc(var(--_space) / 2);
  }
  summary {
    display: flex;
    align-items: center;
    min-height: var(--_touch);
    cursor: pointer;
    color: var(--_primary);
    font-weight: 600;
    width: fit-content;
  }
  details dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.15em var(--_space);
    margin: 0 0 calc(var(--_space) / 2);
  }
  details dt {
    color: var(--_muted);
  }
  details dd {
    margin: 0;
  }
  .citation + .citation {
    border-block-start: 1px solid var(--_border);
    padding-block-start: calc(var(--_space) / 2);
  }
  ul.because {
    margin: 0;
    padding-inline-start: 1.2em;
    font-size: 0.9em;
  }
  .error {
    color: var(--_danger);
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin: 0 0 var(--_space);
  }
  @media (forced-colors: active) {
    li.row {
      border-inline-start-width: 6px;
      border-color: CanvasText;
    }
    .status {
      color: CanvasText;
    }
    summary {
      color: LinkText;
    }
  }
`;
