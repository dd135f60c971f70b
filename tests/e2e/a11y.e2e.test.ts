/** WCAG 2.2 AA with axe on every page of the build, in light and dark colour schemes. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { at, builtPages } from './site.ts';
import { searchSettled, searchStates } from './searchStates.ts';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const pathname of builtPages()) {
  test(`axe: ${pathname}`, async ({ page }) => {
    await page.goto(at(pathname));
    const results = await new AxeBuilder({ page }).withTags(tags).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

for (const pathname of ['/lv/2023/', '/en/2023/2-1-3/']) {
  test(`axe in the dark colour scheme: ${pathname}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(at(pathname));
    const results = await new AxeBuilder({ page }).withTags(tags).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
}

for (const { state, path } of searchStates) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe on the search page, ${state} (${colorScheme}): ${path}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(at(path));
      await page.waitForFunction(searchSettled);
      const results = await new AxeBuilder({ page }).withTags(tags).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    });
  }
}
