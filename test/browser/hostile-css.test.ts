// Embedding safety (issue 8, item 1): a CMS page with an aggressive global stylesheet must not break the elements,
// and the elements must not restyle the page. The only ways in are the documented ones: --cchc-* custom properties
// and ::part().
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { addStyle, ELEMENT_NAMES, type ElementName, mountElement, shadowAll } from './fixtures.js';

/** What old portal themes and CSS resets do, at their worst — plus attempts to reach inside without the documented API. */
const HOSTILE_CSS = `
  * {
    all: revert;
    font: 40px "Comic Sans MS", serif !important;
    color: red !important;
    background: yellow !important;
    display: inline !important;
    box-sizing: content-box;
    letter-spacing: 3px !important;
    line-height: 3 !important;
    text-transform: uppercase !important;
    text-decoration: line-through !important;
    text-shadow: 2px 2px lime !important;
    cursor: crosshair !important;
  }
  *::before, *::after { box-sizing: content-box; }
  button { display: none !important; }
  input, textarea, select { width: 1px !important; height: 1px !important; opacity: 0 !important; }
  [role] { display: none !important; }
  [part] { display: none !important; }
  [hidden] { display: block !important; }
  table, td, th { border: 5px solid red !important; }
  svg, svg * { display: none !important; fill: red !important; }
  :host { display: none !important; background: lime !important; }
  ::slotted(*) { display: none !important; }
  cchc-survey button, cchc-checklist li, cchc-scorecard table { display: none !important; }
  cchc-survey > *, cchc-checklist > *, cchc-scorecard > * { display: none !important; }
  cchc-survey::part(not-a-part), cchc-checklist::part(not-a-part) { display: none !important; }
  cchc-survey::part(base) button { display: none !important; }
  cchc-scorecard::part(table) td { display: none !important; }
`;

/** The properties a page's stylesheet could push into an element by inheritance, compared before and after. */
const TEXT_PROPERTIES = [
  'color',
  'background-color',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'letter-spacing',
  'text-transform',
  'text-decoration-line',
  'text-shadow',
  'white-space',
  'display',
  'visibility',
  'box-sizing',
  'cursor',
] as const;

/** The text-and-display style of every element of the shadow tree, keyed by its position. */
function shadowStyles(el: Element): string[] {
  return shadowAll(el, '*').map((node, i) => {
    const cs = getComputedStyle(node);
    const props = TEXT_PROPERTIES.map((p) => `${p}=${cs.getPropertyValue(p)}`).join('; ');
    return `${i} ${node.localName}${node.getAttribute('part') ? `[${node.getAttribute('part')}]` : ''}: ${props}`;
  });
}

/** Buttons, inputs and text areas of the shadow tree with their rendered box. */
function controls(el: Element) {
  return shadowAll(el, 'button, input, textarea, select, summary').map((node) => {
    const box = node.getBoundingClientRect();
    return { node, width: box.width, height: box.height, visible: node.checkVisibility() };
  });
}

/** The first visible control matching `selector`, or a failure naming it. */
function control(el: Element, selector: string): HTMLElement {
  const hit = shadowAll(el, selector).find((n) => n.checkVisibility());
  if (!hit) throw new Error(`no visible ${selector} in <${el.localName}>`);
  return hit;
}

/**
 * Mounts an element, reads its styles, then turns the hostile stylesheet on and lets the element re-render. The
 * element sits in a 600 px frame held by inline !important styles, so the width it is given stays the same and any
 * change in its layout is the stylesheet's doing.
 */
async function underHostileCss(name: ElementName) {
  const frame = document.createElement('div');
  frame.setAttribute(
    'style',
    'display: block !important; width: 600px !important; margin: 0 !important; padding: 0 !important; border: 0 !important',
  );
  document.body.append(frame);
  const el = await mountElement(name, frame);
  const before = shadowStyles(el);
  const sizesBefore = controls(el).map((c) => [c.width, c.height]);
  addStyle(HOSTILE_CSS);
  await el.updateComplete;
  return { el, before, sizesBefore };
}

afterEach(() => {
  document.body.replaceChildren();
  for (const style of document.head.querySelectorAll('style')) style.remove();
});

