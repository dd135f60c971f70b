/**
 * Search that forgives: one-letter slips, questions, abbreviations and
 * synonyms find their measure, and a search that finds nothing says what else
 * to do. The test set (tests/fixtures/search-queries.json) runs through the
 * search page in each language; recall@3 is at least 95%, and 100% for words
 * as the text has them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { dictionaries } from '#src/i18n/index.ts';
import { localeCodes } from '#src/i18n/locales.ts';
import { recallAt3, runSearch, searchCases, type SearchOutcome } from '../helpers/searchRecall.ts';
import { at, distDir } from './site.ts';

/** A note's text up to its first placeholder, in the page's language: how the page's own string begins. */
const opening = (lang: 'lv' | 'en', key: 'search.corrected' | 'search.someWords' | 'search.didYouMean') =>
  dictionaries[lang][key].split('{')[0] ?? '';
const noteKeys = { corrected: 'search.corrected', someWords: 'search.someWords' } as const;

async function settled(page: Page) {
  const status = page.locator('[data-search-status]');
  await expect(status).not.toHaveText('');
  await expect(status).not.toContainText('…');
}
const slugs = (page: Page) =>
  page
    .locator('.result-list h3 a')
    .evaluateAll((links) =>
      links.map((a) => (a.getAttribute('href') ?? '').replace(/^.*\/\w\w\/\d{4}\//, '').replace(/\/$/, '')),
    );

/** The measures each administrator administers, from the published data (the site's own figures). */
function measuresOf(administrator: string): string[] {
  const data = JSON.parse(readFileSync(path.join(distDir, 'data/2023/programme.json'), 'utf8')) as {
    measures: { code: string; administrator: { id: string } | string }[];
  };
  return data.measures
    .filter((m) => (typeof m.administrator === 'string' ? m.administrator : m.administrator.id) === administrator)
    .map((m) => m.code.replaceAll('.', '-'));
}

test('the test set has at least 60 queries per language, of every kind', () => {
  const kinds = [
    'plain',
    'missing letter',
    'extra letter',
    'swapped letters',
    'wrong letter',
    'missing diacritic and a slip',
    'several words',
    'question',
    'abbreviation',
  ];
  for (const lang of localeCodes) {
    expect(searchCases[lang].length, lang).toBeGreaterThanOrEqual(60);
    for (const kind of kinds)
      expect(
        searchCases[lang].some((c) => c.kind === kind),
        `${lang}: ${kind}`,
      ).toBe(true);
  }
});

for (const lang of localeCodes) {
  test(`${lang}: recall@3 is at least 95%, plain queries 100%, with the notes where they apply`, async ({ page }) => {
    test.setTimeout(180_000);
    const outcomes: SearchOutcome[] = [];
    for (const search of searchCases[lang])
      outcomes.push(await runSearch(page, at(`/${lang}/search/?q=${encodeURIComponent(search.query)}`), search));
    const misses = outcomes.filter((o) => !o.found).map((o) => `${o.case.query} → ${o.slugs.slice(0, 3).join(', ')}`);
    const plain = outcomes.filter((o) => o.case.kind === 'plain');
    expect(plain.filter((o) => !o.found).map((o) => o.case.query)).toEqual([]);
    expect(recallAt3(outcomes), misses.join('\n')).toBeGreaterThanOrEqual(0.95);
    for (const outcome of outcomes) {
      const shows = outcome.case.shows;
      if (shows) expect(outcome.notes, outcome.case.query).toContain(opening(lang, noteKeys[shows]));
    }
    // Words as the text has them need no note at all.
    for (const outcome of plain) expect(outcome.notes, outcome.case.query).toBe('');
  });
}

test('a one-letter slip in a word of one measure only brings that measure first, saying so', async ({ page }) => {
  for (const [lang, query, measure, correction] of [
    ['lv', 'konferance', '2-1-2', 'konference'],
    ['lv', 'Dardedse', '2-2-2', 'Dardedze'],
    ['en', 'crsis', '1-1', 'crisis'],
    ['en', 'guardinaship', '1-3', 'guardianship'],
  ] as const) {
    await page.goto(at(`/${lang}/search/?q=${query}`));
    await settled(page);
    expect((await slugs(page))[0], query).toBe(measure);
    const note = page.locator('[data-search-notes] p');
    await expect(note).toHaveText(
      dictionaries[lang]['search.corrected'].replace('{corrected}', correction).replace('{original}', query),
    );
    // Both are links: to the corrected search, and to the words as typed.
    await expect(note.getByRole('link', { name: correction })).toHaveAttribute('href', `?q=${correction}`);
    await expect(note.getByRole('link', { name: query })).toHaveAttribute('href', `?q=${query}&typed=`);
  }
});

test('“Search instead for …” keeps the words as typed and offers the correction', async ({ page }) => {
  await page.goto(at('/lv/search/?q=vardarbbia'));
  await settled(page);
  await page.locator('[data-search-notes] a', { hasText: 'vardarbbia' }).click();
  await settled(page);
  await expect(page).toHaveURL(/q=vardarbbia&typed=$/);
  await expect(page.locator('[data-search-notes] p')).toHaveText(
    dictionaries.lv['search.didYouMean'].replace('{corrected}', 'vardarbība'),
  );
  // What the slip finds as typed, through Pagefind's fallback to a shorter word: not the correction's results.
  await page.locator('#search-page-query').fill('vardarbbia ');
  await settled(page);
  await expect(page).not.toHaveURL(/typed/);
  await expect(page.locator('[data-search-notes]')).toContainText(opening('lv', 'search.corrected'));
});

test('a question with words the text does not have is answered from its other words, saying which', async ({
  page,
}) => {
  await page.goto(at(`/en/search/?q=${encodeURIComponent('how are children protected from sexual abuse')}`));
  await settled(page);
  expect((await slugs(page))[0]).toBe('2-2-2');
  const note = page.locator('[data-search-notes] p').last();
  await expect(note).toContainText(opening('en', 'search.someWords'));
  await expect(note).toContainText('“sexual”');
  await expect(note).toContainText('“abuse”');
  // "protected" is in no page; "children" is on most of them, so it ranks nothing.
  await expect(note).not.toContainText('protected');
  await expect(note).not.toContainText('children');
});

for (const lang of localeCodes)
  for (const [abbreviation, administrator] of [
    ['LM', 'ministry'],
    ['VBTAI', 'inspectorate'],
  ] as const) {
    test(`${lang}: “${abbreviation}” finds the measures its administrator administers, as the filter does`, async ({
      page,
    }) => {
      await page.goto(at(`/${lang}/search/?q=${abbreviation}`));
      await settled(page);
      expect((await slugs(page)).sort()).toEqual(measuresOf(administrator).sort());
      await expect(page.locator('[data-search-notes]')).toContainText(`“${abbreviation}”`);
    });
  }

test('a synonym finds what its meaning finds', async ({ page }) => {
  for (const [lang, synonym, meaning] of [
    ['en', 'hotline', 'helpline'],
    ['en', 'kindergarten', 'pre-school'],
    ['lv', 'bērnudārzā', 'pirmsskolas'],
  ] as const) {
    await page.goto(at(`/${lang}/search/?q=${encodeURIComponent(meaning)}`));
    await settled(page);
    const expected = await slugs(page);
    await page.goto(at(`/${lang}/search/?q=${encodeURIComponent(synonym)}`));
    await settled(page);
    expect(await slugs(page), synonym).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  }
});

test('nothing found: the page offers the contents, the whole document and the other language; the list is hidden', async ({
  page,
}) => {
  await page.goto(at('/en/search/?q=xylophone'));
  await settled(page);
  await expect(page.locator('[data-search-results]')).toBeHidden();
  const help = page.locator('[data-search-help]');
  await expect(help).toBeVisible();
  await expect(help.getByRole('link', { name: dictionaries.en['search.browse'] })).toHaveAttribute(
    'href',
    at('/en/2023/'),
  );
  await expect(help.getByRole('link', { name: dictionaries.en['document.link'] })).toHaveAttribute(
    'href',
    at('/en/2023/document/'),
  );
  const other = help.getByRole('link', { name: 'Search the pages in Latvian' });
  await expect(other).toHaveAttribute('href', at('/lv/search/?q=xylophone'));
  await expect(other).toHaveAttribute('hreflang', 'lv');
  // No filters set: nothing to clear.
  await expect(help.getByRole('link', { name: dictionaries.en['search.help.clearFilters'] })).toBeHidden();

  await page.goto(at('/lv/search/?q=mentors&administrator=inspectorate'));
  await settled(page);
  const clear = page.getByRole('link', { name: dictionaries.lv['search.help.clearFilters'] });
  await expect(clear).toBeVisible();
  await expect(page.getByRole('link', { name: 'Meklēt angļu valodas lapās' })).toHaveAttribute(
    'href',
    at('/en/search/?q=mentors'),
  );
  await clear.click();
  await settled(page);
  expect(await slugs(page)).toContain('2-2-1');
  await expect(page.locator('[data-search-help]')).toBeHidden();
});

test('the results list is hidden while it is empty, and shown with the results', async ({ page }) => {
  await page.goto(at('/lv/search/'));
  await expect(page.locator('[data-search-status]')).toHaveText(dictionaries.lv['search.prompt']);
  await expect(page.locator('[data-search-results]')).toBeHidden();
  await page.locator('#search-page-query').fill('mentors');
  await expect(page.locator('[data-search-results]')).toBeVisible();
});

test('a corrected search shifts nothing on the page (layout shift 0)', async ({ page }) => {
  await page.goto(at('/en/search/?q=confernece'));
  await settled(page);
  await expect(page.locator('.result-list li').first()).toBeVisible();
  const shift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) total += (entry as unknown as { value: number }).value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 300);
      }),
  );
  expect(shift).toBe(0);
});

test('“Show more” keeps the note above the results', async ({ page }) => {
  await page.goto(at('/en/search/?q=childen'));
  await expect(page.locator('.result-list > li')).toHaveCount(10);
  const note = page.locator('[data-search-notes]');
  await expect(note).toContainText(opening('en', 'search.corrected'));
  await page.getByRole('button', { name: dictionaries.en['search.more'] }).click();
  await expect(page.locator('.result-list > li')).not.toHaveCount(10);
  await expect(note).toContainText(opening('en', 'search.corrected'));
});
