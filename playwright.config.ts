import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/helpers/chromium.ts';
import { e2eSite } from './tests/helpers/e2eSite.ts';

/**
 * Browser tests run against the test build that `npm run test:e2e` makes in
 * .tmp/e2e-site/ for an address under /berni/, served by nginx with the
 * shipped configuration (or a Node static server where there is no nginx).
 * The browser is, in order: $CHROMIUM_PATH, the system's Chromium, or
 * Playwright's own (`npx playwright install chromium`).
 */

const executablePath = chromiumPath();
const origin = `http://127.0.0.1:${e2eSite.port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.test.ts',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env['CI']),
  reporter: process.env['CI'] ? 'line' : 'list',
  use: {
    baseURL: origin,
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: chromiumArgs,
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: 'node tests/e2e/serve.ts',
    url: `${origin}${e2eSite.base}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
