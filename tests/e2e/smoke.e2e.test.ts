import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { at } from './site.ts';

// The measures as the content has them, so a measure added to the content is covered without editing this test.
const measureDir = path.resolve(import.meta.dirname, '../../src/content/measures/2023/lv');
const slugs = readdirSync(measureDir)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => name.replace('.mdx', ''));

test.describe('smoke: every measure has a page in both languages', () => {
  for (const lang of ['lv', 'en']) {
    for (const slug of slugs) {
      test(`/${lang}/2023/${slug}/`, async ({ page }) => {
        const response = await page.goto(at(`/${lang}/2023/${slug}/`));
        expect(response?.status()).toBe(200);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.locator('h1')).toHaveCount(1);
        await expect(page.locator('main data').first()).toHaveAttribute('value', /^\d+(\.\d{1,2})?$/);
      });
    }
  }
});
