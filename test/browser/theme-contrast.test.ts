// High-contrast check (issue 8, item 3): WCAG 2.x contrast ratios of the colours the elements actually resolve, in
// the default theme and the two shipped presets. Text needs ≥ 4.5:1 (SC 1.4.3), borders and focus rings ≥ 3:1
// (SC 1.4.11); the high-contrast preset promises AAA text, ≥ 7:1 (SC 1.4.6).
import { afterEach, describe, expect, it } from 'vitest';
import {
  ELEMENT_NAMES,
  loadTheme,
  mountElement,
  shadowAll,
  THEMES,
  type ThemeName,
} from './fixtures.js';

type Rgb = readonly [number, number, number];

/** Parses a computed colour: `rgb(…)`/`rgba(…)`, or `color(srgb r g b)` (what color-mix() computes to). */
function parseColor(css: string): Rgb {
  const rgb = css.match(/^rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)$/);
  if (rgb) {
    if (rgb[4] !== undefined && Number(rgb[4]) < 1) throw new Error(`translucent colour ${css}`);
    return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  }
  const srgb = css.match(/^color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)\)$/);
  if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255];
  throw new Error(`not a colour: ${css}`);
}

/** Relative luminance, WCAG 2.x definition (sRGB channels linearised, weights 0.2126 / 0.7152 / 0.0722). */
function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio (L1 + 0.05) / (L2 + 0.05), lighter over darker, from 1 to 21. */
function contrast(a: string, b: string): number {
  const [l1, l2] = [luminance(parseColor(a)), luminance(parseColor(b))].sort((x, y) => y - x);
  return (l1! + 0.05) / (l2! + 0.05);
}

/** A CSS colour value (hex, name, rgb) as its computed `rgb(…)` form. */
function computed(value: string): string {
  const probe = document.createElement('span');
  probe.style.color = value;
  document.body.append(probe);
  const out = getComputedStyle(probe).color;
  probe.remove();
  return out;
}

describe('contrast ratio', () => {
  it('matches the WCAG reference points', () => {
    expect(contrast('rgb(0, 0, 0)', 'rgb(255, 255, 255)')).toBe(21);
    expect(contrast('rgb(255, 255, 255)', 'rgb(255, 255, 255)')).toBe(1);
    // #777 on white is the classic just-fails-AA grey (4.48:1); #767676 just passes (4.54:1).
    expect(contrast(computed('#777777'), computed('#fff')).toFixed(2)).toBe('4.48');
    expect(contrast(computed('#767676'), computed('#fff')).toFixed(2)).toBe('4.54');
    expect(contrast('color(srgb 1 1 1)', 'rgb(0, 0, 0)')).toBe(21);
  });
});

/** Foreground token, background token, minimum ratio in the default/dark themes (high contrast: 7 for text). */
const TOKEN_PAIRS = [
  ['text', 'surface', 4.5],
  ['muted', 'surface', 4.5],
  ['primary', 'surface', 4.5],
  ['on-primary', 'primary', 4.5],
  ['danger', 'surface', 4.5],
  ['success', 'surface', 4.5],
  ['warning', 'surface', 4.5],
  ['text', 'track', 4.5],
  ['border', 'surface', 3],
  ['focus', 'surface', 3],
] as const;
const minimum = (theme: ThemeName, min: number) =>
  theme === 'high-contrast' && min === 4.5 ? 7 : min;

/** Mounts the three elements in a container carrying the theme's class. */
async function themed(theme: ThemeName) {
  const cls = await loadTheme(theme);
  const frame = document.createElement('div');
  if (cls) frame.className = cls;
  document.body.append(frame);
  const [survey, checklist, scorecard] = [
    await mountElement('survey', frame),
    await mountElement('checklist', frame),
    await mountElement('scorecard', frame),
  ];
  return { survey, checklist, scorecard };
}

/** An element's resolved token (`--_text`, …) as `rgb(…)`. */
const token = (host: Element, name: string) =>
  computed(getComputedStyle(host).getPropertyValue(`--_${name}`).trim());

afterEach(() => {
  document.body.replaceChildren();
});

for (const theme of Object.keys(THEMES) as ThemeName[]) {
  describe(`${theme} theme`, () => {
    it('every element resolves the same tokens, and every pair of them is legible', async () => {
      const els = await themed(theme);
      const names = [...new Set(TOKEN_PAIRS.flat().filter((t) => typeof t === 'string'))];
      for (const name of names.filter((n) => n !== 'track'))
        expect(new Set(ELEMENT_NAMES.map((n) => token(els[n], name))).size, name).toBe(1);
      const colour = (name: string) => token(name === 'track' ? els.scorecard : els.survey, name);
      const ratios = Object.fromEntries(
        TOKEN_PAIRS.map(([fg, bg]) => [`${fg}/${bg}`, contrast(colour(fg), colour(bg))]),
      );
      console.info(
        `contrast, ${theme} theme: ${Object.entries(ratios)
          .map(([pair, r]) => `${pair} ${r.toFixed(2)}`)
          .join(', ')}`,
      );
      for (const [fg, bg, min] of TOKEN_PAIRS)
        expect(ratios[`${fg}/${bg}`], `${fg} on ${bg}`).toBeGreaterThanOrEqual(minimum(theme, min));
    });

    it('rendered text and buttons are legible: body text, the primary button, statuses, links', async () => {
      const { survey, checklist, scorecard } = await themed(theme);
      const text = minimum(theme, 4.5);
      const surface = getComputedStyle(survey).backgroundColor;
      const ratio = (node: Element, bg = surface) => contrast(getComputedStyle(node).color, bg);

      expect(ratio(survey)).toBeGreaterThanOrEqual(text);
      const next = shadowAll(survey, 'button[part=next]')[0]!;
      expect(ratio(next, getComputedStyle(next).backgroundColor)).toBeGreaterThanOrEqual(text);
      for (const help of shadowAll(survey, '.unit, .help, .progress-text'))
        expect(ratio(help)).toBeGreaterThanOrEqual(text);

      const statuses = shadowAll(checklist, '[part=status]');
      expect(new Set(statuses.map((s) => s.closest('li')!.dataset.status)).size).toBeGreaterThan(1);
      for (const status of statuses) expect(ratio(status)).toBeGreaterThanOrEqual(text);
      for (const toggle of shadowAll(checklist, '[part=citation-toggle]'))
        expect(ratio(toggle)).toBeGreaterThanOrEqual(text);

      for (const name of shadowAll(scorecard, '[part=unit-button], [part=band], caption'))
        expect(ratio(name)).toBeGreaterThanOrEqual(text);
    });
  });
}

describe('the check can fail', () => {
  it('flags a portal theme whose secondary text is a light grey', async () => {
    const frame = document.createElement('div');
    frame.style.setProperty('--cchc-color-muted', '#aaaaaa');
    document.body.append(frame);
    const survey = await mountElement('survey', frame);
    const ratio = contrast(token(survey, 'muted'), token(survey, 'surface'));
    expect(ratio.toFixed(2)).toBe('2.32'); // #aaa on white
    expect(ratio).toBeLessThan(4.5);
  });
});
