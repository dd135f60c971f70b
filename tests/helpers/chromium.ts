import { existsSync } from 'node:fs';

/**
 * The Chromium the browser tests use, in this order: $CHROMIUM_PATH, the system
 * one at /usr/bin/chromium, or (undefined) Playwright's own download.
 */
export function chromiumPath(): string | undefined {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium'];
  return candidates.find((candidate): candidate is string => Boolean(candidate) && existsSync(candidate as string));
}

/** Flags for running as root in CI containers, and for never reaching another host. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];
