// Fixtures of the page-level browser tests (hostile CSS, theming, screenshots): the three elements mounted with
// fixed, synthetic data — no date from the clock (the checklist gets `as-of`), seeded sensitivity draws.
import {
  getCriteriaSet,
  type ParUnitInput,
  parSensitivity,
  type SelfAssessmentSeries,
  scorePar,
} from '@cchc/core';
import type { CchcChecklist, CchcScorecard, CchcSurvey } from '@cchc/elements';
import '../../packages/elements/src/define.js';
import { commands } from 'vitest/browser';
import { supplementDossier } from '../../packages/elements/src/checklist/internal/fixtures.js';
import { partialValues } from '../../packages/elements/src/scorecard/internal/fixtures.js';
import { memoryStorage } from '../../packages/elements/src/shared/storage.js';

export type ElementName = 'survey' | 'checklist' | 'scorecard';
export const ELEMENT_NAMES: readonly ElementName[] = ['survey', 'checklist', 'scorecard'];

// Four communes that differ in their SIPAS index (criterion 7.1) only, as in the scorecard's own tests.
const set = getCriteriaSet('example-commune-2017');
const base = partialValues;
const commune = (unitCode: string, unitName: string, sipas: number): ParUnitInput => ({
  unitCode,
  unitName,
  values: { ...base, '7.1': sipas },
});
const inputs = [
  commune('KS-SB', 'Xã Sơn Bình', 85),
  commune('KS-TS', 'Xã Thành Sơn', 65),
  commune('KS-TH', 'Thị trấn Tô Hạp', 95),
  commune('KS-BCB', 'Xã Ba Cụm Bắc', 75),
];
const series: SelfAssessmentSeries[] = [
  {
    unitCode: 'KS-SB',
    year: 2017,
    entries: [
      { period: '2017-01', index: 62 },
      { period: '2017-02', index: 65 },
      { period: '2017-03', index: 66 },
      { period: '2017-Q1', index: 67 },
      { period: '2017-04', index: 70 },
      { period: '2017-05', index: 71 },
    ],
  },
];
let scorecardData: Partial<CchcScorecard> | undefined;
/** The scorecard's data, computed once (scorePar + 200 seeded sensitivity draws). */
function scorecardProps(): Partial<CchcScorecard> {
  scorecardData ??= {
    criteriaSet: set,
    result: scorePar(set, inputs, {
      previous: [
        { unitCode: 'KS-SB', index: 70, rank: 3 },
        { unitCode: 'KS-TH', index: 80, rank: 1 },
      ],
    }),
    sensitivity: parSensitivity(set, inputs, {
      draws: 200,
      seed: 7,
      weightJitter: 0.25,
      surveyUncertainty: 6,
    }),
    series,
  };
  return scorecardData;
}

/** Attributes and properties of each element in its fixture state. */
function configure(name: ElementName, el: HTMLElement): void {
  if (name === 'survey') {
    const survey = el as CchcSurvey;
    survey.storage = memoryStorage(); // no draft from an earlier test
    el.setAttribute('instrument-id', 'sipas-2017');
    el.setAttribute('unit-code', 'KS-SB');
    el.setAttribute('unit-name', 'UBND xã Sơn Bình');
  } else if (name === 'checklist') {
    el.setAttribute('pack-id', 'khanhson-2017');
    el.setAttribute('as-of', '2017-06-30');
    (el as CchcChecklist).dossier = supplementDossier;
  } else {
    Object.assign(el as CchcScorecard, scorecardProps());
  }
}

/**
 * Creates `<cchc-{name}>` with its fixture data, applies `attrs` and `setup` (before it connects), appends it to
 * `parent` and waits for its first render.
 */
export async function mountElement<N extends ElementName>(
  name: N,
  parent: HTMLElement = document.body,
  attrs: Record<string, string> = {},
  setup?: (el: HTMLElementTagNameMap[`cchc-${N}`]) => void,
): Promise<HTMLElementTagNameMap[`cchc-${N}`]> {
  const el = document.createElement(`cchc-${name}`) as HTMLElementTagNameMap[`cchc-${N}`];
  configure(name, el);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  setup?.(el);
  parent.append(el);
  await el.updateComplete;
  return el;
}

/** Adds a stylesheet to the document head; returns it so the test can remove it. */
export function addStyle(cssText: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = cssText;
  document.head.append(style);
  return style;
}

/** Every element in a shadow root (not descending into nested shadow roots). */
export function shadowAll<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(selector)];
}

/** The shipped theme presets and the class each applies with (`undefined`: the built-in default, no preset). */
export const THEMES = {
  default: undefined,
  dark: 'cchc-dark',
  'high-contrast': 'cchc-high-contrast',
} as const;
export type ThemeName = keyof typeof THEMES;

/**
 * Adds a shipped preset (`packages/elements/themes/<name>.css`, read from disk as a portal would link it) to the page
 * and returns the class that applies it, or `undefined` for the default theme.
 */
export async function loadTheme(name: ThemeName): Promise<string | undefined> {
  if (name === 'default') return undefined;
  if (!document.head.querySelector(`style[data-theme="${name}"]`)) {
    const style = addStyle(await commands.readFile(`packages/elements/themes/${name}.css`));
    style.dataset.theme = name;
  }
  return THEMES[name];
}
