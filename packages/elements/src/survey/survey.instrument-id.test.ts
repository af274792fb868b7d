// `instrument-id` loads a shipped instrument on demand (core's loadInstrument): "loading" until it arrives, never a
// stale instrument after a quick switch, the bilingual error for an unknown id, and the form and draft behaviour of
// an instrument that is there at once. Each load can be held at a gate, so the order in which loads finish is the
// test's choice, not the network's; what passes the gate is the real loadInstrument.
import * as core from '@cchc/core';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type CchcStorage, memoryStorage } from '../shared/storage.js';
import { $, choice, mountSurvey } from './internal/fixtures.js';
import type { CchcSurvey } from './survey.js';

const gate = vi.hoisted(() => {
  const held = new Map<string, Promise<void>>();
  return {
    /** The ids asked for, in order. */
    calls: [] as string[],
    /** Holds the loads of `id` until the returned function is called. */
    hold(id: string): () => void {
      let release = () => {};
      held.set(id, new Promise<void>((r) => (release = r)));
      return () => {
        held.delete(id);
        release();
      };
    },
    pass: (id: string) => held.get(id),
  };
});

vi.mock('@cchc/core', async (importOriginal) => {
  const real = await importOriginal<typeof import('@cchc/core')>();
  return {
    ...real,
    loadInstrument: async (id: string) => {
      gate.calls.push(id);
      await gate.pass(id);
      return real.loadInstrument(id);
    },
  };
});

beforeAll(() => document.documentElement.removeAttribute('lang'));
afterEach(() => {
  document.body.replaceChildren();
});

const LOADING = 'Đang tải phiếu khảo sát…';
const titleOf = async (id: string) => (await core.loadInstrument(id)).title.vi;

/** What the element shows: its title, its loading line, its alert or its "no instrument" line. */
const shown = (el: CchcSurvey) =>
  el.shadowRoot?.querySelector('[part=title], [part=error-summary], p.help')?.textContent?.trim() ??
  '';

/** Every state the element shows, as it renders it. */
function recordStates(el: CchcSurvey): string[] {
  const states: string[] = [];
  const note = () => {
    const now = shown(el);
    if (states.at(-1) !== now) states.push(now);
  };
  new MutationObserver(note).observe(el.shadowRoot!, {
    subtree: true,
    childList: true,
    characterData: true,
  });
  return states;
}

/** Appends a survey whose load is held, once it shows "loading". */
async function mountHeld(
  attrs: Record<string, string>,
  storage: CchcStorage = memoryStorage(),
  parent: HTMLElement = document.body,
) {
  const el = document.createElement('cchc-survey');
  el.storage = storage;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  parent.append(el);
  await expect.poll(() => shown(el)).toBe(LOADING);
  return el;
}

describe('<cchc-survey instrument-id>', () => {
  it('shows "loading", then the instrument named by instrument-id', async () => {
    const release = gate.hold('commune-ubnd-example');
    const el = await mountHeld({ 'instrument-id': 'commune-ubnd-example', 'unit-code': 'U1' });
    expect(el.shadowRoot!.querySelector('[part=question]')).toBeNull();
    release();
    await el.updateComplete;
    expect(shown(el)).toBe(await titleOf('commune-ubnd-example'));
    expect(el.shadowRoot!.querySelectorAll('[part=question]').length).toBeGreaterThan(0);
  });

  it('ends on the last instrument-id when an earlier load finishes later, showing no other instrument', async () => {
    const storage = memoryStorage();
    // A draft of the last instrument, to be restored once it has loaded.
    const draft = { key: 'k-draft', answers: { 'E1.1': 2 }, page: 0 };
    storage.setItem('cchc-survey:draft:sipas-2017:U1', JSON.stringify(draft));
    const releaseFirst = gate.hold('health-station-example');
    const releaseSecond = gate.hold('commune-ubnd-example');
    const el = await mountHeld(
      { 'instrument-id': 'health-station-example', 'unit-code': 'U1' },
      storage,
    );
    const states = recordStates(el);
    el.setAttribute('instrument-id', 'commune-ubnd-example');
    await expect.poll(() => gate.calls.at(-1)).toBe('commune-ubnd-example');
    el.setAttribute('instrument-id', 'sipas-2017');
    await el.updateComplete;
    // The earlier loads finish last, the first one last of all.
    releaseSecond();
    releaseFirst();
    await core.loadInstrument('health-station-example');
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;

    const last = await titleOf('sipas-2017');
    expect(shown(el)).toBe(last);
    expect(states.filter((s) => s !== LOADING)).toEqual([last]);
    expect(el.idempotencyKey).toBe('k-draft');
    expect(choice(el, 0, '2.').checked).toBe(true);
    expect($(el, '[part=draft]').textContent).toContain('Đã khôi phục bản nháp');
  });

  it('shows the bilingual error for an unknown id, naming the shipped ones', async () => {
    const el = await mountSurvey({ 'instrument-id': 'sipas-1999', 'unit-code': 'U1' });
    const alert = $(el, '[part=error-summary]');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('Phiếu khảo sát không hợp lệ');
    expect(alert.textContent).toContain(
      'không có bộ phiếu "sipas-1999"; các bộ phiếu có sẵn: sipas-2017, commune-ubnd-example, health-station-example',
    );
    el.lang = 'en';
    await el.updateComplete;
    expect($(el, '[part=error-summary]').textContent).toContain(
      'no instrument "sipas-1999"; shipped instruments: sipas-2017',
    );
  });

  it('finishes loading after being moved in the page while loading', async () => {
    const release = gate.hold('commune-ubnd-example');
    const el = await mountHeld({ 'instrument-id': 'commune-ubnd-example', 'unit-code': 'U1' });
    const box = document.createElement('div');
    document.body.append(box);
    box.append(el); // disconnected, then connected again
    release();
    await el.updateComplete;
    expect(shown(el)).toBe(await titleOf('commune-ubnd-example'));
  });
});

describe('<cchc-survey instrument-id> in a <form>', () => {
  it('keeps the form from submitting while loading, and applies a state the browser restored meanwhile', async () => {
    const form = document.createElement('form');
    document.body.append(form);
    const release = gate.hold('sipas-2017');
    const el = await mountHeld(
      { name: 'survey', 'instrument-id': 'sipas-2017', 'unit-code': 'U1' },
      memoryStorage(),
      form,
    );
    expect(form.checkValidity()).toBe(false);
    expect(el.internals!.validationMessage).toBe(LOADING);
    expect(el.matches(':state(invalid)')).toBe(true);
    el.formStateRestoreCallback(
      JSON.stringify({ key: 'k-restored', answers: { 'E1.1': 5 }, page: 0 }),
    );
    release();
    await el.updateComplete;
    expect(el.idempotencyKey).toBe('k-restored');
    expect(choice(el, 0, '5.').checked).toBe(true);
    expect(el.internals!.validationMessage).toBe('Phiếu khảo sát còn câu bắt buộc chưa trả lời.');
    expect(JSON.parse(String(new FormData(form).get('survey'))).answers).toEqual({ 'E1.1': 5 });
  });
});
