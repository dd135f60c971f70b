import { defaultLocale, type Locale } from '#src/i18n/locales.ts';
import type { Measure } from './site.ts';

/**
 * A measure's text in `locale`: its translation, or the Latvian original when
 * it has none yet (a fallback, which pages mark). The pages and the open data
 * read a measure's text through this one function.
 */
export function measureText(measure: Measure, locale: Locale) {
  const original = measure.original.data;
  const translation = locale === defaultLocale ? undefined : measure.translations[locale];
  return {
    title: translation?.data.title ?? original.title,
    results: translation?.data.results ?? original.results,
    notes: translation?.data.notes ?? original.notes,
    fundingNote: translation ? (translation.data.funding?.note ?? original.funding.note) : original.funding.note,
    fallback: locale !== defaultLocale && translation === undefined,
    entry: translation ?? measure.original,
  };
}
