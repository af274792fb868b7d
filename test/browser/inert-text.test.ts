// Data is text, never markup: instrument, rule-pack, criteria-set and unit-name text full of markup, `javascript:`
// URLs, a right-to-left override (U+202E) and zero-width characters renders verbatim and inert in <cchc-survey>,
// <cchc-checklist> and <cchc-scorecard> (real Chromium). The elements' own tests check <script> and <img onerror> in a
// few fields each; this one poisons every bilingual text of each input, adds the URL, RTL and zero-width cases,
// checks every shadow root for executable markup and watches alert/confirm/prompt/open.
import {
  type CriteriaSetInput,
  type DossierInput,
  getCriteriaSet,
  getInstrument,
  getRulePack,
  type InstrumentInput,
  parSensitivity,
  type RulePackInput,
  scorePar,
} from '@cchc/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

// Registers the three tags. Imported dynamically: the test tsconfig maps `@cchc/elements` but not its `define` entry
// (the vitest alias resolves it to packages/elements/src/define.ts).
await import('@cchc/elements/define' as string);

const PAYLOADS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  'javascript:alert(1)',
  '\u202Egnp.exe',
  'zero\u200Bwidth\u200C\u200Djoin\uFEFF',
] as const;
/** Every payload in one string, so one text node carries all of them. */
const HOSTILE = PAYLOADS.join(' ');
const JS_URL = 'javascript:alert(1)';

/** Replaces every `{ vi, en }` text of a (cloned) data object with the hostile string; returns how many it changed. */
function poison(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + poison(v), 0);
  const o = value as Record<string, unknown>;
  if (typeof o.vi === 'string' && typeof o.en === 'string') {
    o.vi = `${HOSTILE} (vi)`;
    o.en = `${HOSTILE} (en)`;
    return 1;
  }
  return Object.values(o).reduce((n: number, v) => n + poison(v), 0);
}

/** Sources and citations: hostile document, issuer, article and note, and a `javascript:` URL. */
function poisonSources(
  list: { document: string; issuer: string; url?: string; article?: string; note?: string }[],
) {
  for (const s of list) {
    s.document = HOSTILE;
    s.issuer = HOSTILE;
    s.url = JS_URL;
    if (s.article !== undefined) s.article = HOSTILE;
    if ('note' in s) s.note = HOSTILE;
  }
}

/** The element's shadow root and every shadow root inside it. */
function shadowRoots(el: Element): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  const visit = (root: ShadowRoot) => {
    out.push(root);
    for (const child of root.querySelectorAll('*')) if (child.shadowRoot) visit(child.shadowRoot);
  };
  if (el.shadowRoot) visit(el.shadowRoot);
  return out;
}

