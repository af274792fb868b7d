// The demo portal's survey section: a Khánh Sơn commune's one-stop section and its health station, filled in
// real Chromium, without console errors or axe violations.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium } from './browser.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
let server: ChildProcess;
let url: string;
let browser: Browser;

beforeAll(async () => {
  server = spawn(process.execPath, ['scripts/demo.mjs'], {
    cwd: root,
    env: { ...process.env, PORT: '0' },
  });
  url = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = out.match(/http:\/\/\S+\//);
      if (match) resolve(match[0]);
    });
    server.stderr!.on('data', (chunk: Buffer) => reject(new Error(chunk.toString())));
    server.on('exit', (code) => reject(new Error(`demo server exited with ${code}`)));
  });
  browser = await launchChromium();
}, 30_000);

afterAll(async () => {
  await browser?.close();
  server?.kill();
});

describe('demo portal: <cchc-survey>', () => {
  it('surveys a commune People’s Committee and its health station, keeps a draft, and stays axe-clean', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);

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
  }, 60_000); // a real browser on a shared machine: page loads are slow under load
});
