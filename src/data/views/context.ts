/**
 * What every view of one programme year in one language shares: the
 * language's `t()`, addresses, numbered headings, breadcrumb trails, the
 * "last updated" dates of files and the notices of translations that lag the
 * Latvian. Built once per year and language by ./programme.ts.
 */
import { inLanguage } from '#src/lib/language/localised.ts';
import { useTranslations, type Translate } from '#src/i18n/index.ts';
import { defaultLocale, localeCodes, type Locale } from '#src/i18n/locales.ts';
import { paths } from '#src/i18n/paths.ts';
import { lookup } from '#src/lib/content/lookup.ts';
import { latestDate } from '#src/lib/history/parseGitLog.ts';
import { inlineStatus, type InlineEntry } from '#src/lib/translation/inlineTranslations.ts';
import type { Measure, ProgrammeYear, Section } from '#src/data/site.ts';
import { siteUrl } from '#src/data/siteUrl.ts';

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

/**
 * The dates a programme page shows: once the year has publications, when it was
 * first published, when a later publication last changed the page (none when
 * none has) and the link to every update; before, when its files last changed.
 */
export type DatesLine =
  | { kind: 'publication'; published: Date; updated: Date | undefined; updatesHref: string }
  | { kind: 'commit'; changed: Date };

/** A later publication that changed a page, as that page lists it. */
export interface PageUpdate {
  date: Date;
  /** Its entry on the updates page. */
  href: string;
  major: boolean;
  note: string;
  /** The note's language when it is not the page's (no translation yet). */
  noteLang: Locale | undefined;
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
  /** The dates line of a page whose content last changed on `updated` (what `changed` gives); undefined when none is known. */
  datesLine: (updated: Date | undefined) => DatesLine | undefined;
  /** The year's Atom feed of major publications in this language: only with a site address and a major publication. */
  feedHref: string | undefined;
  /** The publications after the first that changed any of `files`, newest first. */
  updatesOf: (files: Iterable<string | undefined>) => PageUpdate[];
  /** A change note in this language, or in Latvian, marked, until it has a translation. */
  noteOf: (note: Partial<Record<Locale, string | undefined>>) => { note: string; noteLang: Locale | undefined };
  /** A measure's files in every language. */
  filesOf: (measure: Measure) => (string | undefined)[];
  /** The notice of an entry with inline translations (a section, the programme, an administrator) whose text lags the Latvian. */
  inlineNotice: (
    entry: { data: InlineEntry['data']; filePath?: string | undefined },
    original: string,
  ) => OutdatedTranslation | undefined;
  /** True when such an entry has no text in this language yet, so its page shows the Latvian text with a notice. */
  inlineFallback: (entry: { data: InlineEntry['data'] }) => boolean;
  /** A section's title in this language. */
  sectionTitle: (section: Section) => string;
}

export function yearContext(year: ProgrammeYear, locale: Locale): YearContext {
  const t = useTranslations(locale);
  const numbered = (code: string, title: string) => t('heading.numbered', { code, title });
  const part = (code: string) => paths.part(locale, year.year, code);
  const sectionByCode = new Map(year.sections.map((s) => [s.code, s]));
  const sectionTitle = (section: Section) => inLanguage(section.entry.data.title, locale);
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
  const first = year.publications[0];
  const published = first ? new Date(first.date) : undefined;
  const datesLine: YearContext['datesLine'] = (updated) => {
    if (published) {
      const later = updated !== undefined && updated.getTime() > published.getTime() ? updated : undefined;
      return { kind: 'publication', published, updated: later, updatesHref: paths.updates(locale, year.year) };
    }
    return updated === undefined ? undefined : { kind: 'commit', changed: updated };
  };
  // A feed needs absolute addresses: without a site address there is none, as for the sitemap.
  const feedHref =
    siteUrl() !== undefined && year.publications.some((p) => p.kind === 'major')
      ? paths.updatesFeed(locale, year.year)
      : undefined;
  const noteOf: YearContext['noteOf'] = (note) => {
    const own = note[locale];
    return own === undefined
      ? { note: note[defaultLocale] ?? '', noteLang: defaultLocale }
      : { note: own, noteLang: undefined };
  };
  const updatesOf: YearContext['updatesOf'] = (files) => {
    const wanted = new Set([...files].filter((file) => file !== undefined));
    return year.publications
      .filter((p) => !p.first && (p.changes?.files ?? []).some((file) => wanted.has(file.split(' › ')[0] ?? file)))
      .reverse()
      .map((p) => ({
        date: new Date(p.date),
        href: paths.update(locale, year.year, p.slug),
        major: p.kind === 'major',
        ...noteOf(p.note),
      }));
  };
  const filesOf = (measure: Measure) => [
    measure.original.filePath,
    ...Object.values(measure.translations).map((t) => t.filePath),
  ];
  const inlineNotice: YearContext['inlineNotice'] = (entry, original) => {
    if (locale === defaultLocale) return undefined;
    const status = inlineStatus(entry, locale, localeCodes);
    if (status === 'current' || status === 'missing') return undefined;
    return { status, since: status === 'outdated' ? changed([entry.filePath]) : undefined, original };
  };
  const inlineFallback: YearContext['inlineFallback'] = (entry) =>
    locale !== defaultLocale && inlineStatus(entry, locale, localeCodes) === 'missing';
  return {
    year,
    locale,
    t,
    numbered,
    part,
    top,
    trailTo,
    changed,
    datesLine,
    feedHref,
    updatesOf,
    noteOf,
    filesOf,
    inlineNotice,
    inlineFallback,
    sectionTitle,
  };
}
