import { expect, test } from '@playwright/test';
import path from 'node:path';
import { at } from './site.ts';
import { readContent } from '#src/check/readContent.ts';

// The measures as the content has them, so a measure added to the content is covered without editing this test.
// The amount of each is its Latvian file's, the only place it is written.
const content = await readContent(path.resolve(import.meta.dirname, '../..'));
const measures = content.measures
  .filter((m) => m.id.startsWith('2023/lv/') && !m.data.draft)
  .map((m) => ({ slug: m.id.split('/').at(-1) ?? '', amount: String(m.data.funding.amount) }));

test.describe('smoke: every measure has a page in both languages, with the amount of its Latvian file', () => {
  for (const lang of ['lv', 'en']) {
    for (const { slug, amount } of measures) {
      test(`/${lang}/2023/${slug}/`, async ({ page }) => {
        const response = await page.goto(at(`/${lang}/2023/${slug}/`));
        expect(response?.status()).toBe(200);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.locator('h1')).toHaveCount(1);
        await expect(page.locator('.facts data').first()).toHaveAttribute('value', amount);
      });
    }
  }
});
