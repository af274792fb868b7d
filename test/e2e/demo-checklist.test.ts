// The demo portal's <cchc-checklist> section, as users see it after `pnpm build`: rows from the synthetic JSON,
// a manual tick re-evaluated live, no console errors, axe-clean.
import { describe, expect, it } from 'vitest';
import { axeViolations } from './browser.js';
import { E2E_TIMEOUT, useDemoPortal } from './demoPortal.js';

const demo = useDemoPortal();

describe('demo portal: <cchc-checklist>', () => {
  it(
    'shows the sample dossier and inspection log, re-evaluates a ticked apology, stays axe-clean',
    async () => {
      const { context, page, errors } = await demo.open();
      const dossier = page.locator('cchc-checklist[src$="checklist-dossier.json"]');
      const apology = dossier.locator('li[data-rule="notice.supplement-apology"]');
      await expect.poll(() => apology.getAttribute('data-status')).toBe('missed');
      // The result came 2 working days after the new appointment (19/6 → 20, 21/6/2017).
      await expect
        .poll(() => dossier.locator('li[data-rule="deadline.on-time"] [part=late]').textContent())
        .toContain('Trễ 2 ngày làm việc');
      const weeks = page.locator(
        'cchc-checklist[src$="checklist-inspections.json"] li[data-rule="inspection.weekly"][data-status=missed]',
      );
      await expect.poll(() => weeks.count()).toBe(2); // 1–7/5 and 5–11/6/2017 had no inspection
      await apology.locator('input[type=checkbox]').check();
      await expect.poll(() => apology.getAttribute('data-status')).toBe('met');
      await expect
        .poll(() => page.textContent('#checklist-dossier-echo'))
        .toContain('Bằng chứng đã đánh dấu: 1');
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
    E2E_TIMEOUT,
  );
});
