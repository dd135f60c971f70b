/**
 * The preview never blocks: in `npm run dev` content that `npm run check`
 * refuses still gives readable pages, with a banner at the top listing every
 * problem in the check's words (file, line, field, expectation), and the
 * banner goes away on the save that fixes it.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../helpers/chromium.ts';
import { startDev, type DevServer } from '../helpers/devServer.ts';
import { projectCopy, removeCopy, runIn } from '../helpers/projectCopy.ts';

const latvian = 'src/content/measures/2023/lv/2-1-2.mdx';
const english = 'src/content/measures/2023/en/2-1-2.mdx';
const other = 'src/content/measures/2023/lv/1-1.mdx';

let dir: string;
let server: DevServer;
let browser: Browser;
let page: Page | undefined;
const originals = new Map<string, string>();

/** Rewrites a file of the copy, remembering its first text for `restore`. */
async function edit(file: string, change: (text: string) => string): Promise<void> {
  const full = path.join(dir, file);
  const text = await readFile(full, 'utf8');
  if (!originals.has(file)) originals.set(file, text);
  const changed = change(text);
  expect(changed, `the edit of ${file} changes it`).not.toBe(text);
  await writeFile(full, changed);
}

async function restore(): Promise<void> {
  for (const [file, text] of originals) await writeFile(path.join(dir, file), text);
  originals.clear();
}

interface Shown {
  /** The banner's text, spaces collapsed; empty when there is none. */
  banner: string;
  /** The page's own heading, under the banner. */
  heading: string;
  /** The address the banner's first link leads to. */
  link: string | null;
  /** Whether the banner is exposed as an alert. */
  alert: boolean;
}

/** What `at` shows once `ready` holds for its banner (the dev server reloads content a moment after a save). */
async function shownOn(at: string, ready: (banner: string) => boolean): Promise<Shown> {
  let shown: Shown = { banner: '', heading: '', link: null, alert: false };
  for (let attempt = 0; attempt < 30; attempt++) {
    // A fresh page each time: Vite reloads an open page after a save, which would cut a navigation short.
    await page?.close();
    page = await browser.newPage();
    const response = await page.goto(new URL(at.slice(1), server.url).href);
    expect(response?.status(), server.log()).toBe(200);
    const banner = page.locator('[data-preview-problems]');
    const present = (await banner.count()) > 0;
    shown = {
      banner: present ? ((await banner.textContent()) ?? '').replace(/\s+/g, ' ').trim() : '',
      heading: ((await page.locator('main h1').textContent()) ?? '').trim(),
      link: present ? await banner.getByRole('link').first().getAttribute('href') : null,
      alert: present && (await page.getByRole('alert').isVisible()),
    };
    if (ready(shown.banner)) return shown;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return shown;
}

beforeAll(async () => {
  dir = await projectCopy();
  server = await startDev(dir, 'lv/2023/2-1-2/');
  const executablePath = chromiumPath();
  browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.stop();
  await removeCopy(dir);
});

describe('the preview with content the check refuses', () => {
  it('shows every page with a banner naming the declared total and the difference, which the fix clears', async () => {
    expect((await shownOn('/lv/2023/2-1-2/', (text) => text === '')).banner).toBe('');
    await edit(latvian, (text) => text.replace('amount: 40039', 'amount: 40040'));

    const check = await runIn(dir, 'npm', ['run', 'check']);
    expect(check.code).not.toBe(0);
    const checkLine = check.output.split('\n').find((line) => line.includes('› declaredTotal')) ?? '';
    expect(checkLine).toContain('which is 1.00 EUR more');

    for (const at of ['/lv/2023/2-1-2/', '/en/2023/1-1/', '/lv/2023/', '/en/about/']) {
      const shown = await shownOn(at, (text) => text.includes('declaredTotal'));
      expect(shown.banner, server.log()).toContain('src/content/programmes/2023.yaml:18 › declaredTotal');
      // The same words as `npm run check`, after its `Error: file:line › field: `.
      expect(shown.banner).toContain(checkLine.slice(checkLine.indexOf('expected')));
      expect(shown.alert).toBe(true);
      // Still a readable page under the banner.
      expect(shown.heading).not.toBe('');
      expect(shown.link).toBe(`/${at.slice(1, 3)}/2023/`);
    }

    await restore();
    const fixed = await shownOn('/lv/2023/2-1-2/', (text) => text === '');
    expect(fixed.banner).toBe('');
    expect(fixed.heading).not.toBe('');
  });

  it('lists a negative amount and an unknown field with file, line and field, and links to the measure', async () => {
    await edit(latvian, (text) => text.replace('amount: 40039', 'amount: -5'));
    await edit(other, (text) => text.replace('\nadministrator:', '\nfoo: 1\nadministrator:'));
    const shown = await shownOn('/lv/2023/', (text) => text.includes('funding.amount') && text.includes('foo'));
    expect(shown.banner, server.log()).toContain(`${latvian}:5 › funding.amount: expected an amount of 0 euro or more`);
    expect(shown.banner).toContain(`${other}:3 › foo: unknown field "foo"`);
    expect(shown.link).toBe('/lv/2023/1-1/');
    await restore();
    expect((await shownOn('/lv/2023/', (text) => text === '')).banner).toBe('');
  });

  it('shows a body that cannot be rendered in the banner with file and line, and the rest of the page', async () => {
    await edit(english, (text) => `${text}\n<Foo\n`);
    const shown = await shownOn('/en/2023/2-1-2/', (text) => text.includes('› body'));
    expect(shown.banner, server.log()).toMatch(new RegExp(`${english}:\\d+ › body: the text cannot be read as MDX`));
    expect(shown.heading).toBe('Educational and awareness-raising activities on reducing domestic violence');
    await restore();
    expect((await shownOn('/en/2023/2-1-2/', (text) => text === '')).banner).toBe('');
  });
});
