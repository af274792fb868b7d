// `pnpm demo` serves a working portal: started as users start it (after `pnpm build`), loaded in real Chromium.
import { describe, expect, it } from 'vitest';
import { axeViolations } from './browser.js';
import { E2E_TIMEOUT, useDemoPortal } from './demoPortal.js';

const demo = useDemoPortal();

describe('demo portal', { timeout: E2E_TIMEOUT }, () => {
  it('prints its URL, computes a due date across Tết and lists the year’s holidays, without console errors', async () => {
    const { context, page, errors } = await demo.open();
    await expect.poll(() => page.textContent('#due-result')).toContain('06/02/2017');

    await page.fill('#due-date', '2026-02-13');
    await page.fill('#due-days', '1');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('#due-result')).toContain('23/02/2026');

    await page.fill('#holidays-year', '2026');
    await page.dispatchEvent('#holidays-year', 'change');
    await expect.poll(() => page.textContent('#holidays tbody')).toContain('2026-02-17');
    expect(await page.locator('#units li').count()).toBe(8);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('has no axe-core violations', async () => {
    const context = await demo.browser.newContext();
    const page = await context.newPage();
    await page.goto(demo.url);
    await page.waitForSelector('#holidays tbody tr');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
