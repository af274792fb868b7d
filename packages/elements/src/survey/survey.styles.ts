import { css } from 'lit';

/** Styles of `<cchc-survey>` (after the shared theme tokens). Every control is at least `--cchc-touch-target` tall. */
export const surveyStyles = css`
  .survey {
    display: grid;
    gap: var(--_space);
  }
  .title {
    margin: 0;
    font-size: 1.35em;
    font-weight: 700;
  }
  .unit,
  .help,
  .progress-text {
    margin: 0;
    color: var(--_muted);
  }
  .notice,
  .error-summary,
  .alert {
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin: 0;
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
    justify-content: space-between;
  }
  .error-summary,
  .alert {
    border-color: var(--_danger);
  }
  .error-summary p {
    margin: 0 0 0.25em;
    font-weight: 700;
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .progress {
    display: grid;
    gap: 0.25em;
  }
  progress {
    width: 100%;
    height: 0.75em;
    accent-color: var(--_primary);
  }
  form {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    margin: 0;
  }
  .page {
    display: grid;
    gap: calc(var(--_space) * 1.5);
  }
  .page-title {
    margin: 0;
    font-size: 1.15em;
    font-weight: 700;
  }
  .page-title:focus {
    outline: none;
  }
  .page-title:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .question {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
    display: grid;
    gap: 0.5em;
  }
  legend,
  .question > label {
    padding: 0;
    font-weight: 600;
  }
  .required {
    font-weight: 400;
    color: var(--_muted);
  }
  .error {
    margin: 0;
    color: var(--_danger);
    font-weight: 600;
  }
  .error::before {
    content: '⚠ ';
  }
  .choices {
    display: grid;
    gap: 0.5em;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
  }
  .choices.scale {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 9em), 1fr));
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.6em;
    min-height: var(--_touch);
    padding: 0.4em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
    background: var(--_surface);
  }
  .choice:has(input:checked) {
    border-color: var(--_primary);
    box-shadow: inset 0 0 0 1px var(--_primary);
  }
  .choice:has(:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .choice input {
    width: 1.3em;
    height: 1.3em;
    margin: 0;
    flex: none;
    accent-color: var(--_primary);
  }
  .choice input:focus-visible {
    outline: none;
  }
  [aria-invalid='true'] .choice,
  textarea[aria-invalid='true'],
  input[aria-invalid='true']:not([type='radio'], [type='checkbox']) {
    border-color: var(--_danger);
    border-width: 2px;
  }
  input:not([type='radio'], [type='checkbox']),
  textarea {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    min-height: var(--_touch);
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    width: 100%;
  }
  input[type='number'] {
    max-width: 10em;
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    justify-content: space-between;
  }
  button {
    font: inherit;
    min-height: var(--_touch);
    min-width: var(--_touch);
    padding: 0.5em 1.25em;
    border-radius: var(--_radius);
    border: 2px solid var(--_primary);
    background: var(--_surface);
    color: var(--_primary);
    cursor: pointer;
  }
  button.primary {
    background: var(--_primary);
    color: var(--_on-primary);
    margin-inline-start: auto;
  }
  button.link {
    border: 0;
    padding: 0.5em 0;
    min-width: 0;
    text-align: start;
    text-decoration: underline;
    color: var(--_danger);
    background: none;
  }
  button[disabled] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .status:empty {
    display: none;
  }
  .status {
    margin: 0;
    font-weight: 600;
  }
  .done {
    display: grid;
    gap: var(--_space);
    justify-items: start;
  }
  .done:focus {
    outline: none;
  }
  @media (forced-colors: active) {
    .choice:has(input:checked) {
      outline: 2px solid Highlight;
    }
    button {
      border-color: ButtonText;
    }
  }
`;
