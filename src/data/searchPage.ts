import { getCollection } from 'astro:content';
import { locales, localeCodes, type Locale } from '#src/i18n/locales.ts';
import { paths } from '#src/i18n/paths.ts';
import type { Translate } from '#src/i18n/index.ts';
import { formatProblem } from '#src/lib/content/validateProgramme.ts';
import { synonymProblems, termKey, type SearchTerms } from '#src/lib/search/searchTerms.ts';

/**
 * The words search reads otherwise, for the search page in `locale`: every
 * administrator's abbreviation in every language (LM, MoW, VBTAI), standing
 * for that administrator's measures, from administrators.yaml; and the
 * synonyms of synonyms.yaml, standing for their meaning in this language.
 */
export async function searchTerms(locale: Locale): Promise<SearchTerms> {
  const synonyms = await getCollection('synonyms');
  const administrators = await getCollection('administrators');
  const entries = synonyms.map((entry) => ({ ...entry, filePath: entry.filePath ?? 'src/content/synonyms.yaml' }));
  const problems = synonymProblems(entries, administrators);
  if (problems.length > 0) throw new Error(problems.map(formatProblem).join('\n'));
  const terms: SearchTerms = {};
  for (const { data } of synonyms)
    for (const term of data.terms[locale]) terms[termKey(term, locale)] = { means: data.means[locale] };
  for (const { id, data } of administrators)
    for (const code of localeCodes)
      terms[termKey(data.abbreviation[code], locale)] = { means: data.name[locale], administrator: id };
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
