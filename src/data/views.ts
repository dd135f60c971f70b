/**
 * What each page shows, computed once per programme year and language from
 * the site model: flat, typed, ready to render. Components destructure these
 * and do no lookups, arithmetic or string building of their own.
 */
import { useTranslations, type Translate } from '../i18n/index.ts';
import { defaultLocale, localeCodes, type Locale } from '../i18n/locales.ts';
import { paths } from '../i18n/paths.ts';
import { compareCodes } from '../lib/compareCodes.ts';
import { documentAnchor } from '../lib/documentAnchor.ts';
import { formatCodeList } from '../lib/formatCodeList.ts';
import { listItemEnd } from '../lib/listItemEnd.ts';
import { lookup } from '../lib/lookup.ts';
import { stripLangMarkup } from '../lib/stripLangMarkup.ts';
import { neighbours } from '../lib/neighbours.ts';
import { latestDate } from '../lib/parseGitLog.ts';
import { bilingualStatus } from '../lib/outdatedBilingual.ts';
import { translationStatus } from '../lib/translationStatus.ts';
import { stampOf } from './records.ts';
import type { Subtotal } from '../lib/summariseFunding.ts';
import type { Administrator, Measure, MeasureEntry, ProgrammeYear, Section, TranslationEntry } from './site.ts';

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

export interface MeasureView {
  code: string;
  slug: string;
  year: number;
  href: string;
  /** The number and title as the language writes a heading: "2.1.2. …" in Latvian, "2.1.2 …" in English. */
  heading: string;
  title: string;
  results: string[];
  notes: string[];
  fundingNote: string | undefined;
  draft: boolean;
  /** Euro, from the Latvian file whatever the page's language. */
  amount: number;
  /** Percent of the programme and of its chapter; undefined for drafts. */
  shares: { programme: number; chapter: number; chapterCode: string } | undefined;
  administrator: { id: string; name: string; abbreviation: string; href: string };
  /** Home, the programme and the sections the measure is in, outermost first. */
  trail: Link[];
  previous: Link | undefined;
  next: Link | undefined;
  /** True when the text is the Latvian original standing in for a missing translation. */
  fallback: boolean;
  /** True when every language has a real text of it, so pages may name each other as translations. */
  translated: boolean;
  /** The pages in every language, for hreflang; empty unless every language has a real text. */
  alternates: { locale: Locale; href: string }[];
  /** The language of the text when it is not the page's own (a fallback). */
  contentLang: Locale | undefined;
  /** The entry whose body is rendered. */
  entry: MeasureEntry | TranslationEntry;
  /** Its place on the whole-document page. */
  documentHref: string;
  /** When its text or figures last changed in any language; undefined without a git history. */
  updated: Date | undefined;
  /** Set on a translation made from an older Latvian text: when that text changed (if known) and its page. */
  outdated: OutdatedTranslation | undefined;
}

/** A line of a table of contents: a section with its parts, or a measure. */
export interface ContentsItem {
  href: string;
  heading: string;
  draft: boolean;
  children: ContentsItem[];
}

export interface SectionView {
  code: string;
  year: number;
  slug: string;
  href: string;
  heading: string;
  title: string;
  intro: string[];
  goals: string[];
  tasks: string[];
  /** Our editorial notes on the section's text (an error in the source, say). */
  notes: string[];
  subtotal: { total: number; share: number };
  /** Home, the programme and the enclosing sections, outermost first. */
  trail: Link[];
  /** Its subsections and their measures, nested. */
  contents: ContentsItem[];
  /** Every measure inside it, subsections included, so they add up to the subtotal. */
  measures: MeasureView[];
  /** Its place on the whole-document page. */
  documentHref: string;
  /** The labels of links to its page and to its place in the whole document, naming it a chapter or a subsection. */
  pageLinkLabel: string;
  documentLinkLabel: string;
  /** When it or anything inside it last changed; undefined without a git history. */
  updated: Date | undefined;
  /** Set when its own text (title, introduction, goals, tasks, notes) lags the Latvian. */
  outdated: OutdatedTranslation | undefined;
}

export interface AdministratorView {
  id: string;
  href: string;
  name: string;
  abbreviation: string;
  total: number;
  share: number;
  measures: MeasureView[];
  /** When its details or one of its measures last changed; undefined without a git history. */
  updated: Date | undefined;
  /** Set when its own text (its name and abbreviation) lags the Latvian. */
  outdated: OutdatedTranslation | undefined;
}

