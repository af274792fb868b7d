// The demo portal's reporting calendar (reportingSchedule of khanhson-2017 for 2017) and its two-theme section, as
// users see them after `pnpm build`: no console errors, axe-clean.
//
// Deadlines worked by hand (Công văn 112/UBND-NV as encoded in the pack: monthly self-assessment 5 working days after
// the month's last day; six-month report 2 working days after the cut-off, window 15/12 → 14/6 per Decree 09/2019):
// - January: cut-off Tue 31/01/2017, inside the Tết Đinh Dậu break (Thu 26/01 – Wed 01/02); working days after it:
//   Thu 02/02, Fri 03/02, Mon 06/02, Tue 07/02, Wed 08/02 → due 08/02/2017.
// - Six months (2017-H1): cut-off Wed 14/06/2017; Thu 15/06, Fri 16/06 → due 16/06/2017.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './browser.js';
import { E2E_TIMEOUT, useDemoPortal } from './demoPortal.js';

const demo = useDemoPortal();

async function open(
  viewport = { width: 1280, height: 720 },
): Promise<{ page: Page; errors: string[]; close: () => Promise<void> }> {
  const context = await demo.browser.newContext({ viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(demo.url);
  return { page, errors, close: () => context.close() };
}

const cells = (page: Page, selector: string) =>
  page
    .locator(`${selector} > *`)
    .allTextContents()
    .then((t) => t.map((s) => s.trim()));

describe('demo portal: reporting calendar and themes', () => {
  it(
    'lists the 17 reporting periods of 2017 by deadline, with cut-off and deadline dates',
    async () => {
      const { page, errors, close } = await open();
      const rows = page.locator('#schedule tbody tr');
      await expect.poll(() => rows.count()).toBe(17);
      expect(await cells(page, '#schedule tbody tr[data-period="2017-01"]')).toEqual([
        'Tự đánh giá chuyển biến CCHC hằng tháng',
        'Tháng 01/2017',
        '01/01/2017',
        '31/01/2017',
        '08/02/2017* (hạn chưa kiểm chứng)',
        'Công văn 112/UBND-NV, mục 3',
      ]);
      const half = await cells(page, '#schedule tbody tr[data-period="2017-H1"]');
      expect(half.slice(1, 5)).toEqual([
        '6 tháng đầu năm 2017',
        '15/12/2016',
        '14/06/2017',
        '16/06/2017* (hạn chưa kiểm chứng)',
      ]);
      expect(half[5]).toContain('Nghị định 09/2019/NĐ-CP, Điều 12 (chưa kiểm chứng)');
      expect(await page.textContent('#schedule-status')).toContain('17 kỳ báo cáo năm 2017');
      expect(await page.locator('#schedule tbody time').first().getAttribute('datetime')).toBe(
        '2017-01-01',
      );
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    },
    E2E_TIMEOUT,
  );

  it(
    'scrolls the calendar sideways on a phone, from the keyboard, axe-clean',
    async () => {
      const { page, errors, close } = await open({ width: 375, height: 720 });
      await expect.poll(() => page.locator('#schedule tbody tr').count()).toBe(17);
      const region = page.locator('section.table-scroll');
      expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
      await region.focus();
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    },
    E2E_TIMEOUT,
  );

  it(
    'shows the same checklist in the default and the dark theme, side by side, axe-clean',
    async () => {
      const { page, errors, close } = await open();
      const frames = page.locator('.theme-frame cchc-checklist');
      await expect.poll(() => page.locator('.theme-frame [part~=row]').count()).toBeGreaterThan(0);
      const rules = (i: number) =>
        frames
          .nth(i)
          .locator('li[data-rule]')
          .evaluateAll((li) => li.map((n) => n.dataset.rule));
      // Only the missed obligations (filter="missed"): the supplement request came without an apology.
      expect(await rules(0)).toContain('notice.supplement-apology');
      expect(await rules(1)).toEqual(await rules(0));
      const look = (i: number) =>
        frames.nth(i).evaluate((el) => {
          const cs = getComputedStyle(el);
          return [cs.backgroundColor, cs.color];
        });
      expect(await look(0)).toEqual(['rgb(255, 255, 255)', 'rgb(29, 29, 31)']);
      expect(await look(1)).toEqual(['rgb(30, 30, 30)', 'rgb(236, 236, 236)']); // themes/dark.css
      const [a, b] = [await frames.nth(0).boundingBox(), await frames.nth(1).boundingBox()];
      expect(a!.y).toBe(b!.y); // side by side on a desktop-width page
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    },
    E2E_TIMEOUT,
  );
});
