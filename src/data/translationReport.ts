import { defaultLocale, localeCodes, type Locale } from '../i18n/locales.ts';
import { paths } from '../i18n/paths.ts';
import { translationStatus, type TranslationStatus } from '../lib/translationStatus.ts';
import { stampOf } from './records.ts';
import type { ProgrammeYear } from './site.ts';

/** One line of the staff page of translations: a measure in one translated language. */
export interface TranslationRow {
  code: string;
  year: number;
  lang: Locale;
  status: TranslationStatus;
  /** When the Latvian text changed, for an outdated translation whose change is committed. */
  since: Date | undefined;
  /** The translation's page (or the page that stands in for it). */
  href: string;
  /** The file to edit. */
  file: string;
}

/** Where every translation stands, as `npm run translations` lists it. */
export function translationReport(years: readonly ProgrammeYear[]): TranslationRow[] {
  return years.flatMap((year) =>
    year.measures.flatMap((measure) =>
      localeCodes
        .filter((lang) => lang !== defaultLocale)
        .map((lang): TranslationRow => {
          const status = translationStatus(stampOf(measure.original), measure.translations[lang]?.data);
          const since = status === 'outdated' ? year.dates.get(measure.original.filePath ?? '') : undefined;
          return {
            code: measure.code,
            year: year.year,
            lang,
            status,
            since: since === undefined ? undefined : new Date(since),
            href: paths.part(lang, year.year, measure.code),
            file: `src/content/measures/${year.year}/${lang}/${measure.slug}.mdx`,
          };
        }),
    ),
  );
}
