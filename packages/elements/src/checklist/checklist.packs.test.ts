// Shipped rule packs load on demand (core's loadRulePack, one chunk per pack): the element shows "loading" until the
// pack it needs is there, never the rows or error of another input; a load started for an older input never
// overwrites a newer one. loadRulePack is wrapped so that a test can hold a pack's load open (or make it fail) and
// decide the order in which loads finish.
//
// The element keeps the packs it has loaded for the life of the page, so the tests below ask for packs in an order:
// each test that watches a first load uses a pack no earlier test has loaded.
import * as core from '@cchc/core';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CchcChecklist } from './checklist.js';
import { $, mountChecklist, row, supplementDossier } from './internal/fixtures.js';

const control = vi.hoisted(() => ({
  gates: new Map<string, Promise<void>>(),
  failing: new Set<string>(),
}));

vi.mock('@cchc/core', async (importOriginal) => {
  const original = await importOriginal<typeof import('@cchc/core')>();
  return {
    ...original,
    loadRulePack: vi.fn(async (id: string) => {
      await control.gates.get(id);
      if (control.failing.has(id))
        throw new TypeError(`Failed to fetch dynamically imported module: ${id}.js`);
      return original.loadRulePack(id);
    }),
  };
});

const loadRulePack = vi.mocked(core.loadRulePack);

/** Holds the loads of a pack until the returned function is called. */
function hold(id: string): () => Promise<void> {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  control.gates.set(id, gate);
  return async () => {
    control.gates.delete(id);
    open();
    // Let the loads of this pack finish, and the element apply (or drop) them.
    await Promise.allSettled(
      loadRulePack.mock.results
        .filter((_, i) => loadRulePack.mock.calls[i]?.[0] === id)
        .map((r) => r.value),
    );
  };
}

/** Adds a checklist without waiting for its pack (mountChecklist would: updateComplete includes the pack load). */
async function addChecklist(attrs: Record<string, string>): Promise<CchcChecklist> {
  const el = document.createElement('cchc-checklist');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.dossier = supplementDossier;
  document.body.append(el);
  await new Promise((resolve) => setTimeout(resolve, 0)); // Lit has rendered; a held load is still pending
  return el;
}

const meta = (el: CchcChecklist) => $(el, '[part=meta]').textContent ?? '';
const rowIds = (el: CchcChecklist) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('li.row')].map((r) => r.dataset.rule);
const titleOf = (id: string) => core.getRulePack(id).title.vi;

beforeAll(() => document.documentElement.removeAttribute('lang'));
afterEach(() => {
  document.body.replaceChildren();
  control.gates.clear();
  control.failing.clear();
  loadRulePack.mockClear();
});