/** Asserts that no shadow root holds executable markup: no script, image, frame, handler attribute or script URL. */
function expectInert(el: Element): void {
  const roots = shadowRoots(el);
  expect(roots.length).toBeGreaterThan(0);
  for (const root of roots) {
    expect(
      root.querySelectorAll('script, img, iframe, frame, object, embed, base, meta').length,
    ).toBe(0);
    expect(root.querySelectorAll('a[href^="javascript" i], [src^="javascript" i]').length).toBe(0);
    for (const node of root.querySelectorAll('*')) {
      for (const attr of node.attributes) {
        expect(attr.name.startsWith('on'), `<${node.localName} ${attr.name}>`).toBe(false);
        expect(
          /^\s*javascript:/i.test(attr.value),
          `<${node.localName} ${attr.name}="${attr.value}">`,
        ).toBe(false);
      }
    }
    for (const a of root.querySelectorAll('a[href]'))
      expect(a.getAttribute('href')).toMatch(/^(https?:\/\/|#|\?)/);
  }
}

/** The text of the element's shadow roots. */
const shadowText = (el: Element) =>
  shadowRoots(el)
    .map((r) => r.textContent ?? '')
    .join('\n');

// Dialogs and popups the payloads would open; a control image (outside the elements) proves they are being watched.
const calls: string[] = [];
const saved = {
  alert: window.alert,
  confirm: window.confirm,
  prompt: window.prompt,
  open: window.open,
};
let lightDomScripts = 0;
beforeEach(() => {
  calls.length = 0;
  window.alert = (m?: unknown) => void calls.push(`alert:${String(m)}`);
  window.confirm = (m?: string) => {
    calls.push(`confirm:${m}`);
    return false;
  };
  window.prompt = (m?: string) => {
    calls.push(`prompt:${m}`);
    return null;
  };
  window.open = (u?: string | URL) => {
    calls.push(`open:${String(u)}`);
    return null;
  };
  lightDomScripts = document.querySelectorAll('script, img').length;
});
afterEach(() => {
  Object.assign(window, saved);
  for (const el of document.querySelectorAll(
    'cchc-survey, cchc-checklist, cchc-scorecard, .control',
  ))
    el.remove();
});

/** Waits until an injected control `<img onerror>` has fired (so would any the elements had let through). */
async function settle(): Promise<void> {
  const control = document.createElement('div');
  control.className = 'control';
  control.innerHTML = '<img src="/no-such-image.png" onerror="alert(\'control\')">';
  document.body.append(control);
  await expect.poll(() => calls.includes('alert:control'), { timeout: 5000 }).toBe(true);
  control.remove();
  await new Promise((r) => setTimeout(r, 50));
}

/** After everything settled: only the control fired, and nothing was added to the light DOM. */
function expectNothingFired(): void {
  expect(calls).toEqual(['alert:control']);
  expect(document.querySelectorAll('script, img').length).toBe(lightDomScripts);
}

describe('the watchers work', () => {
  it('see the control image’s alert', async () => {
    await settle();
    expectNothingFired();
  });
});

describe('<cchc-survey> with a hostile instrument and unit name', () => {
  it('renders every question, option, label, title and the unit name as inert, verbatim text', async () => {
    const instrument = structuredClone(getInstrument('commune-ubnd-example')) as InstrumentInput;
    expect(poison(instrument)).toBeGreaterThan(40);
    poisonSources(instrument.sources as never);
    const el = document.createElement('cchc-survey');
    el.instrument = instrument;
    el.mode = 'all';
    el.setAttribute('unit-code', 'KS-SB');
    el.setAttribute('unit-name', `UBND xã ${HOSTILE}`);
    el.setAttribute('service', 'chung-thuc');
    document.body.append(el);
    await el.updateComplete;
    for (const lang of ['vi', 'en'] as const) {
      el.lang = lang;
      await el.updateComplete;
      const root = el.shadowRoot!;
      expect(root.querySelector('[part=title]')!.textContent).toBe(`${HOSTILE} (${lang})`);
      expect(root.querySelectorAll('[part=question]').length).toBeGreaterThan(5);
      for (const label of root.querySelectorAll('[part=label]'))
        expect(label.textContent).toContain(`${HOSTILE} (${lang})`);
      // Option labels come from the instrument (the scale's "not applicable" and yes/no are the element's own).
      const poisoned = [...root.querySelectorAll('[part=choice]')].filter((c) =>
        c.textContent!.includes(`${HOSTILE} (${lang})`),
      );
      expect(poisoned.length).toBeGreaterThan(10);
      expect(shadowText(el)).toContain(`UBND xã ${HOSTILE}`);
      for (const p of PAYLOADS) expect(shadowText(el)).toContain(p);
      expectInert(el);
    }
    await settle();
    expectNothingFired();
  });
});

/** A dossier that misses several rules of khanhson-2017 (no apology after a supplement request, late result); its
 * id, unit code, procedure name, reason and note carry markup too. */
const dossier: DossierInput = {
  id: `SB-${PAYLOADS[1]}`,
  unitCode: `KS-${PAYLOADS[0]}`,
  procedure: { code: 'HT-05', name: HOSTILE, processingDays: 3 },
  channel: 'in-person',
  receivedAt: '2017-05-08T08:30',
  events: [
    { type: 'accepted', date: '2017-05-08T08:40', dueDate: '2017-05-11' },
    {
      type: 'supplement-requested',
      date: '2017-05-09T14:00',
      reason: HOSTILE,
      newDueDate: '2017-05-15',
    },
    { type: 'result-ready', date: '2017-05-17T10:00' },
    { type: 'returned', date: '2017-05-18T08:00', note: HOSTILE },
  ],
};

describe('<cchc-checklist> with a hostile rule pack', () => {
  it('renders titles, messages and citations as inert, verbatim text and links no javascript: URL', async () => {
    const pack = structuredClone(getRulePack('khanhson-2017')) as RulePackInput;
    expect(poison(pack)).toBeGreaterThan(20);
    poisonSources(pack.sources as never);
    for (const rule of pack.rules) {
      poisonSources(rule.citations as never);
      rule.messages = { missed: { vi: HOSTILE, en: HOSTILE }, met: { vi: HOSTILE, en: HOSTILE } };
    }
    // One citation with a real link, so the check below can tell that links are rendered at all.
    pack.rules[0]!.citations[0]!.url = 'https://vanban.chinhphu.vn/';
    const el = document.createElement('cchc-checklist');
    Object.assign(el, { pack, dossier });
    el.setAttribute('as-of', '2017-06-30');
    document.body.append(el);
    await el.updateComplete;
    for (const lang of ['vi', 'en'] as const) {
      el.lang = lang;
      await el.updateComplete;
      const root = el.shadowRoot!;
      for (const details of root.querySelectorAll('details')) details.open = true;
      await el.updateComplete;
      const titles = [...root.querySelectorAll('[part=title]')];
      expect(titles.length).toBeGreaterThan(5);
      for (const t of titles) expect(t.textContent).toBe(`${HOSTILE} (${lang})`);
      const messages = [...root.querySelectorAll('.message')];
      expect(messages.length).toBeGreaterThan(5);
      expect(messages.some((m) => m.textContent === HOSTILE)).toBe(true);
      for (const p of PAYLOADS) expect(shadowText(el)).toContain(p);
      expect(root.querySelectorAll('a[href="https://vanban.chinhphu.vn/"]').length).toBeGreaterThan(
        0,
      );
      expectInert(el);
    }
    await settle();
    expectNothingFired();
  });
});

describe('<cchc-scorecard> with a hostile criteria set and unit names', () => {
  const build = () => {
    const set = structuredClone(getCriteriaSet('example-commune-2017')) as CriteriaSetInput;
    expect(poison(set)).toBeGreaterThan(30);
    poisonSources(set.sources as never);
    set.bands.forEach((b, i) => {
      b.id = `b${i}"><img src=x onerror=alert(1)>`;
    });
    const walk = (c: { children?: unknown[]; source?: string }) => {
      c.source = HOSTILE;
      for (const k of c.children ?? []) walk(k as never);
    };
    for (const f of set.fields) walk(f as never);
    return set;
  };

  it('renders the ranking and one unit’s page as inert, verbatim text (SVG labels included)', async () => {
    const set = build();
    const base = getCriteriaSet('example-commune-2017');
    // Valid values for every leaf of the shipped set (same ids and methods as the poisoned copy).
    const value = (method: string, k: number): number | boolean =>
      method === 'boolean'
        ? k % 2 === 0
        : method === 'deduction'
          ? k
          : method === 'survey'
            ? 50 + 10 * k
            : method === 'manual'
              ? 0
              : 0.3 * k;
    const inputs = [0, 1, 2].map((k) => {
      const values: Record<string, number | boolean> = {};
      const walk = (c: (typeof base.fields)[number]) => {
        if (c.children) c.children.forEach(walk);
        else values[c.id] = value(c.method!.type, k);
      };
      base.fields.forEach(walk);
      return {
        unitCode: k === 2 ? `KS-"><img src=x onerror=alert(1)>` : `KS-${k}`,
        unitName: `${HOSTILE} #${k}`,
        values,
      };
    });
    const result = scorePar(set, inputs);
    const sensitivity = parSensitivity(set, inputs, { draws: 20, seed: 1, weightJitter: 0.2 });
    const series = [
      {
        unitCode: 'KS-0',
        year: 2017,
        entries: [
          { period: '2017-01', index: 60 },
          { period: '2017-02', index: 65 },
          { period: '2017-Q1', index: 70 },
        ],
      },
    ];
    for (const unitCode of [undefined, 'KS-0', inputs[2]!.unitCode]) {
      const el = document.createElement('cchc-scorecard');
      Object.assign(el, { result, sensitivity, series, criteriaSet: set });
      if (unitCode) el.setAttribute('unit-code', unitCode);
      document.body.append(el);
      await el.updateComplete;
      for (const lang of ['vi', 'en'] as const) {
        el.lang = lang;
        await el.updateComplete;
        const text = shadowText(el);
        const shown = unitCode === undefined ? [0, 1, 2] : [unitCode === 'KS-0' ? 0 : 2];
        for (const k of shown) expect(text).toContain(`${HOSTILE} #${k}`);
        for (const p of PAYLOADS) expect(text).toContain(p);
        if (unitCode !== undefined) expect(text).toContain(`${HOSTILE} (${lang})`); // criteria titles
        // The unit names are also SVG <text> labels (rank-interval chart); the unit page draws a trend chart.
        expect(el.shadowRoot!.querySelectorAll('svg text').length).toBeGreaterThan(0);
        if (unitCode === undefined)
          expect(
            [...el.shadowRoot!.querySelectorAll('svg text')].some((t) =>
              t.textContent!.includes(HOSTILE),
            ),
          ).toBe(true);
        expectInert(el);
      }
      el.remove();
    }
    await settle();
    expectNothingFired();
  });
});
