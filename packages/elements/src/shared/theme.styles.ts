import { css } from 'lit';

/**
 * Design tokens shared by every element, as CSS custom properties with defaults on `:host`.
 * A portal themes all elements at once by setting these on any ancestor (they inherit through shadow DOM):
 *
 * `--cchc-color-primary`, `--cchc-color-on-primary`, `--cchc-color-text`, `--cchc-color-muted`,
 * `--cchc-color-surface`, `--cchc-color-border`, `--cchc-color-danger`, `--cchc-color-success`,
 * `--cchc-color-warning`, `--cchc-color-focus`, `--cchc-font-family`, `--cchc-font-size`,
 * `--cchc-radius`, `--cchc-spacing`, `--cchc-touch-target`, `--cchc-color-scheme` (`dark` for native controls).
 */
export const themeStyles = css`
  :host {
    --_primary: var(--cchc-color-primary, #a4161a);
    --_on-primary: var(--cchc-color-on-primary, #ffffff);
    --_text: var(--cchc-color-text, #1d1d1f);
    --_muted: var(--cchc-color-muted, #555555);
    --_surface: var(--cchc-color-surface, #ffffff);
    --_border: var(--cchc-color-border, #8a8a8a);
    --_danger: var(--cchc-color-danger, #b00020);
    --_success: var(--cchc-color-success, #1e6b2f);
    --_warning: var(--cchc-color-warning, #8a5300);
    --_focus: var(--cchc-color-focus, #1a5fb4);
    --_font: var(--cchc-font-family, system-ui, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    /* medium = the reader's default text size, whatever the page does to its root font size (62.5% hacks). */
    --_font-size: var(--cchc-font-size, medium);
    --_radius: var(--cchc-radius, 6px);
    --_space: var(--cchc-spacing, 0.75em);
    --_touch: var(--cchc-touch-target, 44px);

    /* A hostile host stylesheet must not reach inside. all: initial cuts what an ordinary page passes down by
       inheritance. A page's rules that match the host itself ("* { … }") beat ours when both are normal, so what
       inherits into the shadow tree — text colour, font, spacing of text — and the surface are !important here: for
       !important declarations the shadow tree's win over the page's. The host's box (display, margin, width,
       position) stays the page's to lay out; theming goes through the --cchc-* properties and ::part(). */
    all: initial;
    display: block;
    box-sizing: border-box;
    color: var(--_text) !important;
    background-color: var(--_surface) !important;
    font-family: var(--_font) !important;
    font-size: var(--_font-size) !important;
    font-style: normal !important;
    font-variant: normal !important;
    font-weight: 400 !important;
    line-height: 1.5 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-shadow: none !important;
    text-decoration: none !important;
    white-space: normal !important;
    -webkit-text-fill-color: currentcolor !important;
    cursor: auto !important;
    /* Native radios, checkboxes and scrollbars follow the theme (the dark preset sets "dark"). */
    color-scheme: var(--cchc-color-scheme, normal);
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
