/**
 * The overview shows the figures of the approved 2023 programme, written out
 * here as the document gives them (not recomputed with the code under test),
 * read from the rendered `<data value>` elements.
 */
import { expect, test } from '@playwright/test';
import { at } from './site.ts';

/** The approved programme's figures, in euro, in the document's order. */
const approved = {
  total: 283239,
  chapters: [93200, 190039],
  subsections: [57039, 130000],
  administrators: { ministry: 255239, inspectorate: 28000 },
  measures: [8000, 46200, 29000, 10000, 15000, 40039, 2000, 50000, 80000, 3000],
};

const values = (page: import('@playwright/test').Page, table: string, cell: string) =>
  page.locator(`#${table} ${cell} data`).evaluateAll((els) => els.map((el) => Number(el.getAttribute('value'))));

for (const [lang, total] of [
  ['lv', '283 239 €'],
  ['en', '€283,239'],
] as const) {
  test(`/${lang}/2023/ shows the computed total and subtotals`, async ({ page }) => {
    await page.goto(at(`/${lang}/2023/`));
    const shownTotal = page.locator('[data-total] data');
    await expect(shownTotal).toHaveAttribute('value', String(approved.total));
    expect((await shownTotal.textContent())?.replace(/\s/g, ' ')).toBe(total);

    expect(await values(page, 'by-chapter', 'tbody')).toEqual(approved.chapters);
    expect(await values(page, 'by-chapter', 'tfoot')).toEqual([approved.total]);
    expect(await values(page, 'by-subsection', 'tbody')).toEqual(approved.subsections);
    // The administrator with the most funding first.
    expect(await values(page, 'by-administrator', 'tbody')).toEqual([
      approved.administrators.ministry,
      approved.administrators.inspectorate,
    ]);
    expect(await values(page, 'by-administrator', 'tfoot')).toEqual([approved.total]);
    expect(await values(page, 'by-measure', 'tbody')).toEqual(approved.measures);
  });
}

test('the introduction’s administrators list is derived as the source states it', async ({ page }) => {
  await page.goto(at('/lv/2023/'));
  const items = await page.locator('[data-derived-administrators] li').allTextContents();
  expect(items).toEqual([
    'ministrija nodrošina un administrē valsts programmas 1.2., 1.3., 1.4., 2.1.2., 2.2.1. un 2.2.2. apakšnodaļā noteiktos pasākumus;',
    'inspekcija nodrošina un administrē valsts programmas 1.1., 2.1.1., 2.1.3. un 2.3. apakšnodaļā noteiktos pasākumus.',
  ]);
});

test('the English administrators list uses the glossary’s terms and the source’s punctuation', async ({ page }) => {
  await page.goto(at('/en/2023/'));
  const items = await page.locator('[data-derived-administrators] li').allTextContents();
  expect(items).toEqual([
    'the Ministry implements and administers the measures set out in Subsections 1.2, 1.3, 1.4, 2.1.2, 2.2.1 and 2.2.2 of the State Programme;',
    'the Inspectorate implements and administers the measures set out in Subsections 1.1, 2.1.1, 2.1.3 and 2.3 of the State Programme.',
  ]);
});

test('every chart has a text alternative and a table with the same figures', async ({ page }) => {
  await page.goto(at('/en/2023/'));
  const charts = page.locator('figure.chart svg[role="img"]');
  await expect(charts).toHaveCount(4);
  for (const chart of await charts.all()) await expect(chart).toHaveAttribute('aria-label', /table/);
  await expect(page.locator('table caption')).toHaveCount(4);
});

test('the root page says, in each language with its own lang, what the programme is, its year, total and measures', async ({
  page,
}) => {
  await page.goto(at('/'));
  const parts = page.locator('[data-root-part]');
  await expect(parts).toHaveCount(2);
  await expect(parts.nth(0)).toHaveAttribute('lang', 'lv');
  await expect(parts.nth(0).locator('[data-root-summary]')).toHaveText(
    /^2023\. gada programma: 10 pasākumi, kopējais finansējums 283\s239\s€\.$/,
  );
  await expect(parts.nth(0).locator('a')).toHaveAttribute('href', at('/lv/'));
  await expect(parts.nth(1)).toHaveAttribute('lang', 'en');
  await expect(parts.nth(1).locator('[data-root-summary]')).toHaveText(
    /^The programme for 2023: 10 measures, total funding €283,239\.$/,
  );
  await expect(parts.nth(1).locator('a')).toHaveAttribute('href', at('/en/'));
  await expect(page.locator('link[hreflang="x-default"]')).toHaveCount(1);
});
