import { getCollection } from 'astro:content';
import { locales, localeCodes, type Locale } from '#src/i18n/locales.ts';
import { paths } from '#src/i18n/paths.ts';
import type { Translate } from '#src/i18n/index.ts';
import { inLanguage } from '#src/lib/language/localised.ts';
import { stripLangMarkup } from '#src/lib/language/stripLangMarkup.ts';
import { termKey, type SearchTerms } from '#src/lib/search/searchTerms.ts';

/**
 * The words search reads otherwise, for the search page in `locale`: every
 * administrator's abbreviation in every language (LM, VBTAI), standing
 * for that administrator's measures, from administrators.yaml; and the
 * synonyms of synonyms.yaml, standing for their meaning in this language.
 * (`npm run check` refuses synonyms search could not use, before a build.)
 */
export async function searchTerms(locale: Locale): Promise<SearchTerms> {
  const synonyms = await getCollection('synonyms');
  const administrators = await getCollection('administrators');
  const terms: SearchTerms = {};
  for (const { data } of synonyms) {
    const means = data.means[locale];
    if (means === undefined) continue;
    for (const term of data.terms[locale] ?? []) terms[termKey(term, locale)] = { means };
  }
  for (const { id, data } of administrators) {
    const name = stripLangMarkup(inLanguage(data.name, locale));
    for (const code of localeCodes) {
      const abbreviation = data.abbreviation[code];
      if (abbreviation !== undefined)
        terms[termKey(stripLangMarkup(abbreviation), locale)] = { means: name, administrator: id };
    }
  }
  return terms;
}

/** The search pages in the other languages, each named in this page's language ("Search the pages in Latvian"). */
export function otherLanguageSearches(locale: Locale, t: Translate): { code: Locale; href: string; label: string }[] {
  const names = new Intl.DisplayNames([locales[locale].intl], { type: 'language' });
  return localeCodes
    .filter((code) => code !== locale)
    .map((code) => ({
      code,
      href: paths.search(code),
      label: t('search.help.otherLanguage', { language: names.of(locales[code].lang) ?? locales[code].label }),
    }));
}
