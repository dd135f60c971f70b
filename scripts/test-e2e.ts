/**
 * `npm run test:e2e`: builds a test copy of the site in .tmp/e2e-site/ (never
 * dist/) for https://programma.example.lv/berni/, then runs the browser tests
 * (Playwright) against it under /berni/: through nginx with the shipped
 * configuration where nginx is installed, else through a Node static server
 * mounted at the same path. Arguments go to Playwright.
 *
 * Usage: node scripts/test-e2e.ts [playwright test options]
 * (`npm run test:e2e` first checks for Node and a Chromium: scripts/require-chromium.ts.)
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { e2eSite } from '../tests/helpers/e2eSite.ts';

const build = spawnSync(process.execPath, ['scripts/build.ts', '--out', e2eSite.dir], {
  stdio: 'inherit',
  env: { ...process.env, SITE_URL: e2eSite.url },
});
if (build.status !== 0) process.exit(build.status ?? 1);

const cli = path.join(path.dirname(createRequire(import.meta.url).resolve('@playwright/test/package.json')), 'cli.js');
const tests = spawnSync(process.execPath, [cli, 'test', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = tests.status ?? 1;
