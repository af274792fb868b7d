// `pnpm demo` serves a working portal: started as users start it (after `pnpm build`), loaded in real Chromium.
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

describe('demo portal', () => {
  it('prints its URL, computes a due date across Tết and lists the year’s holidays, without console errors', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
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
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('#holidays tbody tr');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
