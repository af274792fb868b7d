// Screenshot tests (issue 8, item 7): each element in Vietnamese and English, light and dark, at phone (375 px) and
// desktop (1280 px) widths, in real Chromium, compared with the baselines committed in __screenshots__/ (cropped to
// the element). Data is fixed (no clock: the checklist has `as-of`; seeded sensitivity draws); fonts are awaited;
// animations and the caret are disabled by the matcher; the pointer is parked outside the elements.
//
// Update the baselines after an intended visual change with
//   pnpm exec vitest run --project browser test/browser/screenshots.test.ts --update
// and review the PNGs before committing. Baselines are per platform (…-chromium-linux.png) and depend on the
// installed fonts (system-ui resolves to DejaVu Sans on the Debian CI image) and the Chromium version.
import type { InstrumentInput } from '@cchc/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { commands, page, server, userEvent } from 'vitest/browser';
import { mixedInstrument } from '../../packages/elements/src/survey/internal/fixtures.js';
import { ELEMENT_NAMES, type ElementName, loadTheme, mountElement } from './fixtures.js';

/** Per-pixel colour tolerance (pixelmatch YIQ distance, 0–1) and the share of pixels allowed to differ. */
const TOLERANCE = {
  comparatorName: 'pixelmatch',
  comparatorOptions: { threshold: 0.1, allowedMismatchedPixelRatio: 0.001 },
} as const;

const WIDTHS = { phone: 375, desktop: 1280 } as const;
const LANGS = ['vi', 'en'] as const;
const SCHEMES = ['light', 'dark'] as const;
type Width = keyof typeof WIDTHS;

/**
 * The test page lives in an iframe of the runner's 1280×720 window; a taller iframe is scaled down and what lies below
 * the window is not painted. So a tall element is photographed in strips of at most this height (CSS px), through a
 * clipping viewport, at scale 1.
 */
const STRIP = 700;

/** Compact states, so the baselines stay small: one survey page, only the missed obligations, the ranking. */
const STATES: { [N in ElementName]?: (el: HTMLElementTagNameMap[`cchc-${N}`]) => void } = {
  survey: (el) => {
    el.removeAttribute('instrument-id');
    el.instrument = mixedInstrument as InstrumentInput; // page A: a 5-level question and a yes/no question
  },
  checklist: (el) => el.setAttribute('filter', 'missed'),
};

const SCREEN_CSS = `
  html, body { margin: 0; padding: 0; background: #ffffff; }
  body { padding: 8px; }
  .view { position: relative; overflow: hidden; }
  #pointer-park { position: fixed; left: 0; top: 0; width: 4px; height: 4px; }
`;

let pageLang: string | null;
beforeAll(async () => {
  pageLang = document.documentElement.getAttribute('lang');
  document.documentElement.removeAttribute('lang');
  const style = document.createElement('style');
  style.textContent = SCREEN_CSS;
  document.head.append(style);
  await loadTheme('dark');
});
afterAll(async () => {
  if (pageLang !== null) document.documentElement.setAttribute('lang', pageLang);
  await page.viewport(414, 896);
});
afterEach(() => {
  document.body.replaceChildren();
});

const nextFrame = () =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Mounts an element at a width, in a language and colour scheme, and waits until it and its fonts have settled. */
async function stage(name: ElementName, width: Width, lang: string, scheme: string) {
  await page.viewport(WIDTHS[width], 720);
  const park = document.createElement('div');
  park.id = 'pointer-park';
  const view = document.createElement('div');
  view.className = 'view';
  const frame = document.createElement('div');
  if (scheme === 'dark') frame.className = 'cchc-dark';
  view.append(frame);
  document.body.append(park, view);
  // biome-ignore lint/suspicious/noExplicitAny: STATES is keyed by element name; the union of setups is not callable
  const el = await mountElement(name, frame, { lang }, STATES[name] as any);
  await document.fonts.ready;
  await nextFrame();
  (document.activeElement as HTMLElement | null)?.blur();
  await userEvent.hover(park); // no row or button under the pointer
  return { el, view, frame };
}

/** Compares the element strip by strip (`<base>-<k>of<n>`): a change of height changes the names and fails loudly. */
async function matchStrips(view: HTMLElement, frame: HTMLElement, base: string) {
  const total = Math.ceil(frame.getBoundingClientRect().height);
  const count = Math.ceil(total / STRIP);
  expect(count).toBeGreaterThan(0);
  for (let k = 0; k < count; k++) {
    view.style.height = `${Math.min(STRIP, total - k * STRIP)}px`;
    frame.style.transform = `translateY(${-k * STRIP}px)`;
    await nextFrame();
    // Plain expect(): expect.element() polls, and on a mismatch it hangs until the test times out (vitest 4.1.12).
    await expect(view).toMatchScreenshot(`${base}-${k + 1}of${count}`, TOLERANCE);
  }
}

const shotName = (name: ElementName, lang: string, scheme: string, width: Width) =>
  `${name}-${lang}-${scheme}-${width}`;

describe('screenshots', () => {
  for (const name of ELEMENT_NAMES)
    for (const lang of LANGS)
      for (const scheme of SCHEMES)
        for (const width of Object.keys(WIDTHS) as Width[])
          it(`<cchc-${name}> ${lang}, ${scheme}, ${width} (${WIDTHS[width]} px)`, async () => {
            const { view, frame } = await stage(name, width, lang, scheme);
            await matchStrips(view, frame, shotName(name, lang, scheme, width));
          });
});

describe('the screenshot comparison', () => {
  const updating = server.config.snapshotOptions.updateSnapshot === 'all';
  const reference = `${shotName('survey', 'vi', 'light', 'phone')}-1of1`;

  // Never under --update: there the matcher would overwrite the baseline with the altered picture.
  it.skipIf(updating)(
    'fails when a colour changes (the primary colour of the Next button)',
    async () => {
      // The baseline must exist already: written by the test above, never by this one.
      await commands.readFile(
        `test/browser/__screenshots__/screenshots.test.ts/${reference}-chromium-linux.png`,
      );
      const { el, view } = await stage('survey', 'phone', 'vi', 'light');
      view.style.height = `${Math.ceil(view.getBoundingClientRect().height)}px`;
      el.style.setProperty('--cchc-color-primary', '#0b5394');
      await nextFrame();
      await expect(expect(view).toMatchScreenshot(reference, TOLERANCE)).rejects.toThrow(
        /does not match the stored reference/,
      );
      // The matcher leaves the altered picture and the diff in .vitest-attachments/ (git-ignored) for review.
    },
  );
});
