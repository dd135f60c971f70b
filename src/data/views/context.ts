/**
 * What every view of one programme year in one language shares: the
 * language's `t()`, addresses, numbered headings, breadcrumb trails, the
 * "last updated" dates of files and the notices of translations that lag the
 * Latvian. Built once per year and language by ./programme.ts.
 */
import { useTranslations, type Translate } from '#src/i18n/index.ts';
import { defaultLocale, localeCodes, type Locale } from '#src/i18n/locales.ts';
import { paths } from '#src/i18n/paths.ts';
import { lookup } from '#src/lib/content/lookup.ts';
import { latestDate } from '#src/lib/history/parseGitLog.ts';
import { bilingualStatus } from '#src/lib/translation/outdatedBilingual.ts';
import type { Measure, ProgrammeYear, Section } from '#src/data/site.ts';

export interface Link {
  label: string;
  href: string;
}

/**
 * Set on a page whose translation lags its Latvian text: outdated once the
 * Latvian text changed after the translation was marked done (with the date of
 * that change, if known), or not yet checked against it at all.
 */
export interface OutdatedTranslation {
  status: 'outdated' | 'untranslated';
  since: Date | undefined;
  /** The Latvian page. */
  original: string;
}

export interface YearContext {
  year: ProgrammeYear;
  locale: Locale;
  t: Translate;
  /** "2.1.2. Title" in Latvian, "2.1.2 Title" in English. */
  numbered: (code: string, title: string) => string;
  /** The page of a numbered part in this language. */
  part: (code: string) => string;
  /** Home and the programme: every page inside the year starts its breadcrumbs with these. */
  top: Link[];
  /** The breadcrumbs down to and including the section `code` (none: just `top`). */
  trailTo: (code: string | undefined) => Link[];
  /** The latest change among content files (paths relative to the project); undefined without a git history. */
  changed: (files: Iterable<string | undefined>) => Date | undefined;
  /** A measure's files in every language. */
  filesOf: (measure: Measure) => (string | undefined)[];
  /** The notice of a bilingual entry (a section, the programme, an administrator) whose text lags the Latvian. */
  bilingualNotice: (
    entry: { data: Parameters<typeof bilingualStatus>[0]['data']; filePath?: string | undefined },
    original: string,
  ) => OutdatedTranslation | undefined;
  /** A section's title in this language. */
  sectionTitle: (section: Section) => string;
}

export function yearContext(year: ProgrammeYear, locale: Locale): YearContext {
  const t = useTranslations(locale);
  const numbered = (code: string, title: string) => t('heading.numbered', { code, title });
  const part = (code: string) => paths.part(locale, year.year, code);
  const sectionByCode = new Map(year.sections.map((s) => [s.code, s]));
  const sectionTitle = (section: Section) => section.entry.data.title[locale];
  const top: Link[] = [
    { label: t('nav.home'), href: paths.home(locale) },
    { label: t('nav.programme', { year: year.year }), href: paths.year(locale, year.year) },
  ];
  const trailTo = (code: string | undefined): Link[] => {
    if (code === undefined) return top;
    const section = lookup(sectionByCode, code, 'section');
    return [...trailTo(section.parent), { label: numbered(section.code, sectionTitle(section)), href: part(code) }];
  };
  const changed = (files: Iterable<string | undefined>) => {
    const date = latestDate(
      year.dates,
      [...files].filter((file) => file !== undefined),
    );
    return date === undefined ? undefined : new Date(date);
  };
  const filesOf = (measure: Measure) => [
    measure.original.filePath,
    ...Object.values(measure.translations).map((t) => t.filePath),
  ];
  const bilingualNotice: YearContext['bilingualNotice'] = (entry, original) => {
    if (locale === defaultLocale) return undefined;
    const status = bilingualStatus(entry, localeCodes);
    if (status === 'current') return undefined;
    return { status, since: status === 'outdated' ? changed([entry.filePath]) : undefined, original };
  };
  return { year, locale, t, numbered, part, top, trailTo, changed, filesOf, bilingualNotice, sectionTitle };
}
