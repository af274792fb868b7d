import { getRulePack, type RulePackInput } from '@cchc/core';
import axe from 'axe-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { CchcChecklistChangeEvent } from './checklist-change-event.js';
import {
  $,
  inspectionLog,
  mountChecklist,
  row,
  supplementDossier,
  turnedBackDossier,
} from './internal/fixtures.js';
import { todayInVietnam } from './internal/rows.js';

async function violations(el: Element) {
  const result = await axe.run(el);
  return result.violations.map((v) => ({
    id: v.id,
    nodes: v.nodes.map((n) => n.target.join(' ')),
  }));
}

const khanhSon = { 'pack-id': 'khanhson-2017', 'as-of': '2017-06-30' };

// The test page says lang="en"; the element must default to Vietnamese when nothing says otherwise.
beforeAll(() => document.documentElement.removeAttribute('lang'));

afterEach(() => {
  document.body.replaceChildren();
});

describe('<cchc-checklist> accessibility (axe-core)', () => {
  it('has no violations in Vietnamese, with a citation open', async () => {
    const el = await mountChecklist(khanhSon, { dossier: supplementDossier });
    $(row(el, 'notice.supplement-apology'), 'details');
    row(el, 'notice.supplement-apology').querySelector('details')!.open = true;
    expect(await violations(el)).toEqual([]);
  });

  it('has no violations in English, with inspections and the only-missed filter', async () => {
    const el = await mountChecklist(
      { ...khanhSon, lang: 'en', filter: 'missed' },
      {
        dossier: turnedBackDossier,
        inspections: inspectionLog,
        period: { from: '2017-05-08', to: '2017-05-21' },
      },
    );
    expect($(el, '[part=summary]').textContent).toContain('obligations met');
    expect(await violations(el)).toEqual([]);
  });

  it('has no violations while showing a bilingual error', async () => {
    const el = await mountChecklist(khanhSon, {
      dossier: { ...supplementDossier, channel: 'fax' },
    });
    expect($(el, '[role=alert]').textContent).toContain('channel');
    expect(await violations(el)).toEqual([]);
  });

  it('gives checkboxes, radios and disclosure toggles touch targets of at least 44 px', async () => {
    const el = await mountChecklist(khanhSon, { dossier: supplementDossier });
    const targets = el.shadowRoot!.querySelectorAll<HTMLElement>('label.choice, summary');
    expect(targets.length).toBeGreaterThan(5);
    for (const t of targets)
      expect(Math.round(t.getBoundingClientRect().height)).toBeGreaterThanOrEqual(44);
  });
});

