import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { localeCodes, type Locale } from '#src/i18n/locales.ts';

/** One query of the search's test set (tests/fixtures/search-queries.json, described in its README). */
export interface SearchCase {
  query: string;
  /** The measure it must bring into the first three results, or measures of which any will do. */
  measure: string | string[];
  kind: string;
  /** The note the page must show with its results: a correction, or the words used. */
  shows?: 'corrected' | 'someWords';
}

const fixture = JSON.parse(
  readFileSync(path.join(import.meta.dirname, '../fixtures/search-queries.json'), 'utf8'),
) as Record<string, unknown>;
/** The test set per language of the site (the file's `$comment` aside). */
export const searchCases = Object.fromEntries(
  localeCodes.map((lang) => [lang, (fixture[lang] ?? []) as SearchCase[]]),
) as Record<Locale, SearchCase[]>;

export interface SearchOutcome {
  case: SearchCase;
  /** The results' measure numbers with dashes (`2-1-2`), or paths for other pages, in order. */
  slugs: string[];
  notes: string;
  found: boolean;
}

/** The measure number with dashes of a result's address (`/berni/en/2023/2-1-2/` → `2-1-2`). */
export const slugOf = (href: string) => href.replace(/^.*\/\w\w\/\d{4}\//, '').replace(/\/$/, '');

/** Runs one query through the search page at `url` and reads its results and notes once it has settled. */
export async function runSearch(page: Page, url: string, search: SearchCase): Promise<SearchOutcome> {
  await page.goto(url);
  await page.waitForFunction(() => {
    const status = document.querySelector('[data-search-status]')?.textContent ?? '';
    return status !== '' && !status.includes('…');
  });
  const slugs = (
    await page.locator('.result-list h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
  ).map(slugOf);
  const notes = (await page.locator('[data-search-notes]').textContent()) ?? '';
  const wanted = Array.isArray(search.measure) ? search.measure : [search.measure];
  return { case: search, slugs, notes, found: slugs.slice(0, 3).some((slug) => wanted.includes(slug)) };
}

/** The share of outcomes whose measure is in the first three results. */
export const recallAt3 = (outcomes: readonly SearchOutcome[]) =>
  outcomes.length === 0 ? 0 : outcomes.filter((o) => o.found).length / outcomes.length;
