// The demo portal's survey section: a Khánh Sơn commune's one-stop section and its health station, filled in
// real Chromium, without console errors or axe violations.
import { describe, expect, it } from 'vitest';
import { axeViolations } from './browser.js';
import { E2E_TIMEOUT, useDemoPortal } from './demoPortal.js';

const demo = useDemoPortal();

describe('demo portal: <cchc-survey>', () => {
  it(
    'surveys a commune People’s Committee and its health station, keeps a draft, and stays axe-clean',
    async () => {
      const { context, page, errors } = await demo.open();

      const survey = page.locator('#survey');
      await expect
        .poll(() => survey.locator('[part=title]').textContent())
        .toContain('Bộ phận một cửa UBND');
      expect(await survey.locator('.unit').textContent()).toContain('UBND xã Sơn Bình');
      // Answer the first question ("how did you submit the dossier?"); the draft survives a reload.
      await survey.getByRole('radio').first().check();
      await page.reload();
      await expect
        .poll(() => survey.locator('[part=draft]').textContent())
        .toContain('Đã khôi phục bản nháp');

      await page.getByLabel('Trạm Y tế xã').check();
      await expect
        .poll(() => survey.locator('.unit').textContent())
        .toContain('Trạm Y tế xã Sơn Bình');
      expect(await survey.locator('[part=title]').textContent()).toMatch(/Trạm Y tế|người bệnh/);
      expect(await page.locator('#survey-service-row').isHidden()).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    },
    E2E_TIMEOUT,
  ); // a real browser on a shared machine: page loads are slow under load
});
