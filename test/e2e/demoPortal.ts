// Shared fixture of the demo-portal e2e tests: serves examples/portal with scripts/demo.mjs (as `pnpm demo` does,
// on a free port) and launches Debian's Chromium, once per test file.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Page loads are slow on a loaded 2-core machine: e2e tests get generous, explicit timeouts. */
export const E2E_TIMEOUT = 60_000;

/** Starts the demo server and a browser before the file's tests and stops them after. */
export function useDemoPortal(): {
  readonly url: string;
  readonly browser: Browser;
  /** Opens the portal in a fresh context, collecting console errors and uncaught page errors. */
  open(): Promise<{ context: BrowserContext; page: Page; errors: string[] }>;
} {
  let server: ChildProcess | undefined;
  let url = '';
  let browser: Browser | undefined;

  beforeAll(async () => {
    const child = spawn(process.execPath, ['scripts/demo.mjs'], {
      cwd: root,
      env: { ...process.env, PORT: '0' },
    });
    server = child;
    url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = out.match(/http:\/\/\S+\//);
        if (match) resolve(match[0]);
      });
      child.stderr!.on('data', (chunk: Buffer) => reject(new Error(chunk.toString())));
      child.on('exit', (code) => reject(new Error(`demo server exited with ${code}`)));
    });
    browser = await launchChromium();
  }, E2E_TIMEOUT);

  afterAll(async () => {
    await browser?.close();
    server?.kill();
  });

  return {
    async open() {
      if (!browser) throw new Error('browser not started');
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(url);
      return { context, page, errors };
    },
    get url() {
      return url;
    },
    get browser() {
      if (!browser) throw new Error('browser not started');
      return browser;
    },
  };
}
