import { parseLangMarkup } from './parseLangMarkup.ts';
import { PARTS_SEPARATOR } from './partsSeparator.ts';

/**
 * Pagefind keeps only the text of a page, so a search result would lose the
 * `lang` of a Latvian name quoted in English (or the reverse). The pages
 * therefore state those names as search metadata
 * (src/components/SearchLanguageMeta.astro), read here from the content's own
 * markup (`:lv[…]`, `:en[…]`), and the search page marks them in its results
 * again. Texts that contain the separator are left out.
 *
 * @example languageParts(['Study “:lv[Pētījums]”', [':lv[Kuldīga] and :lv[Pētījums]']], 'en')
 * // { lv: ['Pētījums', 'Kuldīga'] }
 */
export function languageParts(texts: readonly unknown[], lang: string): Record<string, string[]> {
  const parts: Record<string, string[]> = {};
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    if (typeof value !== 'string') return;
    for (const segment of parseLangMarkup(value)) {
      if (!segment.lang || segment.lang === lang) continue;
      const text = segment.text.replace(/\s+/g, ' ').trim();
      if (!text || text.includes(PARTS_SEPARATOR)) continue;
      const list = (parts[segment.lang] ??= []);
      if (!list.includes(text)) list.push(text);
    }
  };
  visit(texts);
  return parts;
}
