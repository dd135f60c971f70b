/**
 * Crawls the built site from its root (under the base path) in a real
 * browser: every page is reachable, no internal link or #anchor is broken or
 * leaves the base path, every page's language switch lands on its twin, and no
 * page asks any other host for anything.
 */
import { expect, test } from '@playwright/test';
import { at, base, builtPages, otherLocale } from './site.ts';

test('every page is reachable from / and no link or anchor is broken', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL ?? '').origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) foreign.push(request.url());
  });

  const seen = new Set<string>();
  const anchors: { from: string; to: string; id: string }[] = [];
  const ids = new Map<string, Set<string>>();
  const outside: string[] = [];
  const queue = [at('/')];
  while (queue.length > 0) {
    const pathname = queue.shift() as string;
    if (seen.has(pathname)) continue;
    seen.add(pathname);
    // Files (CSV, JSON, text) are fetched, not opened: a browser would download them.
    if (!pathname.endsWith('/') && !pathname.endsWith('.html')) {
      expect((await page.request.get(pathname)).status(), `${pathname} (linked from the site)`).toBe(200);
      continue;
    }
    const response = await page.goto(pathname);
    expect(response?.status(), `${pathname} (linked from the site)`).toBe(200);
    ids.set(pathname, new Set(await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id))));
    const hrefs = await page.locator('a[href]').evaluateAll((els) => els.map((el) => (el as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== origin) continue;
      if (!url.pathname.startsWith(base)) {
        outside.push(`${url.pathname}, linked from ${pathname}`);
        continue;
      }
      if (url.hash) anchors.push({ from: pathname, to: url.pathname, id: decodeURIComponent(url.hash.slice(1)) });
      if (!seen.has(url.pathname)) queue.push(url.pathname);
    }
  }

  expect(outside, 'links that leave the base path').toEqual([]);
  const pages = builtPages()
    .filter((p) => p !== '/404.html')
    .map(at);
  expect(
    pages.filter((p) => !seen.has(p)),
    'pages no link leads to',
  ).toEqual([]);
  for (const anchor of anchors) {
    expect(ids.get(anchor.to)?.has(anchor.id), `#${anchor.id} on ${anchor.to}, linked from ${anchor.from}`).toBe(true);
  }
  expect(foreign, 'requests to other hosts').toEqual([]);
});

test('the 404 page answers unknown addresses in both languages', async ({ page }) => {
  const response = await page.goto(at('/lv/2023/9-9/'));
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('Lapa nav atrasta');
  await expect(page.locator('section[lang="en"]')).toContainText('Page not found');
});

for (const pathname of builtPages().filter((p) => p.startsWith('/lv/') || p.startsWith('/en/'))) {
  test(`language switch on ${pathname} leads to its twin`, async ({ page }) => {
    await page.goto(at(pathname));
    const lang = pathname.split('/')[1] ?? '';
    const twin = otherLocale(lang);
    const link = page.locator('a[data-lang-switch]');
    await expect(link).toHaveAttribute('hreflang', twin);
    await expect(link).toHaveAttribute('lang', twin);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${pathname.replace(`/${lang}/`, `/${twin}/`)}$`));
    await expect(page.locator('html')).toHaveAttribute('lang', twin);
    await expect(page.locator('h1')).toHaveCount(1);
  });
}
