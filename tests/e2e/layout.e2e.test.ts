/**
 * Each kind of page without JavaScript, on a 320 px wide screen, in print,
 * and with the head metadata that search engines and link previews read.
 */
import { expect, test } from '@playwright/test';
import { at, siteUrl, pageKinds } from './site.ts';

test.describe('without JavaScript, 320 px wide', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });

  for (const [kind, pathname] of Object.entries(pageKinds)) {
    test(`${kind} (${pathname}) reads without scrolling sideways`, async ({ page }) => {
      await page.goto(at(pathname));
      await expect(page.locator('h1').first()).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }

  test('the header search box reaches the search page as a plain form', async ({ page }) => {
    await page.goto(at('/lv/2023/1-1/'));
    await page.locator('header input[name="q"]').fill('mentors');
    await page.locator('header button[type="submit"]').click();
    await expect(page).toHaveURL(/\/lv\/search\/\?q=mentors$/);
  });
});

for (const [kind, pathname] of Object.entries(pageKinds)) {
  test(`${kind}: one h1, and headings never skip a level`, async ({ page }) => {
    await page.goto(at(pathname));
    const levels = await page
      .locator('h1, h2, h3, h4, h5, h6')
      .evaluateAll((els) => els.map((el) => Number(el.tagName[1])));
    expect(levels[0]).toBe(1);
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    for (let i = 1; i < levels.length; i++)
      expect(levels[i] ?? 0, `heading ${i} on ${pathname}`).toBeLessThanOrEqual((levels[i - 1] ?? 0) + 1);
  });
}

test('keyboard: the skip link is the first stop and moves to the main content', async ({ page }) => {
  await page.goto(at('/en/2023/1-1/'));
  await page.keyboard.press('Tab');
  const skip = page.locator('a.skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('print shows the permanent address and hides the navigation', async ({ page }) => {
  await page.goto(at('/lv/2023/2-1-3/'));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.print-only').first()).toBeVisible();
  await expect(page.locator('.print-only').first()).toContainText(`${siteUrl}lv/2023/2-1-3/`);
  await expect(page.locator('.print-only').nth(1)).toContainText('Labklājības ministrija');
});

test('head: title, description, canonical, Open Graph and language alternates', async ({ page }) => {
  await page.goto(at('/en/2023/1-1/'));
  // English writes the number without the Latvian ordinal dot.
  await expect(page).toHaveTitle(/^1\.1 Provision .+ — State Programme/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.+/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${siteUrl}en/2023/1-1/`);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/);
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'en_GB');
  await expect(page.locator('link[rel="alternate"][hreflang="lv"]')).toHaveAttribute('href', `${siteUrl}lv/2023/1-1/`);
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute(
    'href',
    `${siteUrl}lv/2023/1-1/`,
  );
});

test('sitemap lists pages with their language alternates, and robots.txt points to it', async ({ request }) => {
  const robots = await (await request.get(at('/robots.txt'))).text();
  expect(robots).toContain(`Sitemap: ${siteUrl}sitemap-index.xml`);
  const sitemap = await (await request.get(at('/sitemap-0.xml'))).text();
  expect(sitemap).toContain(`<loc>${siteUrl}en/2023/2-2-2/</loc>`);
  expect(sitemap).toMatch(/hreflang="lv"/);
});

test('a measure: results have stable anchors, money has exact values, the citation is complete', async ({ page }) => {
  await page.goto(at('/lv/2023/1-1/'));
  await expect(page.locator('#result-1')).toBeVisible();
  await expect(page.locator('#result-5')).toBeVisible();
  await expect(page.locator('.facts data').first()).toHaveAttribute('value', '8000');
  const citation = page.locator('[data-citation]');
  await expect(citation).toContainText('Valsts programma bērna un ģimenes stāvokļa uzlabošanai 2023.gadam');
  await expect(citation).toContainText('1.1');
  await expect(citation).toContainText('Valsts bērnu tiesību aizsardzības inspekcija');
  await expect(citation).toContainText(`${siteUrl}lv/2023/1-1/`);
  await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', at('/lv/2023/1-2/'));
});

test('2.1.3 shows the editorial note about the helpline number', async ({ page }) => {
  await page.goto(at('/en/2023/2-1-3/'));
  await expect(page.locator('h1')).toContainText('111611');
  await expect(page.locator('.editorial-note')).toContainText('116111');
});