describe('<cchc-checklist> with a Khánh Sơn dossier', () => {
  it('shows the supplement request without apology as missed, with its citation (letter 112/UBND-NV, mục 4)', async () => {
    const el = await mountChecklist(khanhSon, { dossier: supplementDossier });
    const r = row(el, 'notice.supplement-apology');
    expect(r.dataset.status).toBe('missed');
    expect($(r, '[part=status]').textContent).toContain('Không đạt');
    expect($(r, '[part=status] .icon').textContent).toBe('✗');
    const details = $<HTMLDetailsElement>(r, 'details[part=citation]');
    expect(details.open).toBe(false);
    expect(details.textContent).toContain('112/UBND-NV');
    expect(details.textContent).toContain('mục 4');
    expect(details.textContent).toContain('UBND huyện Khánh Sơn');
    expect(details.textContent).toContain('10/04/2017');
    // The reason: one supplement request without an apology, tested against "= 0".
    expect($(r, '[part=because]').textContent).toContain(
      'Số yêu cầu bổ sung không kèm lời xin lỗi: 1',
    );
    // Dates in dd/mm/yyyy: the supplement notice was due 3 working days after acceptance on 8/5 → 11/5.
    expect($(row(el, 'notice.supplement-request'), '[part=dates]').textContent).toContain(
      '11/05/2017',
    );
    expect($(row(el, 'notice.supplement-request'), '[part=dates]').textContent).toContain(
      '09/05/2017',
    );
  });

  it('re-evaluates when "apology issued" is ticked: the row turns met and cchc-change carries the findings', async () => {
    const el = await mountChecklist(khanhSon, { dossier: supplementDossier });
    const before = $(el, '[part=summary]').textContent!;
    const events: CchcChecklistChangeEvent[] = [];
    document.body.addEventListener('cchc-change', (e) => events.push(e));
    const box = $<HTMLInputElement>(row(el, 'notice.supplement-apology'), 'input[type=checkbox]');
    expect(box.closest('label')!.textContent).toContain('xin lỗi');
    await userEvent.click(box);
    await el.updateComplete;
    expect(row(el, 'notice.supplement-apology').dataset.status).toBe('met');
    expect(events).toHaveLength(1);
    const detail = events[0]!.detail;
    expect(detail.findings.find((f) => f.ruleId === 'notice.supplement-apology')!.status).toBe(
      'met',
    );
    expect(detail.dossier!.events.filter((e) => e.type === 'apology-issued')).toHaveLength(1);
    expect(detail.dossier!.events[4]).toMatchObject({
      type: 'apology-issued',
      date: '2017-05-09T14:00',
    });
    expect(supplementDossier.events).toHaveLength(8); // the input is not changed
    const [met, total] = before.split(' ')[0]!.split('/').map(Number) as [number, number];
    expect($(el, '[part=summary]').textContent).toContain(`${met + 1}/${total}`);
    expect($(el, '[role=status]').textContent).toContain('Đã đánh giá lại');
    expect($(el, '[role=status]').textContent).toContain('Đạt');
    // Unticking restores the missed status.
    await userEvent.click(box);
    await el.updateComplete;
    expect(row(el, 'notice.supplement-apology').dataset.status).toBe('missed');
    expect(events).toHaveLength(2);
  });

  it('is usable with the keyboard only: Tab to the checkbox, Space ticks, Enter and Space open the citation', async () => {
    const el = await mountChecklist(khanhSon, { dossier: supplementDossier });
    const box = $<HTMLInputElement>(row(el, 'notice.supplement-apology'), 'input[type=checkbox]');
    const focused = () => el.shadowRoot!.activeElement;
    for (let i = 0; i < 40 && focused() !== box; i++) await userEvent.keyboard('{Tab}');
    expect(focused()).toBe(box);
    await userEvent.keyboard(' ');
    await el.updateComplete;
    expect(box.checked).toBe(true);
    expect(row(el, 'notice.supplement-apology').dataset.status).toBe('met');
    await userEvent.keyboard('{Tab}');
    const summary = $(row(el, 'notice.supplement-apology'), 'summary');
    expect(focused()).toBe(summary);
    await userEvent.keyboard('{Enter}');
    expect(summary.parentElement).toHaveProperty('open', true);
    await userEvent.keyboard(' ');
    expect(summary.parentElement).toHaveProperty('open', false);
    await userEvent.keyboard(' ');
    expect(summary.parentElement).toHaveProperty('open', true);
  });

  it('switches to English with lang="en": ISO dates, English statuses and manual items', async () => {
    const el = await mountChecklist({ ...khanhSon, lang: 'en' }, { dossier: supplementDossier });
    const r = row(el, 'notice.supplement-apology');
    expect($(r, '[part=status]').textContent).toContain('Missed');
    expect($(r, 'label').textContent).toContain('apology');
    expect($(row(el, 'notice.supplement-request'), '[part=dates]').textContent).toContain(
      'Due: 2017-05-11',
    );
    el.lang = 'vi';
    await el.updateComplete;
    expect($(r, '[part=status]').textContent).toContain('Không đạt');
  });

  it('filters to the missed rows only, by attribute and by the radio group', async () => {
    const el = await mountChecklist(khanhSon, { dossier: turnedBackDossier });
    const statuses = () =>
      [...el.shadowRoot!.querySelectorAll<HTMLElement>('li.row')].map((r) => r.dataset.status);
    expect(statuses()).toContain('not-applicable');
    await userEvent.click($(el, 'input[type=radio][value=missed]'));
    await el.updateComplete;
    expect(el.getAttribute('filter')).toBe('missed');
    expect(statuses().length).toBeGreaterThan(0);
    expect(new Set(statuses())).toEqual(new Set(['missed']));
    el.setAttribute('filter', 'all');
    await el.updateComplete;
    expect(statuses()).toContain('not-applicable');
  });

  it('keeps a ticked row (and the focus) under the only-missed filter until the filter changes', async () => {
    const el = await mountChecklist(
      { ...khanhSon, filter: 'missed' },
      { dossier: supplementDossier },
    );
    const box = $<HTMLInputElement>(row(el, 'notice.supplement-apology'), 'input[type=checkbox]');
    box.focus();
    await userEvent.keyboard(' ');
    await el.updateComplete;
    expect(row(el, 'notice.supplement-apology').dataset.status).toBe('met');
    expect(el.shadowRoot!.activeElement).toBe(box);
    el.filter = 'all';
    await el.updateComplete;
    el.filter = 'missed';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('li[data-rule="notice.supplement-apology"]')).toBeNull();
  });

  it('ticks a guidance slip and a refusal legal basis for a dossier turned back at reception', async () => {
    const el = await mountChecklist(khanhSon, { dossier: turnedBackDossier });
    expect(row(el, 'notice.guidance-slip').dataset.status).toBe('missed');
    expect(row(el, 'notice.refusal-legal-basis').dataset.status).toBe('missed');
    await userEvent.click($(row(el, 'notice.guidance-slip'), 'input[type=checkbox]'));
    await userEvent.click($(row(el, 'notice.refusal-legal-basis'), 'input[type=checkbox]'));
    await el.updateComplete;
    expect(row(el, 'notice.guidance-slip').dataset.status).toBe('met');
    expect(row(el, 'notice.refusal-legal-basis').dataset.status).toBe('met');
  });
});

