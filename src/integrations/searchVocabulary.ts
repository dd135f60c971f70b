import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { indexedText } from '#src/lib/search/indexedText.ts';
import { countWords, mostUsedSpellings } from '#src/lib/search/indexedWords.ts';
import { byCodeUnit, encodeVocabulary } from '#src/lib/search/vocabulary.ts';

/** Where a language's vocabulary is published, inside Pagefind's folder (so `npm run dev` serves it too). */
export const vocabularyFile = (lang: string) => `vocabulary.${lang}.json`;

/**
 * Every word the search index holds, per language (`<html lang>`), read from
 * the pages Pagefind indexes: each page's `data-pagefind-body` without its
 * `data-pagefind-ignore` parts (src/lib/search/indexedText.ts). Pagefind
 * exposes no word list of its own; tests/e2e/searchVocabulary.e2e.test.ts
 * pins this one against what Pagefind finds. Each word is kept under its
 * folded form with the spelling the text uses most.
 */
export function collectVocabularies(outDir: string, pages: { pathname: string }[]): Map<string, Map<string, string>> {
  const counts = new Map<string, Map<string, Map<string, number>>>();
  for (const { pathname } of pages) {
    const file = path.join(outDir, pathname, 'index.html');
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    // Only pages that name a body can have one; the others (the whole document, search) are never parsed.
    if (!html.includes('data-pagefind-body')) continue;
    const page = indexedText(html);
    if (!page) continue;
    const language = counts.get(page.lang) ?? new Map<string, Map<string, number>>();
    counts.set(page.lang, countWords(page.text, language));
  }
  return new Map([...counts].map(([lang, words]) => [lang, mostUsedSpellings(words)]));
}

/**
 * Writes each language's vocabulary into Pagefind's folder as a JSON string
 * (src/lib/search/vocabulary.ts), in folded order; returns the words written per language.
 */
export async function writeVocabularies(
  bundleDir: string,
  vocabularies: Map<string, Map<string, string>>,
): Promise<Record<string, number>> {
  await mkdir(bundleDir, { recursive: true });
  const written: Record<string, number> = {};
  for (const [lang, spellings] of vocabularies) {
    const ordered = [...spellings].sort((a, b) => byCodeUnit(a[0], b[0])).map(([, spelling]) => spelling);
    await writeFile(path.join(bundleDir, vocabularyFile(lang)), JSON.stringify(encodeVocabulary(ordered)));
    written[lang] = ordered.length;
  }
  return written;
}
