/**
 * Byte budgets: deterministic sizes of what a reader downloads (never timings,
 * which belong to `npm run bench`). Sizes are gzip, as a static host serves them.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page, type Request } from '@playwright/test';
import { Parser } from 'htmlparser2';
import { at, base, builtPages, distDir } from './site.ts';

const KB = 1000;
const gzip = (file: string) => gzipSync(readFileSync(file)).length;
/** The built file behind a path within the site (`/lv/`) or a served address (`/berni/_astro/…`). */
const fileOf = (pathname: string) => {
  const within = pathname.startsWith(base) ? pathname.slice(base.length - 1) : pathname;
  return path.join(distDir, within.endsWith('/') ? `${within}index.html` : within);
};
const measurePages = builtPages().filter((p) => /^\/(lv|en)\/\d{4}\/\d+(-\d+)+\/$/.test(p));
/** Pagefind's own files (.pf_*, .pagefind) are stored compressed; everything else is gzipped as a host would. */
const costOf = (file: string) => (/\.pf_|\.pagefind$/.test(file) ? statSync(file).size : gzip(file));

interface Script {
  attributes: Record<string, string>;
  /** The script's text when it is inline, '' when it has a `src`. */
  body: string;
}
/** A page's scripts and stylesheets, read with an HTML parser. */
function assetsOf(html: string): { scripts: Script[]; stylesheets: string[] } {
  const scripts: Script[] = [];
  const stylesheets: string[] = [];
  let open: Script | undefined;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'script') scripts.push((open = { attributes, body: '' }));
      if (name === 'link' && attributes['rel'] === 'stylesheet' && attributes['href'])
        stylesheets.push(attributes['href']);
    },
    ontext(text) {
      if (open) open.body += text;
    },
    onclosetag(name) {
      if (name === 'script') open = undefined;
    },
  });
  parser.end(html);
  return { scripts, stylesheets };
}
const executableScripts = (html: string) =>
  assetsOf(html).scripts.filter(({ attributes }) => attributes['type'] !== 'application/ld+json');

test('a measure page costs at most 12 KB gzip all-in (HTML, CSS and any script)', () => {
  expect(measurePages.length).toBeGreaterThanOrEqual(20);
  for (const pathname of measurePages) {
    const assets = assetsOf(readFileSync(fileOf(pathname), 'utf8'));
    const stylesheets = assets.stylesheets.map((href) => gzip(fileOf(href)));
    const scripts = assets.scripts.flatMap(({ attributes: { src } }) => (src ? [gzip(fileOf(src))] : []));
    const total = gzip(fileOf(pathname)) + stylesheets.reduce((a, b) => a + b, 0) + scripts.reduce((a, b) => a + b, 0);
    expect(total, `${pathname}: ${total} bytes`).toBeLessThanOrEqual(12 * KB);
  }
});

test('no page but the search page has any JavaScript', () => {
  for (const pathname of builtPages().filter((p) => !/\/search\/$/.test(p))) {
    expect(executableScripts(readFileSync(fileOf(pathname), 'utf8')), pathname).toEqual([]);
  }
});

test('a page loads no script at all in the browser until the reader uses search', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  for (const pathname of ['/lv/', '/en/2023/', '/lv/2023/2-2-2/', '/en/2023/administrators/ministry/'])
    await page.goto(at(pathname));
  await page.locator('header input[name="q"]').fill('mentors');
  expect(scripts).toEqual([]);
});

