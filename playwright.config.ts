import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/helpers/chromium.ts';

/**
 * Browser tests run against the built site (`npm run build` first), served by
 * `astro preview`. The browser is, in order: $CHROMIUM_PATH, the system
 * Chromium at /usr/bin/chromium, or Playwright's own (`npx playwright install chromium`).
 */

const executablePath = chromiumPath();
const port = 4329;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.test.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env['CI']),
  reporter: process.env['CI'] ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: chromiumArgs,
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `node tests/e2e/serve.ts ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