export interface SummaryRow {
  code: string;
  label: string;
  /** Short label for the chart's label column (the number, or an abbreviation). */
  chartLabel: string;
  href: string;
  amount: number;
  share: number;
}

export interface SummaryTable {
  id: string;
  caption: string;
  /** Whether the rows have a number column. */
  hasCodes: boolean;
  rows: SummaryRow[];
  /** The total row, when the rows add up to the programme's total. */
  total: number | undefined;
}

export interface ProgrammeView {
  year: number;
  href: string;
  /** Home and the programme: the breadcrumbs of every page inside it start with these. */
  trail: Link[];
  title: string;
  approval: string;
  legalBasis: string;
  introduction: string[];
  /** The introduction's closing list, derived from the measures: who administers which, ending `;` or `.` as the source's items do. */
  responsibilities: string[];
  /** Our editorial notes on the programme's own text. */
  notes: string[];
  signatory: { name: string; position: string };
  signatureNote: string;
  total: number;
  contents: ContentsItem[];
  chapters: { code: string; heading: string }[];
  summaryTables: SummaryTable[];
  sections: SectionView[];
  measures: MeasureView[];
  administrators: AdministratorView[];
  /** The whole programme on one page. */
  documentHref: string;
  /** How many measures the total is made of (drafts, shown only in previews, left out). */
  measureCount: number;
  /** When any of the programme's content last changed; undefined without a git history. */
  updated: Date | undefined;
  /** Set when the programme's own text (title, introduction, signature) lags the Latvian. */
  outdated: OutdatedTranslation | undefined;
}

