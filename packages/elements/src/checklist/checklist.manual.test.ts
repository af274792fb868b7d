// Manual items that need dates worked out: the late apology (dated on its deadline) and the early-result notice.
import type { DossierInput } from '@cchc/core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { CchcChecklistChangeEvent } from './checklist-change-event.js';
import { $, mountChecklist, row, supplementDossier } from './internal/fixtures.js';

beforeAll(() => document.documentElement.removeAttribute('lang'));
afterEach(() => document.body.replaceChildren());

const khanhSon = { 'pack-id': 'khanhson-2017', 'as-of': '2017-06-30' };

/**
 * Tô Hạp, June 2017 (synthetic). Accepted Mon 5/6, 5 working days → 12/6; supplement on Wed 7/6 with a new date
 * Mon 19/6; result ready and returned Wed 21/6 → 2 working days late (20, 21/6). No delay apology: it was due
 * 1 working day before 19/6, i.e. Fri 16/6 (17–18/6 are a weekend) — Decree 61/2018 Art 19(9) pattern.
 */
const lateDossier: DossierInput = {
  id: 'TH-2017-0318',
  unitCode: 'KS-TH',
  procedure: { code: 'HT-02', name: 'Đăng ký kết hôn', processingDays: 5 },
  channel: 'in-person',
  receivedAt: '2017-06-05T14:20',
  events: [
    { type: 'submitted', date: '2017-06-05T14:20' },
    { type: 'accepted', date: '2017-06-05T14:30', dueDate: '2017-06-12' },
    { type: 'transferred', date: '2017-06-05T16:00' },
    {
      type: 'supplement-requested',
      date: '2017-06-07T09:00',
      reason: 'Thiếu giấy tờ',
      newDueDate: '2017-06-19',
    },
    { type: 'submitted', date: '2017-06-12T08:00' },
    { type: 'result-ready', date: '2017-06-21T10:00' },
    { type: 'returned', date: '2017-06-21T15:00' },
  ],
};

describe('<cchc-checklist> manual items with dates', () => {
  it('dates a ticked late apology on its deadline (16/6/2017); the result still counts 2 working days late', async () => {
    const el = await mountChecklist(khanhSon, { dossier: lateDossier });
    const late = row(el, 'notice.late-apology');
    expect(late.dataset.status).toBe('missed');
    expect($(late, '[part=dates]').textContent).toContain('16/06/2017');
    expect($(row(el, 'deadline.on-time'), '[part=late]').textContent).toContain(
      'Trễ 2 ngày làm việc',
    );
    let detail: CchcChecklistChangeEvent['detail'] | undefined;
    el.addEventListener('cchc-change', (e) => {
      detail = e.detail;
    });
    await userEvent.click($(late, 'input[type=checkbox]'));
    await el.updateComplete;
    expect(row(el, 'notice.late-apology').dataset.status).toBe('met');
    expect(row(el, 'deadline.on-time').dataset.status).toBe('missed');
    const apology = detail!.dossier!.events.find((e) => e.type === 'apology-issued');
    expect(apology).toMatchObject({ date: '2017-06-16', about: 'delay', newDueDate: '2017-06-21' });
    // Inserted in date order: after the resubmission of 12/6, before the result of 21/6.
    expect(detail!.dossier!.events.map((e) => e.type).slice(4, 7)).toEqual([
      'submitted',
      'apology-issued',
      'result-ready',
    ]);
  });

  it('ticks "citizen told" for a result ready 1 working day early (12/5 for 15/5/2017) and re-evaluates to met', async () => {
    const silent = {
      ...supplementDossier,
      events: supplementDossier.events.filter((e) => e.type !== 'citizen-notified'),
    };
    const el = await mountChecklist(khanhSon, { dossier: silent });
    const early = row(el, 'notice.early-result');
    expect(early.dataset.status).toBe('missed');
    await userEvent.click($(early, 'input[type=checkbox]'));
    await el.updateComplete;
    expect(row(el, 'notice.early-result').dataset.status).toBe('met');
    expect($(row(el, 'notice.early-result'), '[part=dates]').textContent).toContain('12/05/2017');
  });

  it('offers no manual item where the data already shows the evidence', async () => {
    const el = await mountChecklist(khanhSon, { dossier: supplementDossier });
    expect(row(el, 'notice.early-result').querySelector('input[type=checkbox]')).toBeNull();
    expect(row(el, 'notice.receipt').querySelector('input[type=checkbox]')).toBeNull();
  });
});
