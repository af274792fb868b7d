import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

const file = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Workspace packages resolve to their TypeScript source in tests: no build step needed. */
const alias = [
  { find: /^@cchc\/core$/, replacement: file('./packages/core/src/index.ts') },
  { find: /^@cchc\/elements$/, replacement: file('./packages/elements/src/index.ts') },
  { find: /^@cchc\/elements\/define$/, replacement: file('./packages/elements/src/define.ts') },
  { find: /^@cchc\/cli$/, replacement: file('./packages/cli/src/index.ts') },
];

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'packages/core/src/**/*.test.ts',
            'packages/cli/src/**/*.test.ts',
            'test/golden/**/*.test.ts',
            'test/e2e/**/*.test.ts',
            'test/fuzz/**/*.test.ts',
          ],
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'browser',
          include: ['packages/elements/src/**/*.test.ts', 'test/browser/**/*.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: {
                executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
                args: chromiumArgs,
              },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
