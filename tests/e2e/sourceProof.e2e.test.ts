/**
 * What the site says about its fidelity can be checked by a reader: every page
 * built from the programme, and the About page, names the source text file,
 * links to it, and gives a SHA-256 that is the SHA-256 of the file served.
 */
import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { at, builtPages } from './site.ts';

const sourcePath = at('/source/programme-2023.lv.txt');
const fromSource = builtPages().filter((p) => /^\/(lv|en)\/2023\//.test(p));

test('pages built from the source are found', () => {
  expect(fromSource.length).toBeGreaterThan(20);
});

for (const pathname of [...fromSource, '/lv/about/', '/en/about/']) {
  test(`${pathname} gives the SHA-256 of the source file it was checked against`, async ({ page }) => {
    const served = await page.request.get(sourcePath);
    expect(served.status()).toBe(200);
    const sha256 = createHash('sha256')
      .update(await served.body())
      .digest('hex');
    await page.goto(at(pathname));
    const where = pathname.endsWith('/about/') ? 'main' : 'footer';
    const proof = page.locator(`${where} [data-source-proof]`);
    await expect(proof).toHaveCount(1);
    await expect(proof.locator('[data-sha256]')).toHaveText(sha256);
    await expect(proof.locator(`a[href="${sourcePath}"]`)).toHaveCount(1);
    await expect(proof).toContainText(
      pathname.startsWith('/en/')
        ? 'The programme’s Latvian text on this site was checked at build time against'
        : 'Programmas teksts latviešu valodā šajā vietnē būvēšanas laikā ir salīdzināts ar failu',
    );
  });
}

test('the Latvian search page agrees “all” with each filter', async ({ page }) => {
  await page.goto(at('/lv/search/'));
  await expect(page.locator('#search-administrator option').first()).toHaveText('Visi administrētāji');
  await expect(page.locator('#search-chapter option').first()).toHaveText('Visas nodaļas');
});

test('the Latvian data page names each type in Latvian beside its code', async ({ page }) => {
  await page.goto(at('/lv/data/'));
  const types = await page.locator('.field-table').first().locator('tbody td:nth-child(2)').allTextContents();
  expect(types.length).toBeGreaterThan(0);
  for (const type of types)
    expect(type.trim()).toMatch(/^(teksts \(string\)|skaitlis \(number\)|vesels skaitlis \(integer\))$/);
});
