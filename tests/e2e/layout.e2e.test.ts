/**
 * Each kind of page without JavaScript, on a 320 px wide screen, in print,
 * and with the head metadata that search engines and link previews read.
 */
import { expect, test } from '@playwright/test';
import { at, builtPages, siteUrl, pageKinds } from './site.ts';

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
  await expect(page).toHaveTitle(/^1\.1 Provision .+ – State Programme/);
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

test('2.1.3: the Latvian heading keeps the source’s 111611, the English one gives 116111, and the notes say so', async ({
  page,
}) => {
  await page.goto(at('/lv/2023/2-1-3/'));
  await expect(page.locator('h1')).toContainText('111611');
  await expect(page.locator('.editorial-note')).toContainText('116111');
  await page.goto(at('/en/2023/2-1-3/'));
  await expect(page.locator('h1')).toContainText('116111');
  await expect(page.locator('h1')).not.toContainText('111611');
  await expect(page.locator('[data-citation]')).toContainText('116111 helpline');
  await expect(page.locator('.editorial-note')).toContainText('the English heading gives the correct one, 116111');
  await expect(page.locator('.editorial-note h2')).toHaveText('Editorial notes');
});

test('no English page says “chapter 1’s”, “MoW” or a straight apostrophe, nor “111611” in a heading', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const english = builtPages().filter((pathname) => pathname.startsWith('/en/'));
  expect(english.length).toBeGreaterThan(10);
  const found: string[] = [];
  for (const pathname of english) {
    await page.goto(at(pathname));
    const { headings, body } = await page.evaluate(() => {
      const copy = document.body.cloneNode(true) as HTMLElement;
      for (const code of copy.querySelectorAll('code, pre, script, style')) code.remove();
      return {
        headings: [
          document.title,
          ...[...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.textContent),
        ],
        body: copy.textContent ?? '',
      };
    });
    if (headings.some((h) => h?.includes('111611'))) found.push(`${pathname}: 111611 in a heading`);
    for (const [pattern, what] of [
      [/\bchapter \d+’s/i, 'chapter 1’s'],
      [/\bMoW\b/, 'MoW'],
      [/'/, 'a straight apostrophe'],
    ] as const) {
      const match = pattern.exec(body);
      if (match)
        found.push(`${pathname}: ${what} in “…${body.slice(Math.max(0, match.index - 40), match.index + 20)}…”`);
    }
  }
  expect(found).toEqual([]);
});

test('English pages show the administrators’ Latvian abbreviations marked as Latvian', async ({ page }) => {
  for (const [id, abbreviation] of [
    ['ministry', 'LM'],
    ['inspectorate', 'VBTAI'],
  ] as const) {
    await page.goto(at(`/en/2023/administrators/${id}/`));
    await expect(page.locator('h1 [lang="lv"]')).toHaveText(abbreviation);
    await expect(page.locator('.funding-table abbr [lang="lv"]').first()).toHaveText(abbreviation);
  }
});
