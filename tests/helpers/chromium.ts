import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Where operating systems put Chromium or Chrome, after $CHROMIUM_PATH. */
const systemBrowsers = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/usr/bin/google-chrome',
];

/** Playwright's own download (`npx playwright install chromium`), when it is there. */
function playwrightsOwn(): string | undefined {
  const { chromium } = createRequire(import.meta.url)('playwright-core') as { chromium: { executablePath(): string } };
  try {
    const file = chromium.executablePath();
    return existsSync(file) ? file : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The Chromium the browser tests use, in this order: $CHROMIUM_PATH, the
 * system's, Playwright's own; undefined when there is none.
 */
export function chromiumPath(): string | undefined {
  const fromEnvironment = process.env['CHROMIUM_PATH'];
  if (fromEnvironment) return existsSync(fromEnvironment) ? fromEnvironment : undefined;
  return systemBrowsers.find((file) => existsSync(file)) ?? playwrightsOwn();
}

/** What to do when there is no Chromium, in one line. */
export const noChromium =
  'No Chromium for the browser tests: install one (Debian/Ubuntu: `npm run setup`; elsewhere `npx playwright install chromium`) or set CHROMIUM_PATH to its executable.';

/**
 * Flags that keep the browser from reaching any other host, and, for root
 * (CI containers), without the sandbox that root cannot use.
 */
export const chromiumArgs = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];