/** The text of a measure in `locale`, or the Latvian original when it has no translation yet. */
function textOf(measure: Measure, locale: Locale) {
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

function buildProgrammeView(year: ProgrammeYear, locale: Locale): ProgrammeView {
  const t: Translate = useTranslations(locale);
  const numbered = (code: string, title: string) => t('heading.numbered', { code, title });
  const part = (code: string) => paths.part(locale, year.year, code);
  const { summary } = year;
  const data = year.programme.data;
  const sectionByCode = new Map(year.sections.map((s) => [s.code, s]));
  const top: Link[] = [
    { label: t('nav.home'), href: paths.home(locale) },
    { label: t('nav.programme', { year: year.year }), href: paths.year(locale, year.year) },
  ];
  /** The trail down to and including `code`'s section. */
  const trailTo = (code: string | undefined): Link[] => {
    if (code === undefined) return top;
    const section = lookup(sectionByCode, code, 'section');
    return [
      ...trailTo(section.parent),
      { label: numbered(section.code, section.entry.data.title[locale]), href: part(section.code) },
    ];
  };

  /** The latest change among files (entries' paths relative to the project). */
  const changed = (files: Iterable<string | undefined>) => {
    const date = latestDate(
      year.dates,
      [...files].filter((file) => file !== undefined),
    );
    return date === undefined ? undefined : new Date(date);
  };
  /** A measure's files in every language. */
  const filesOf = (measure: Measure) => [
    measure.original.filePath,
    ...Object.values(measure.translations).map((t) => t.filePath),
  ];
  /** The notice of a bilingual entry (a section, the programme, an administrator) whose text lags the Latvian. */
  const bilingualNotice = (
    entry: { data: Parameters<typeof bilingualStatus>[0]['data']; filePath?: string | undefined },
    original: string,
  ): OutdatedTranslation | undefined => {
    if (locale === defaultLocale) return undefined;
    const status = bilingualStatus(entry, localeCodes);
    if (status === 'current') return undefined;
    return { status, since: status === 'outdated' ? changed([entry.filePath]) : undefined, original };
  };
  const measureByCodeModel = new Map(year.measures.map((m) => [m.code, m]));
  const filesOfCodes = (codes: readonly string[]) =>
    codes.flatMap((code) => filesOf(lookup(measureByCodeModel, code, 'measure')));

  const texts = new Map(year.measures.map((m) => [m.code, textOf(m, locale)]));
  const text = (measure: Measure) => lookup(texts, measure.code, 'text of measure');
  const link = (measure: Measure): Link => ({
    label: numbered(measure.code, text(measure).title),
    href: part(measure.code),
  });
  const adminView = (a: Administrator) => ({
    id: a.id,
    name: a.data.name[locale],
    abbreviation: a.data.abbreviation[locale],
    href: paths.administrator(locale, year.year, a.id),
  });

  const measures = year.measures.map((measure, index): MeasureView => {
    const { title, results, notes, fundingNote, fallback, entry } = text(measure);
    const { previous, next } = neighbours(year.measures, index);
    const figures = measure.figures;
    const translated = localeCodes.every((code) => code === defaultLocale || measure.translations[code] !== undefined);
    return {
      code: measure.code,
      slug: measure.slug,
      year: year.year,
      href: part(measure.code),
      heading: numbered(measure.code, title),
      title,
      results,
      notes,
      fundingNote,
      draft: measure.original.data.draft,
      amount: measure.original.data.funding.amount,
      shares: figures && { programme: figures.share, chapter: figures.shareOfChapter, chapterCode: figures.chapter },
      administrator: adminView(measure.administrator),
      trail: trailTo(measure.section),
      previous: previous && link(previous),
      next: next && link(next),
      fallback,
      translated,
      alternates: translated
        ? localeCodes.map((code) => ({ locale: code, href: paths.part(code, year.year, measure.code) }))
        : [],
      contentLang: fallback ? defaultLocale : undefined,
      entry,
      documentHref: `${paths.document(locale, year.year)}#${documentAnchor(measure.code, 'measure')}`,
      updated: changed(filesOf(measure)),
      outdated:
        locale !== defaultLocale &&
        translationStatus(stampOf(measure.original), measure.translations[locale]?.data) === 'outdated'
          ? {
              status: 'outdated',
              since: changed([measure.original.filePath]),
              original: paths.part(defaultLocale, year.year, measure.code),
            }
          : undefined,
    };
  });
  const measureByCode = new Map(measures.map((m) => [m.code, m]));
  const measuresIn = (subtotal: Subtotal) => subtotal.measures.map((code) => lookup(measureByCode, code, 'measure'));

  const contentsOf = (parent: Section | undefined): ContentsItem[] => {
    const sections = year.sections
      .filter((s) => s.parent === parent?.code)
      .map((s) => ({
        code: s.code,
        item: {
          href: part(s.code),
          heading: numbered(s.code, s.entry.data.title[locale]),
          draft: false,
          children: contentsOf(s),
        },
      }));
    const own = parent
      ? year.measures
          .filter((m) => m.section === parent.code)
          .map((m) => ({
            code: m.code,
            item: { href: part(m.code), heading: link(m).label, draft: m.original.data.draft, children: [] },
          }))
      : [];
    // Document order: 2.1 and 2.2 before 2.3, whichever kind each is.
    return [...sections, ...own].sort((a, b) => compareCodes(a.code, b.code)).map(({ item }) => item);
  };

  const sections = year.sections.map((section): SectionView => {
    const subtotal = lookup(summary.sections, section.code, 'subtotal of section');
    const title = section.entry.data.title[locale];
    // A section without a parent is a chapter (nodaļa); one inside a chapter, a subsection (apakšnodaļa).
    const chapter = section.parent === undefined;
    return {
      code: section.code,
      year: year.year,
      slug: section.slug,
      href: part(section.code),
      heading: numbered(section.code, title),
      title,
      intro: section.entry.data.intro[locale],
      goals: section.entry.data.goals[locale],
      tasks: section.entry.data.tasks[locale],
      notes: section.entry.data.notes[locale],
      subtotal: { total: subtotal.total, share: subtotal.share },
      trail: trailTo(section.parent),
      contents: year.sections.some((s) => s.parent === section.code) ? contentsOf(section) : [],
      measures: measuresIn(subtotal),
      documentHref: `${paths.document(locale, year.year)}#${documentAnchor(section.code, 'section')}`,
      pageLinkLabel: t(chapter ? 'document.chapterPage' : 'document.subsectionPage', { code: section.code }),
      documentLinkLabel: t(chapter ? 'document.chapterInDocument' : 'document.subsectionInDocument'),
      updated: changed([
        ...year.sections.filter((s) => s === section || s.parent === section.code).map((s) => s.entry.filePath),
        ...filesOfCodes(subtotal.measures),
      ]),
      outdated: bilingualNotice(section.entry, paths.part(defaultLocale, year.year, section.code)),
    };
  });

  const administrators = year.administrators.map((a): AdministratorView => {
    const subtotal = lookup(summary.administrators, a.id, 'subtotal of administrator');
    return {
      ...adminView(a),
      total: subtotal.total,
      share: subtotal.share,
      measures: measuresIn(subtotal),
      updated: changed([a.filePath, ...filesOfCodes(subtotal.measures)]),
      outdated: bilingualNotice(a, paths.administrator(defaultLocale, year.year, a.id)),
    };
  });

  const sectionRow = (code: string, subtotal: Subtotal): SummaryRow => ({
    code,
    label: lookup(sectionByCode, code, 'section').entry.data.title[locale],
    chartLabel: code,
    href: part(code),
    amount: subtotal.total,
    share: subtotal.share,
  });
  const summaryTables: SummaryTable[] = [
    {
      id: 'by-chapter',
      caption: t('summary.byChapter'),
      hasCodes: true,
      rows: [...summary.chapters].map(([code, subtotal]) => sectionRow(code, subtotal)),
      total: summary.total,
    },
    {
      id: 'by-subsection',
      caption: t('summary.bySection'),
      hasCodes: true,
      rows: year.sections
        .filter((s) => s.parent !== undefined)
        .map((s) => sectionRow(s.code, lookup(summary.sections, s.code, 'subtotal of section'))),
      total: undefined,
    },
    {
      id: 'by-administrator',
      caption: t('summary.byAdministrator'),
      hasCodes: false,
      rows: administrators.map((a) => ({
        code: a.id,
        label: a.name,
        // The chart is an image labelled by its table, so its text needs no language marks.
        chartLabel: stripLangMarkup(a.abbreviation),
        href: a.href,
        amount: a.total,
        share: a.share,
      })),
      total: summary.total,
    },
    {
      id: 'by-measure',
      caption: t('summary.byMeasure'),
      hasCodes: true,
      rows: measures.flatMap((m) =>
        m.shares
          ? [
              {
                code: m.code,
                label: m.title,
                chartLabel: m.code,
                href: m.href,
                amount: m.amount,
                share: m.shares.programme,
              },
            ]
          : [],
      ),
      total: summary.total,
    },
  ];

  return {
    year: year.year,
    href: paths.year(locale, year.year),
    title: data.title[locale],
    approval: data.approval.text[locale],
    legalBasis: data.legalBasis[locale],
    introduction: data.introduction[locale],
    responsibilities: year.administrators
      .map((a) => ({ a, codes: lookup(summary.administrators, a.id, 'subtotal of administrator').measures }))
      .filter(({ codes }) => codes.length > 0)
      .map(({ a, codes }, index, all) =>
        t('overview.administers', {
          name: a.data.shortName[locale],
          codes: formatCodeList(codes, locale),
          end: listItemEnd(index, all.length),
        }),
      ),
    notes: data.notes[locale],
    signatory: { name: data.signatory.name, position: data.signatory.position[locale] },
    signatureNote: data.signatureNote[locale],
    total: summary.total,
    trail: top,
    contents: contentsOf(undefined),
    chapters: year.sections
      .filter((s) => s.parent === undefined)
      .map((s) => ({ code: s.code, heading: numbered(s.code, s.entry.data.title[locale]) })),
    summaryTables,
    sections,
    measures,
    administrators,
    documentHref: paths.document(locale, year.year),
    measureCount: measures.filter((m) => !m.draft).length,
    updated: changed([
      year.programme.filePath,
      ...year.sections.map((s) => s.entry.filePath),
      ...year.administrators.map((a) => a.filePath),
      ...year.measures.flatMap(filesOf),
    ]),
    outdated: bilingualNotice(year.programme, paths.year(defaultLocale, year.year)),
  };
}

const cache = new WeakMap<ProgrammeYear, Map<Locale, ProgrammeView>>();

/** Everything the pages of one programme year show in one language, computed once. */
export function programmeView(year: ProgrammeYear, locale: Locale): ProgrammeView {
  let byLocale = cache.get(year);
  if (!byLocale) cache.set(year, (byLocale = new Map()));
  let view = byLocale.get(locale);
  if (!view) byLocale.set(locale, (view = buildProgrammeView(year, locale)));
  return view;
}