test('the first search costs at most 100 KB gzip, search interface included', async ({ page }) => {
  // Pagefind's files are counted from the navigation on: the search page preloads them while it loads,
  // so a count that began once the page had loaded would miss them.
  const fetched: string[] = [];
  page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(at('/en/search/'));
  await page.locator('#search-page-query').fill('helpline');
  await expect(page.locator('.result-list li').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const search = fetched.filter((pathname) => pathname.startsWith(at('/pagefind/')));
  expect(search.some((pathname) => pathname.endsWith('.pagefind'))).toBe(true);
  expect(search.some((pathname) => pathname.endsWith('.pf_fragment'))).toBe(true);
  const query = search.reduce((sum, pathname) => sum + costOf(fileOf(decodeURIComponent(pathname))), 0);
  // The search page's own script, inline or in its own file, whichever the build made of it.
  const ui = assetsOf(readFileSync(fileOf('/en/search/'), 'utf8'))
    .scripts.filter(({ attributes }) => attributes['type'] === 'module')
    .reduce((sum, { attributes: { src }, body }) => sum + (src ? gzip(fileOf(src)) : gzipSync(body).length), 0);
  expect(ui).toBeGreaterThan(0);
  expect(query + ui, `${search.length} requests: ${search.join(', ')}`).toBeLessThanOrEqual(100 * KB);
});

test('the English “children” search costs at most 100 KB gzip in all: page, CSS, script, index and fragments', async ({
  page,
}) => {
  // Every request from the navigation on, as the browser made it (a file fetched twice counts twice).
  const requests: Request[] = [];
  page.on('requestfinished', (request) => requests.push(request));
  await page.goto(at('/en/search/?q=children'));
  await expect(page.locator('.result-list > li')).toHaveCount(10);
  await page.waitForLoadState('networkidle');
  const paths = requests.map((request) => new URL(request.url()).pathname);
  expect(paths).toEqual(
    expect.arrayContaining([
      at('/en/search/'),
      expect.stringMatching(/\.pf_fragment$/),
      expect.stringMatching(/\.pagefind$/),
    ]),
  );
  const costs = await Promise.all(
    requests.map(async (request, i) => {
      const pathname = paths[i] ?? '';
      expect((await request.response())?.status(), pathname).toBe(200);
      return { pathname, bytes: costOf(fileOf(decodeURIComponent(pathname))) };
    }),
  );
  const total = costs.reduce((sum, { bytes }) => sum + bytes, 0);
  const list = costs.map(({ pathname, bytes }) => `${bytes}\t${pathname}`).join('\n');
  expect(total, `${costs.length} requests, ${total} bytes:\n${list}`).toBeLessThanOrEqual(100 * KB);
});

/** Every request of a search from the navigation on, each at its cost (gzip, or as Pagefind stored it). */
async function searchCosts(page: Page, pathname: string): Promise<{ pathname: string; bytes: number }[]> {
  const requests: Request[] = [];
  page.on('requestfinished', (request) => requests.push(request));
  await page.goto(at(pathname));
  await expect(page.locator('.result-list > li').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  return requests.map((request) => {
    const path = new URL(request.url()).pathname;
    return { pathname: path, bytes: costOf(fileOf(decodeURIComponent(path))) };
  });
}
const sum = (costs: { bytes: number }[]) => costs.reduce((total, { bytes }) => total + bytes, 0);
const listed = (costs: { pathname: string; bytes: number }[]) =>
  costs.map(({ pathname, bytes }) => `${bytes}\t${pathname}`).join('\n');

test('the search vocabulary is at most 5 KB gzip per language', () => {
  for (const lang of ['lv', 'en']) {
    const file = path.join(distDir, 'pagefind', `vocabulary.${lang}.json`);
    expect(gzip(file), lang).toBeLessThanOrEqual(5 * KB);
  }
});

test('a search whose words are all in its best match loads neither the vocabulary nor the matcher', async ({
  page,
}) => {
  const costs = await searchCosts(page, '/en/search/?q=children');
  const loaded = costs.map(({ pathname }) => pathname);
  expect(loaded.filter((p) => /vocabulary|searchForgiving|correctWord|englishStem/.test(p))).toEqual([]);
});

for (const [lang, typo, word] of [
  ['en', 'crsis', 'crisis'],
  ['lv', 'konferance', 'konference'],
] as const) {
  test(`${lang}: a search with a slip (“${typo}”) costs at most 10 KB gzip more than the word itself`, async ({
    browser,
  }) => {
    // Each in a fresh context, so neither reuses what the other fetched.
    const context = await browser.newContext();
    const right = await searchCosts(await context.newPage(), `/${lang}/search/?q=${word}`);
    await context.close();
    const fresh = await browser.newContext();
    const slip = await searchCosts(await fresh.newPage(), `/${lang}/search/?q=${typo}`);
    await fresh.close();
    const loaded = slip.map(({ pathname }) => pathname);
    // The matcher is a chunk of its own, loaded for the slip.
    expect(loaded.some((p) => /correctWord/.test(p))).toBe(true);
    expect(right.some(({ pathname }) => /correctWord/.test(pathname))).toBe(false);
    expect(sum(slip) - sum(right), `with the slip:\n${listed(slip)}\nwithout:\n${listed(right)}`).toBeLessThanOrEqual(
      10 * KB,
    );
  });
}

test('all CSS together is at most 8 KB gzip, with no web fonts', () => {
  const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' });
  const css = files.filter((file) => file.endsWith('.css') && !file.startsWith('pagefind'));
  expect(css.length).toBeGreaterThan(0);
  expect(css.reduce((sum, file) => sum + gzip(path.join(distDir, file)), 0)).toBeLessThanOrEqual(8 * KB);
  for (const file of css) expect(readFileSync(path.join(distDir, file), 'utf8')).not.toContain('@font-face');
  expect(files.filter((file) => /\.(woff2?|ttf|otf|eot)$/.test(file))).toEqual([]);
});
