/**
 * The content editor in `npm run dev` (docs/decisions/0004-content-editor.md),
 * in Chromium, on a copy of the project: Sveltia CMS reads and saves the copy's
 * files through a stand-in for the folder picker (tests/helpers/directoryPicker.ts),
 * which headless Chromium cannot show; the dev server previews the same copy.
 * Measure 1.1's amount and English title are changed and saved (only those
 * lines change; the preview shows the figure and the banner the total that no
 * longer adds up), a negative amount is refused in the check's words, and
 * changing both back leaves the files as they were. Every request the editor
 * makes goes to the dev server.
 */
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../helpers/chromium.ts';
import { startDev, type DevServer } from '../helpers/devServer.ts';
import { stubDirectoryPicker } from '../helpers/directoryPicker.ts';
import { projectCopy, removeCopy, runIn } from '../helpers/projectCopy.ts';
import { dictionaries } from '#src/i18n/index.ts';
import { formatMoney } from '#src/lib/money/formatMoney.ts';

const latvian = 'src/content/measures/2023/lv/1-1.mdx';
const english = 'src/content/measures/2023/en/1-1.mdx';
const lv = dictionaries.lv;

let dir: string;
let server: DevServer;
let browser: Browser;
let context: BrowserContext;
let editor: Page;
const requests: string[] = [];
const originals = new Map<string, string>();

const read = (file: string) => readFile(path.join(dir, file), 'utf8');

/** Waits until `file` in the copy differs from `before` (the editor writes a moment after Save). */
async function changed(file: string, before: string): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const now = await read(file);
    if (now !== before) return now;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${file} was not saved`);
}

/** The lines of `after` that differ from `before`, as [before, after] pairs (same line count expected). */
function lineChanges(before: string, after: string): [string | undefined, string][] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return b.flatMap((line, i): [string | undefined, string][] => (line === a[i] ? [] : [[a[i], line]]));
}

/** Opens the editor's start page and the project's folder (through the stand-in). */
async function signIn(): Promise<void> {
  await editor.goto(new URL('edit/', server.url).href);
  await editor.getByRole('button', { name: 'Work with Local Repository' }).click();
  await editor.getByText('Pasākumi 2023').first().waitFor({ timeout: 60_000 });
}

/** The editor at an entry (`measures-2023/1-1`), its fields shown (Sveltia closes the entry on saving). */
async function openEntry(entry: string): Promise<void> {
  const field = editor.getByRole('group', { name: 'Content Editor' }).getByRole('textbox').first();
  const url = new URL(`edit/#/collections/${entry.replace('/', '/entries/')}`, server.url).href;
  await editor.goto(url);
  if (
    !(await field.waitFor({ timeout: 20_000 }).then(
      () => true,
      () => false,
    ))
  ) {
    // Read the files again and go straight to the entry (Sveltia can lose an address given while it loads).
    await signIn();
    await editor.goto(url);
  }
  await field.waitFor({ timeout: 20_000 });
  // The list of a file of items fills in a moment later.
  await new Promise((resolve) => setTimeout(resolve, 500));
}

const pane = (language: 'Latvian' | 'English') =>
  editor.getByRole('group', { name: new RegExp(`Edit .${language}. Content`) });

/** Saves the entry; unless the editor refuses it, waits until Sveltia has closed it (it goes back to the list). */
async function save({ refused = false } = {}): Promise<void> {
  await editor.getByRole('button', { name: 'Save', exact: true }).click();
  if (refused) return;
  await editor.waitForURL((url) => !/\/entries\/|\/new$/.test(url.hash), { timeout: 30_000 });
}

beforeAll(async () => {
  dir = await projectCopy();
  // Sveltia opens only a repository's root folder.
  await mkdir(path.join(dir, '.git'));
  for (const file of [latvian, english]) originals.set(file, await read(file));
  server = await startDev(dir, 'edit/');
  // The preview's first page is compiled on its first request; asked for now, it is ready when the test looks at it.
  await fetch(new URL('en/2023/1-1/', server.url));
  const executablePath = chromiumPath();
  browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
  context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'lv-LV' });
  editor = await context.newPage();
  editor.on('request', (request) => requests.push(request.url()));
  await stubDirectoryPicker(editor, dir);
  await signIn();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.stop();
  await removeCopy(dir);
});

