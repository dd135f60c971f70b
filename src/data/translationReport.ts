import { type Locale } from '#src/i18n/locales.ts';
import { paths } from '#src/i18n/paths.ts';
import type { TranslationStatus } from '#src/lib/translation/translationStatus.ts';
import { getSite, loadCollections, siteDates, type ProgrammeYear } from './site.ts';
import { translationRows, type TranslationRow } from './translationRows.ts';

/** One line of the staff page of translations: an entry in one translated language. */
export interface TranslationReportRow {
  /** The entry as `npm run translations` names it, which `--done` takes. */
  key: string;
  lang: Locale;
  status: TranslationStatus;
  /** When the Latvian text changed, for an outdated translation whose change is committed. */
  since: Date | undefined;
  /** The translation's page (or the page that stands in for it); undefined when no programme year has it. */
  href: string | undefined;
  /** The file to edit. */
  file: string;
}

/** The rows of `npm run translations` (src/data/translationRows.ts) with the pages they are shown on. */
export function translationReport(
  rows: readonly TranslationRow[],
  years: readonly ProgrammeYear[],
): TranslationReportRow[] {
  // Administrators belong to no year: their newest year's page stands for them.
  const newest = years[0]?.year;
  const pageOf = ({ target, lang }: TranslationRow): string | undefined => {
    switch (target.kind) {
      case 'measure':
      case 'section':
        return paths.part(lang, target.year, target.code);
      case 'programme':
        return paths.year(lang, target.year);
      case 'update':
        return paths.update(lang, target.year, target.slug);
      case 'administrator':
        return newest === undefined ? undefined : paths.administrator(lang, newest, target.id);
    }
  };
  return rows.map((row) => ({
    key: row.key,
    lang: row.lang,
    status: row.status,
    since: row.since === undefined ? undefined : new Date(row.since),
    href: pageOf(row),
    file: row.file,
  }));
}

/** Where every translation stands now, as the preview's staff page lists it. */
export async function staffTranslationReport(): Promise<TranslationReportRow[]> {
  const rows = translationRows(await loadCollections(), await siteDates());
  return translationReport(rows, (await getSite()).years);
}
