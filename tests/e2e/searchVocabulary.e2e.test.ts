/**
 * The search vocabulary (src/integrations/searchVocabulary.ts) is read from
 * the pages' HTML, since Pagefind exposes no word list. Pinned here against
 * what Pagefind itself indexed and finds: the text in Pagefind's own
 * fragments holds exactly the vocabulary's words, and Pagefind finds every
 * vocabulary word as a word of its index (an exact search), not by a prefix.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { localeCodes } from '#src/i18n/locales.ts';
import { countWords } from '#src/lib/search/indexedWords.ts';
import { foldDiacritics } from '#src/lib/search/stemLatvian.ts';
import { decodeVocabulary } from '#src/lib/search/vocabulary.ts';
import { at, distDir } from './site.ts';

const bundle = path.join(distDir, 'pagefind');
const vocabulary = (lang: string) =>
  decodeVocabulary(JSON.parse(readFileSync(path.join(bundle, `vocabulary.${lang}.json`), 'utf8')) as string);

/** Pagefind's fragments of a language: gzip, its signature, then JSON with the page's indexed text. */
function fragmentTexts(lang: string): string[] {
  return readdirSync(path.join(bundle, 'fragment'))
    .filter((file) => file.startsWith(`${lang}_`))
    .map((file) => {
      const data = gunzipSync(readFileSync(path.join(bundle, 'fragment', file)));
      expect(data.subarray(0, 12).toString()).toBe('pagefind_dcd');
      return (JSON.parse(data.subarray(12).toString()) as { content: string }).content;
    });
}

for (const lang of localeCodes) {
  test(`${lang}: the vocabulary holds exactly the words of the text Pagefind indexed`, () => {
    const indexed = new Map<string, Map<string, number>>();
    for (const text of fragmentTexts(lang)) countWords(text, indexed);
    const words = vocabulary(lang);
    expect(words.length).toBeGreaterThan(500);
    expect(words.map(foldDiacritics).sort()).toEqual([...indexed.keys()].sort());
  });

  test(`${lang}: Pagefind finds every vocabulary word as a word of its index`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(at(`/${lang}/search/`));
    const words = vocabulary(lang);
    const missing = await page.evaluate(
      async ({ url, words }) => {
        const pagefind = (await import(url)) as {
          options(o: object): Promise<void>;
          search(q: string): Promise<{ results: unknown[] }>;
        };
        await pagefind.options({ noWorker: true, baseUrl: url.replace(/pagefind\/pagefind\.js$/, '') });
        const none: string[] = [];
        // Quoted: Pagefind's exact search, which finds a word of its index and never a longer or shorter one.
        for (const word of words) if ((await pagefind.search(`"${word}"`)).results.length === 0) none.push(word);
        return none;
      },
      { url: at('/pagefind/pagefind.js'), words },
    );
    expect(missing).toEqual([]);
  });
}