describe('the content editor', () => {
  it('opens at /edit (a redirect to /edit/) with its policy, and says in Latvian where it cannot work', async () => {
    const bare = await fetch(new URL('edit', server.url), { redirect: 'manual' });
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/edit/');
    const page = await fetch(new URL('edit/', server.url));
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(page.headers.get('content-security-policy')).not.toMatch(/https?:/);

    const other = await context.newPage();
    await other.addInitScript(() => delete (window as { showDirectoryPicker?: unknown }).showDirectoryPicker);
    await other.goto(new URL('edit/', server.url).href);
    await other.getByRole('alert').waitFor();
    expect(await other.getByRole('alert').textContent()).toBe(
      `${lv['editor.unsupported.title']}${lv['editor.unsupported.text']}`,
    );
    expect(await other.getByRole('button', { name: 'Work with Local Repository' }).count()).toBe(0);
    await other.close();
  });

  it('saves a new amount and English title as exactly those lines; the preview shows both and the total that no longer adds up', async () => {
    await openEntry('measures-2023/1-1');
    await pane('Latvian').getByRole('spinbutton', { name: 'amount' }).fill('8001');
    const title = pane('English').getByRole('textbox', { name: 'title' });
    await title.fill(`${await title.inputValue()} (edited)`);
    await save();
    const savedLatvian = await changed(latvian, originals.get(latvian) ?? '');
    const savedEnglish = await changed(english, originals.get(english) ?? '');
    expect(lineChanges(originals.get(latvian) ?? '', savedLatvian)).toEqual([['  amount: 8000', '  amount: 8001']]);
    expect(lineChanges(originals.get(english) ?? '', savedEnglish)).toEqual([
      ['title: "Provision of assistance in crisis cases"', 'title: "Provision of assistance in crisis cases (edited)"'],
    ]);

    const preview = await context.newPage();
    let text = '';
    // The banner reads the files on every request; the page, Astro's collections a moment after the save.
    const updated = () => text.includes('declaredTotal') && text.includes('(edited)');
    for (let attempt = 0; attempt < 40 && !updated(); attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 250));
      await preview.goto(new URL('en/2023/1-1/', server.url).href, { waitUntil: 'domcontentloaded', timeout: 60_000 });
      text = (await preview.locator('body').textContent()) ?? '';
    }
    expect(text, server.log()).toContain('Provision of assistance in crisis cases (edited)');
    expect(text.replace(/\s/g, ' ')).toContain(formatMoney(8001, 'en').replace(/\s/g, ' '));
    const banner = preview.locator('[data-preview-problems]');
    const shown = ((await banner.textContent()) ?? '').replace(/\s+/g, ' ');
    expect(shown).toContain('src/content/programmes/2023.yaml:18 › declaredTotal');
    expect(shown).toContain('1.00 EUR more');
    // From the page back to its entry in the editor, and from the problem to the file's entry.
    expect(await preview.locator('[data-editor-link] a').getAttribute('href')).toBe(
      '/edit/#/collections/measures-2023/entries/1-1',
    );
    const fix = banner.getByRole('link', { name: dictionaries.en['editor.open'] }).first();
    expect(await fix.getAttribute('href')).toBe('/edit/#/collections/programmes/entries/2023');
    await preview.close();
  });

  it('refuses a negative amount with the words of npm run check, and writes nothing', async () => {
    await openEntry('measures-2023/1-1');
    const before = await read(latvian);
    await pane('Latvian').getByRole('spinbutton', { name: 'amount' }).fill('-5');
    await save({ refused: true });
    await pane('Latvian').getByText('expected an amount of 0 euro or more').waitFor();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await read(latvian)).toBe(before);
  });

  it('leaves both files byte for byte as they were once the values are changed back', async () => {
    await openEntry('measures-2023/1-1');
    await pane('Latvian').getByRole('spinbutton', { name: 'amount' }).fill('8000');
    await pane('English').getByRole('textbox', { name: 'title' }).fill('Provision of assistance in crisis cases');
    await save();
    for (const file of [latvian, english]) {
      for (let attempt = 0; attempt < 50 && (await read(file)) !== originals.get(file); attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(await read(file), file).toBe(originals.get(file));
    }
  });

  it.each([
    ['programmes/2023', 'src/content/programmes/2023.yaml', 'English'],
    ['sections-2023/2-1', 'src/content/sections/2023/2-1.yaml', 'English'],
    ['administrators/administrators', 'src/content/administrators.yaml', 'English'],
    ['pages/about', 'src/content/pages/en/about.mdx', 'title'],
  ])('saves %s with one text changed as that one line, and changed back as it was', async (entry, file, name) => {
    const original = await read(file);
    await openEntry(entry);
    const textbox = () => editor.getByRole('group', { name: 'Content Editor' }).getByRole('textbox', { name }).last();
    const box = textbox();
    const value = await box.inputValue();
    await box.fill(`${value} X`);
    await save();
    const saved = await changed(file, original);
    const changes = lineChanges(original, saved);
    expect(changes).toHaveLength(1);
    expect(changes[0]?.[1]).toContain(' X');
    await openEntry(entry);
    await textbox().fill(value);
    await save();
    for (let attempt = 0; attempt < 50 && (await read(file)) !== original; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(await read(file)).toBe(original);
  });

  it('creates a new measure as a draft, as npm run new:measure does, which the check accepts', async () => {
    await editor.goto(new URL('edit/#/collections/measures-2023/new', server.url).href);
    await pane('Latvian').getByRole('textbox', { name: 'title' }).fill('Jauns pasākums');
    await pane('English').getByRole('textbox', { name: 'title' }).fill('A new measure');
    await pane('Latvian').getByRole('radio', { name: 'Labklājības ministrija' }).check();
    await pane('Latvian').getByRole('spinbutton', { name: 'amount' }).fill('0');
    await pane('Latvian')
      .getByRole('button', { name: /Add .results/ })
      .click();
    await pane('Latvian').getByRole('textbox', { name: 'results' }).fill('Rezultāts.');
    await pane('English')
      .getByRole('button', { name: /Add .results/ })
      .click();
    await pane('English').getByRole('textbox', { name: 'results' }).fill('Result.');
    await pane('Latvian').getByRole('textbox', { name: 'body' }).fill('Apraksts.');
    await pane('English').getByRole('textbox', { name: 'body' }).fill('Description.');
    await editor.getByRole('textbox', { name: 'Slug' }).fill('2-4');
    await save();
    const created = 'src/content/measures/2023/lv/2-4.mdx';
    for (let attempt = 0; attempt < 50; attempt++) {
      if (await read(created).catch(() => undefined)) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(await read(created)).toBe(
      '---\ntitle: "Jauns pasākums"\nadministrator: "ministry"\nfunding:\n  amount: 0\nresults:\n  - "Rezultāts."\ndraft: true\n---\n\nApraksts.\n',
    );
    expect(await read('src/content/measures/2023/en/2-4.mdx')).toBe(
      '---\ntitle: "A new measure"\nresults:\n  - "Result."\n---\n\nDescription.\n',
    );
    const check = await runIn(dir, 'npm', ['run', 'check']);
    expect(check.code, check.output).toBe(0);
    expect(check.output).toContain('(+1 draft)');
    await rm(path.join(dir, created));
    await rm(path.join(dir, 'src/content/measures/2023/en/2-4.mdx'));
  });

  it('links each entry to its page in the preview', async () => {
    for (const [entry, page] of [
      ['measures-2023/1-1/en', '/en/2023/1-1/'],
      ['sections-2023/2-1/lv', '/lv/2023/2-1/'],
      ['programmes/2023/lv', '/lv/2023/'],
      ['pages/about/en', '/en/about/'],
    ] as const) {
      const response = await fetch(new URL(`edit/page/${entry}/`, server.url), { redirect: 'manual' });
      expect(new URL(response.headers.get('location') ?? '', server.url).pathname, entry).toBe(page);
    }
  });

  it('has asked no host but the dev server for anything', () => {
    expect(requests.length).toBeGreaterThan(10);
    const origins = new Set(requests.map((url) => new URL(url).origin));
    expect([...origins]).toEqual([new URL(server.url).origin]);
  });
});
