// The demo portal's PAR section: the eight Khánh Sơn communes ranked by <cchc-scorecard>, a unit picked from the
// picker and from the ranking itself, in real Chromium, without console errors or axe violations.
import { describe, expect, it } from 'vitest';
import { axeViolations } from './browser.js';
import { E2E_TIMEOUT, useDemoPortal } from './demoPortal.js';

const demo = useDemoPortal();

describe('demo portal: <cchc-scorecard>', () => {
  it(
    'ranks the eight communes, switches to one unit from the picker and from the ranking, axe-clean',
    async () => {
      const { context, page, errors } = await demo.open();

      // Playwright's CSS locators pierce open shadow roots.
      const names = page.locator('#scorecard [part="unit-button"]');
      await expect.poll(() => names.count()).toBe(8);
      expect(await names.first().textContent()).toBe('Thị trấn Tô Hạp');
      expect(await page.locator('#scorecard [part="interval"]').count()).toBe(8);
      expect(await axeViolations(page)).toEqual([]);

      await page.selectOption('#scorecard-unit', 'KS-SB');
      await expect
        .poll(() => page.locator('#scorecard .unit [role="heading"]').first().textContent())
        .toBe('Xã Sơn Bình');
      expect(await page.locator('#scorecard [part="bar"]').count()).toBe(7);
      expect(await page.locator('#scorecard [part="lost"] li').count()).toBe(5);
      expect(await page.locator('#scorecard .trend [part="line"]').count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);

      await page.selectOption('#scorecard-unit', '');
      await page.locator('#scorecard tr[data-unit="KS-TS"] [part="unit-button"]').click();
      await expect.poll(() => page.inputValue('#scorecard-unit')).toBe('KS-TS');
      expect(await page.getAttribute('#scorecard', 'unit-code')).toBe('KS-TS');
      expect(errors).toEqual([]);
      await context.close();
    },
    E2E_TIMEOUT,
  );
});