describe('under a hostile page stylesheet', () => {
  for (const name of ELEMENT_NAMES) {
    it(`<cchc-${name}> keeps its own font, colours and display in every shadow element`, async () => {
      const { el, before } = await underHostileCss(name);
      // Sanity: the stylesheet really is hostile to the page around the element.
      const probe = document.createElement('p');
      document.body.append(probe);
      expect(getComputedStyle(probe).color).toBe('rgb(255, 0, 0)');
      expect(getComputedStyle(probe).fontSize).toBe('40px');

      expect(shadowStyles(el)).toEqual(before);
      const host = getComputedStyle(el);
      expect(host.color).toBe('rgb(29, 29, 31)'); // --cchc-color-text default
      expect(host.backgroundColor).toBe('rgb(255, 255, 255)');
      expect(host.fontSize).toBe('16px'); // medium: not the page's 40px root size
      expect(host.fontFamily).toContain('system-ui');
    });

    it(`<cchc-${name}> renders its controls visible and at their own size`, async () => {
      const { el, sizesBefore } = await underHostileCss(name);
      const now = controls(el);
      expect(now.length).toBeGreaterThan(0);
      expect(now.map((c) => [c.width, c.height])).toEqual(sizesBefore);
      for (const c of now.filter((c) => c.node.localName === 'button'))
        expect({ visible: c.visible, tall: c.height >= 44 }).toEqual({ visible: true, tall: true });
      for (const c of now.filter((c) => c.node.localName === 'input'))
        expect(c.width).toBeGreaterThanOrEqual(16);
    });
  }

  it('<cchc-survey> still answers by click and moves to the next page', async () => {
    const { el } = await underHostileCss('survey');
    const first = control(el, '[part=choice] input');
    await userEvent.click(first);
    expect((first as HTMLInputElement).checked).toBe(true);
    const title = el.shadowRoot!.querySelector('.page-title')!.textContent;
    // Answer every required question on the page, then go on.
    for (const group of shadowAll(el, '[part=question]')) {
      const input = group.querySelector<HTMLInputElement>('input[type=radio]');
      if (input && !group.querySelector('input:checked')) await userEvent.click(input);
    }
    await userEvent.click(control(el, 'button[part=next]'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.page-title')!.textContent).not.toBe(title);
  });

  it('<cchc-checklist> still takes a manual tick', async () => {
    const { el } = await underHostileCss('checklist');
    let changes = 0;
    el.addEventListener('cchc-change', () => changes++);
    await userEvent.click(control(el, 'input[type=checkbox]'));
    await el.updateComplete;
    expect(changes).toBe(1);
  });

  it('<cchc-scorecard> still sorts the ranking by click', async () => {
    const { el } = await underHostileCss('scorecard');
    const sorts: string[] = [];
    el.addEventListener('cchc-sort', (e) => sorts.push(`${e.detail.key} ${e.detail.direction}`));
    await userEvent.click(control(el, '[part=sort-button][data-sort="name"]'));
    expect(sorts).toHaveLength(1);
    expect(el.shadowRoot!.querySelector('svg[part=chart]')!.checkVisibility()).toBe(true);
  });
});

describe('the elements do not restyle the page', () => {
  const PAGE_CSS = `
    body { font: 15px/1.4 Georgia, serif; color: rgb(20, 40, 60); }
    p { margin: 7px 0; }
    button { font: inherit; padding: 3px 9px; border: 1px solid rgb(9, 9, 9); background: rgb(240, 240, 240); }
  `;
  const LOOK = [
    'color',
    'background-color',
    'font-family',
    'font-size',
    'line-height',
    'margin-top',
    'padding-left',
    'border-top-width',
    'border-top-color',
    'min-height',
    'display',
    'box-sizing',
    'outline-style',
  ];
  const look = (node: Element) => LOOK.map((p) => getComputedStyle(node).getPropertyValue(p));

  it('leaves a sibling paragraph and button, the document’s style sheets and the light DOM as they were', async () => {
    addStyle(PAGE_CSS);
    const p = document.createElement('p');
    p.textContent = 'Trang của cổng thông tin';
    const button = document.createElement('button');
    button.textContent = 'Nút của trang';
    document.body.append(p, button);
    const before = { p: look(p), button: look(button) };
    const sheets = document.styleSheets.length;
    const adopted = document.adoptedStyleSheets.length;

    const mounted = [];
    for (const name of ELEMENT_NAMES) mounted.push(await mountElement(name));
    button.focus();

    expect({ p: look(p), button: look(button) }).toEqual(before);
    expect(document.styleSheets.length).toBe(sheets);
    expect(document.adoptedStyleSheets.length).toBe(adopted);
    for (const el of mounted) expect(el.children.length).toBe(0); // everything rendered stays in the shadow root
  });
});

describe('the documented theming API does reach inside', () => {
  it('--cchc-* on an ancestor and ::part() rules restyle the elements, even under the hostile stylesheet', async () => {
    addStyle(HOSTILE_CSS);
    addStyle(`
      cchc-survey::part(title) { text-transform: uppercase; letter-spacing: 2px; }
      cchc-checklist::part(summary) { color: rgb(0, 0, 128); }
      cchc-scorecard::part(table) { border: 3px solid rgb(0, 100, 0); }
    `);
    const themed = document.createElement('div');
    themed.style.setProperty('--cchc-color-primary', 'rgb(0, 90, 50)');
    themed.style.setProperty('--cchc-color-text', 'rgb(40, 40, 40)');
    themed.style.setProperty('--cchc-font-family', 'Georgia, serif');
    document.body.append(themed);
    const survey = await mountElement('survey', themed);
    const checklist = await mountElement('checklist', themed);
    const scorecard = await mountElement('scorecard', themed);

    const next = getComputedStyle(control(survey, 'button[part=next]'));
    expect(next.backgroundColor).toBe('rgb(0, 90, 50)');
    expect(next.fontFamily).toBe('Georgia, serif');
    expect(getComputedStyle(survey).color).toBe('rgb(40, 40, 40)');
    const title = getComputedStyle(control(survey, '[part=title]'));
    expect([title.textTransform, title.letterSpacing]).toEqual(['uppercase', '2px']);

    expect(getComputedStyle(control(checklist, '[part=summary]')).color).toBe('rgb(0, 0, 128)');
    expect(getComputedStyle(control(checklist, 'input[type=checkbox]')).accentColor).toBe(
      'rgb(0, 90, 50)',
    );

    expect(getComputedStyle(control(scorecard, '[part=unit-button]')).color).toBe('rgb(0, 90, 50)');
    const table = getComputedStyle(control(scorecard, '[part=table]'));
    expect([table.borderTopWidth, table.borderTopColor]).toEqual(['3px', 'rgb(0, 100, 0)']);
  });
});
