/**
 * WCAG 2.2 AA on every page of the build with two engines, because each finds
 * barriers the other misses: axe (in light and dark colour schemes) and
 * Siteimprove Alfa (the rules whose requirements include a WCAG 2.2 A or AA
 * criterion).
 */
import AxeBuilder from '@axe-core/playwright';
import allRules from '@siteimprove/alfa-rules';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { at, builtPages, distDir } from './site.ts';
import { searchSettled, searchStates } from './searchStates.ts';

import { alfaOutcomes, alfaRules, axeTags as tags, notRun, ruleId } from '../helpers/accessibility.ts';

/** Alfa's failed outcomes on the page as loaded; fails when no rule passed at all (the engine saw nothing). */
async function alfaFailures(page: Page, pathname: string): Promise<string[]> {
  const { passed, failures } = await alfaOutcomes(page);
  expect(passed, `no Alfa rule passed on ${pathname}`).toBeGreaterThan(0);
  return failures;
}

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

test('Alfa runs the rules of WCAG 2.2 A and AA', () => {
  // A filter that matched nothing (a changed API, a missing package) would make every page pass.
  expect(alfaRules.length).toBeGreaterThan(40);
  for (const id of Object.keys(notRun))
    expect(
      [...allRules].map((rule) => ruleId(rule.uri)),
      `notRun lists an unknown rule`,
    ).toContain(id);
});

for (const pathname of builtPages()) {
  test(`Alfa: ${pathname}`, async ({ page }) => {
    await page.goto(at(pathname));
    expect(await alfaFailures(page, pathname)).toEqual([]);
  });
}

/** The pages that ship a script (search only): what a reader without JavaScript gets is checked too. */
const scripted = builtPages().filter((pathname) =>
  readFileSync(path.join(distDir, pathname.endsWith('/') ? `${pathname}index.html` : pathname), 'utf8').includes(
    '<script type="module"',
  ),
);

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('some pages ship a script', () => {
    expect(scripted.length).toBeGreaterThan(0);
  });

  for (const pathname of scripted) {
    test(`Alfa without JavaScript: ${pathname}`, async ({ page }) => {
      await page.goto(at(pathname));
      expect(await alfaFailures(page, pathname)).toEqual([]);
    });
  }
});

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

for (const { state, path } of searchStates) {
  test(`Alfa on the search page, ${state}: ${path}`, async ({ page }) => {
    await page.goto(at(path));
    await page.waitForFunction(searchSettled);
    expect(await alfaFailures(page, path)).toEqual([]);
  });
}
