/**
 * Byte budgets: deterministic sizes of what a reader downloads (never timings,
 * which belong to `npm run bench`). Sizes are gzip, as a static host serves them.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { at, base, builtPages, distDir } from './site.ts';

const KB = 1000;
const gzip = (file: string) => gzipSync(readFileSync(file)).length;
/** The built file behind a path within the site (`/lv/`) or a served address (`/berni/_astro/…`). */
const fileOf = (pathname: string) => {
  const within = pathname.startsWith(base) ? pathname.slice(base.length - 1) : pathname;
  return path.join(distDir, within.endsWith('/') ? `${within}index.html` : within);
};
const measurePages = builtPages().filter((p) => /^\/(lv|en)\/\d{4}\/\d+(-\d+)+\/$/.test(p));
const executableScripts = (html: string) =>
  [...html.matchAll(/<script\b([^>]*)>/g)].filter(
    ([, attributes = '']) => !/type="application\/ld\+json"/.test(attributes),
  );

test('a measure page costs at most 12 KB gzip all-in (HTML, CSS and any script)', () => {
  expect(measurePages.length).toBeGreaterThanOrEqual(20);
  for (const pathname of measurePages) {
    const html = readFileSync(fileOf(pathname), 'utf8');
    const stylesheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map(([, href = '']) =>
      gzip(fileOf(href)),
    );
    const scripts = [...html.matchAll(/<script[^>]* src="([^"]+)"/g)].map(([, src = '']) => gzip(fileOf(src)));
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
  // Pagefind's own files (.pf_*, .pagefind) are stored compressed; everything else is gzipped as a host would.
  const sizeOf = (pathname: string) => {
    const file = fileOf(decodeURIComponent(pathname));
    return /\.pf_|\.pagefind$/.test(file) ? statSync(file).size : gzip(file);
  };
  const query = search.reduce((sum, pathname) => sum + sizeOf(pathname), 0);
  const html = readFileSync(fileOf('/en/search/'), 'utf8');
  const ui = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)].reduce(
    (sum, [, body = '']) => sum + gzipSync(body).length,
    0,
  );
  expect(ui).toBeGreaterThan(0);
  expect(query + ui, `${search.length} requests: ${search.join(', ')}`).toBeLessThanOrEqual(100 * KB);
});

test('all CSS together is at most 8 KB gzip, with no web fonts', () => {
  const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' });
  const css = files.filter((file) => file.endsWith('.css') && !file.startsWith('pagefind'));
  expect(css.length).toBeGreaterThan(0);
  expect(css.reduce((sum, file) => sum + gzip(path.join(distDir, file)), 0)).toBeLessThanOrEqual(8 * KB);
  for (const file of css) expect(readFileSync(path.join(distDir, file), 'utf8')).not.toContain('@font-face');
  expect(files.filter((file) => /\.(woff2?|ttf|otf|eot)$/.test(file))).toEqual([]);
});
