/**
 * Edit-to-preview latency for `npm run bench`: in `astro dev` on a project
 * copy, with a measure's page open in Chromium, the time from saving a changed
 * sentence to the changed text being visible in the page (Astro reloads it).
 * Measured, not asserted: the goal (≤ 500 ms) is read from the report.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../tests/helpers/chromium.ts';
import { startDev } from '../tests/helpers/devServer.ts';

const page = 'en/2023/2-1-2/';
const file = 'src/content/measures/2023/en/2-1-2.mdx';

/** Milliseconds from save to visible text, one per run, in `dir` (a project copy it may edit). */
export async function editLatency(dir: string, runs: number): Promise<number[]> {
  const server = await startDev(dir, page);
  const executablePath = chromiumPath();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
  const full = path.join(dir, file);
  const original = await readFile(full, 'utf8');
  const timings: number[] = [];
  try {
    const tab = await browser.newPage();
    await tab.goto(new URL(page, server.url).href);
    for (let run = 0; run < runs; run++) {
      const marker = `Edited${run}x${Date.now()}`;
      const start = performance.now();
      await writeFile(full, original.replace('For several years in a row', `${marker} For several years in a row`));
      await tab.waitForFunction((text) => document.body?.textContent?.includes(text) ?? false, marker, {
        timeout: 30_000,
        polling: 10,
      });
      timings.push(Math.round(performance.now() - start));
      await writeFile(full, original);
      await tab.waitForFunction((text) => !(document.body?.textContent?.includes(text) ?? true), marker, {
        timeout: 30_000,
      });
    }
  } finally {
    await writeFile(full, original);
    await browser.close();
    server.stop();
  }
  return timings;
}