describe('<cchc-checklist> with an inspection log', () => {
  it('shows each ISO week and the unhandled violation; ticking "handled" re-evaluates', async () => {
    const el = await mountChecklist(khanhSon, {
      inspections: inspectionLog,
      period: { from: '2017-05-08', to: '2017-05-21' },
    });
    const weeks = [
      ...el.shadowRoot!.querySelectorAll<HTMLElement>('li[data-rule="inspection.weekly"]'),
    ];
    expect(weeks.map((w) => w.dataset.status)).toEqual(['met', 'missed']);
    expect(weeks[1]!.textContent).toContain('2017-W20');
    const handled = row(el, 'inspection.violation-handled');
    expect(handled.dataset.status).toBe('missed');
    let detail: CchcChecklistChangeEvent['detail'] | undefined;
    el.addEventListener('cchc-change', (e) => {
      detail = e.detail;
    });
    await userEvent.click($(handled, 'input[type=checkbox]'));
    await el.updateComplete;
    expect(row(el, 'inspection.violation-handled').dataset.status).toBe('met');
    expect(detail!.inspections![0]!.handledOn).toBe('2017-05-10');
    expect(detail!.dossier).toBeUndefined();
  });
});

describe('<cchc-checklist> inputs', () => {
  it('renders hostile pack text inert (script and attribute-breaking markup stay text; no javascript: link)', async () => {
    const pack = structuredClone(getRulePack('khanhson-2017')) as RulePackInput & {
      rules: { id: string }[];
    };
    const rule = pack.rules.find((r) => r.id === 'notice.supplement-apology') as unknown as {
      title: { vi: string; en: string };
      citations: { document: string; url?: string; issuer: string }[];
    };
    rule.title = { vi: '<script>window.__cchcPwned = 1</script>', en: 'x' };
    rule.citations[0]!.document = '"><img src=x onerror="window.__cchcPwned = 2">';
    rule.citations[0]!.issuer = '<b onmouseover=alert(1)>UBND</b>';
    rule.citations[0]!.url = 'javascript:window.__cchcPwned = 3';
    const el = await mountChecklist(
      { 'as-of': '2017-06-30' },
      { pack, dossier: supplementDossier },
    );
    const r = row(el, 'notice.supplement-apology');
    r.querySelector('details')!.open = true;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.shadowRoot!.querySelectorAll('script, img, b').length).toBe(0);
    expect(r.querySelector('a')).toBeNull();
    expect($(r, '[part=title]').textContent).toBe('<script>window.__cchcPwned = 1</script>');
    expect($(r, 'details').textContent).toContain('"><img src=x onerror=');
    expect((window as { __cchcPwned?: number }).__cchcPwned).toBeUndefined();
  });

  it('loads its inputs from a JSON src and reports a failed load in both languages', async () => {
    const doc = { packId: 'khanhson-2017', asOf: '2017-06-30', dossier: supplementDossier };
    const url = URL.createObjectURL(new Blob([JSON.stringify(doc)], { type: 'application/json' }));
    const el = await mountChecklist({ src: url });
    await expect
      .poll(() => el.shadowRoot!.querySelector('li[data-rule="notice.supplement-apology"]'))
      .not.toBeNull();
    expect(row(el, 'notice.supplement-apology').dataset.status).toBe('missed');
    el.src = '/no/such/checklist.json';
    await expect
      .poll(() => el.shadowRoot!.querySelector('[role=alert]')?.textContent ?? '')
      .toContain('Không tải được');
    el.lang = 'en';
    await el.updateComplete;
    expect($(el, '[role=alert]').textContent).toContain('Could not load');
    URL.revokeObjectURL(url);
  });

  it('picks the regime in force on the dossier date when no pack is given (regimeFor, loaded on demand)', async () => {
    const el = await mountChecklist({ 'as-of': '2017-06-30' }, { dossier: supplementDossier });
    expect($(el, '[part=meta]').textContent).toContain('2015');
    // The national 2015 pack has no Khánh Sơn apology duty.
    expect(el.shadowRoot!.querySelector('li[data-rule="notice.supplement-apology"]')).toBeNull();
    expect(el.findings.length).toBeGreaterThan(0);
  });

  it('names the field of an invalid dossier in its error, in Vietnamese', async () => {
    const bad = { ...supplementDossier, events: [...supplementDossier.events].reverse() };
    const el = await mountChecklist(khanhSon, { dossier: bad });
    const alert = $(el, '[role=alert]');
    expect(alert.textContent).toContain('events[');
    expect(alert.textContent).toContain('Không kiểm tra được');
    expect(el.findings).toEqual([]);
  });

  it('defaults as-of to the date in Asia/Ho_Chi_Minh (UTC+7)', () => {
    // 18:00 UTC on 8/5/2017 is 01:00 on 9/5/2017 in Vietnam.
    expect(todayInVietnam(new Date('2017-05-08T18:00:00Z'))).toBe('2017-05-09');
    expect(todayInVietnam(new Date('2017-05-08T16:59:00Z'))).toBe('2017-05-08');
  });
});
