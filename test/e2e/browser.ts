// Helpers for end-to-end tests: launch Debian's Chromium through playwright-core and run axe-core in a page.
import { createRequire } from 'node:module';
import { type Browser, chromium, type Page } from 'playwright-core';

/** Launches the system Chromium headless, with the flags this closed network needs (Playwright gives it a fresh temporary profile). */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}

/** Runs axe-core on the page and returns its violations (id, impact, targets). */
export async function axeViolations(
  page: Page,
): Promise<Array<{ id: string; impact: string | null; targets: string[] }>> {
  const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected as a global
    const result = await (window as any).axe.run(document);
    // biome-ignore lint/suspicious/noExplicitAny: axe result shape
    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      // biome-ignore lint/suspicious/noExplicitAny: axe node shape
      targets: v.nodes.map((n: any) => String(n.target)),
    }));
  });
}