describe('<cchc-checklist> loads shipped packs on demand', () => {
  it('pack-id loads that pack only; "loading" until it is there, then its rows', async () => {
    const release = hold('vn-one-stop-2018');
    const el = await addChecklist({ 'pack-id': 'vn-one-stop-2018', 'as-of': '2018-12-31' });
    expect(meta(el)).toContain('Đang tải');
    expect(rowIds(el)).toEqual([]);
    expect(el.shadowRoot!.querySelector('[role=alert]')).toBeNull();
    expect(el.findings).toEqual([]);
    await release();
    await el.updateComplete;
    expect(loadRulePack.mock.calls).toEqual([['vn-one-stop-2018']]);
    expect(meta(el)).toContain(titleOf('vn-one-stop-2018'));
    const dossierRules = core
      .getRulePack('vn-one-stop-2018')
      .rules.filter((r) => r.subject === 'dossier')
      .map((r) => r.id);
    expect(new Set(rowIds(el))).toEqual(new Set(dossierRules));
    expect(el.findings.map((f) => f.ruleId).sort()).toEqual([...dossierRules].sort());
  });

  it('ends on the last pack-id when an older load finishes after a newer one', async () => {
    const release2025 = hold('vn-one-stop-2025');
    const releaseKhanhSon = hold('khanhson-2017');
    const el = await addChecklist({ 'pack-id': 'vn-one-stop-2025', 'as-of': '2017-06-30' });
    el.setAttribute('pack-id', 'khanhson-2017');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(meta(el)).toContain('Đang tải');
    await releaseKhanhSon();
    await el.updateComplete;
    expect(meta(el)).toContain(titleOf('khanhson-2017'));
    expect(row(el, 'notice.supplement-apology').dataset.status).toBe('missed');
    // The 2025 load, started first, finishes last: it must not replace Khánh Sơn's rows.
    await release2025();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(loadRulePack.mock.calls).toEqual([['vn-one-stop-2025'], ['khanhson-2017']]);
    expect(meta(el)).toContain(titleOf('khanhson-2017'));
    expect(meta(el)).not.toContain(titleOf('vn-one-stop-2025'));
    expect(row(el, 'notice.supplement-apology').dataset.status).toBe('missed');
    expect(el.findings.some((f) => f.ruleId === 'notice.supplement-apology')).toBe(true);
  });

  it('shows an unknown pack-id as a bilingual error naming the shipped packs; a good id clears it', async () => {
    const el = await mountChecklist(
      { 'pack-id': 'vn-one-stop-2099', 'as-of': '2017-06-30' },
      { dossier: supplementDossier },
    );
    const alert = () => $(el, '[role=alert]').textContent ?? '';
    expect(alert()).toContain('Không kiểm tra được');
    expect(alert()).toContain('không có bộ quy tắc "vn-one-stop-2099"');
    expect(alert()).toContain('khanhson-2017');
    expect(el.findings).toEqual([]);
    el.lang = 'en';
    await el.updateComplete;
    expect(alert()).toContain('no rule pack "vn-one-stop-2099"');
    el.setAttribute('pack-id', 'khanhson-2017');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role=alert]')).toBeNull();
    expect(row(el, 'notice.supplement-apology').dataset.status).toBe('missed');
  });

  it('shows a pack that cannot be fetched as a bilingual load error, and loads it on the next input', async () => {
    control.failing.add('vn-one-stop-2015');
    const el = await mountChecklist(
      { 'pack-id': 'vn-one-stop-2015', 'as-of': '2017-06-30' },
      { dossier: supplementDossier },
    );
    expect($(el, '[role=alert]').textContent).toContain(
      'Không tải được bộ quy tắc "vn-one-stop-2015"',
    );
    el.lang = 'en';
    await el.updateComplete;
    expect($(el, '[role=alert]').textContent).toContain(
      'Could not load rule pack "vn-one-stop-2015"',
    );
    control.failing.clear();
    el.setAttribute('as-of', '2017-07-01');
    await el.updateComplete;
    expect(meta(el)).toContain(core.getRulePack('vn-one-stop-2015').title.en);
  });

  it('without a pack, loads the regime in force on the day the dossier was received', async () => {
    const on = (receivedAt: string) =>
      mountChecklist(
        { 'as-of': '2018-12-31' },
        {
          dossier: {
            ...supplementDossier,
            receivedAt,
            events: [{ type: 'submitted', date: receivedAt }],
          },
        },
      );
    // Decree 61/2018/NĐ-CP is in force from 21/6/2018; Decision 09/2015 until the day before.
    expect(meta(await on('2018-06-20T16:00'))).toContain(titleOf('vn-one-stop-2015'));
    expect(meta(await on('2018-06-21T08:00'))).toContain(titleOf('vn-one-stop-2018'));
  });

  it('re-renders at once, without "loading" or another fetch, when a dossier changes under a loaded pack', async () => {
    await mountChecklist(
      { 'pack-id': 'khanhson-2017', 'as-of': '2017-06-30' },
      { dossier: supplementDossier },
    );
    document.body.replaceChildren();
    loadRulePack.mockClear();
    hold('khanhson-2017'); // a new load would stay pending, and the rows would not appear
    const el = await addChecklist({ 'pack-id': 'khanhson-2017', 'as-of': '2017-06-30' });
    expect(row(el, 'notice.supplement-apology').dataset.status).toBe('missed');
    el.dossier = {
      ...supplementDossier,
      events: supplementDossier.events.filter((e) => e.type !== 'citizen-notified'),
    };
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(row(el, 'notice.early-result').dataset.status).toBe('missed');
    expect(meta(el)).toContain(titleOf('khanhson-2017'));
    expect(loadRulePack).not.toHaveBeenCalled();
  });
});
