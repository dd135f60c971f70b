/**
 * What the pages of one programme year show in one language, computed once
 * from the site model: flat, typed, ready to render. Each page type's view is
 * made in its own module (measure, section, administrator, summary tables,
 * contents); this one puts them together. Components destructure these and
 * do no lookups, arithmetic or string building of their own.
 */
import { inLanguage } from '#src/lib/language/localised.ts';
import { siteUrl } from '#src/data/siteUrl.ts';
import { defaultLocale, type Locale } from '#src/i18n/locales.ts';
import { paths } from '#src/i18n/paths.ts';
import { lookup } from '#src/lib/content/lookup.ts';
import { formatCodeList } from '#src/lib/codes/formatCodeList.ts';
import { listItemEnd } from '#src/lib/format/listItemEnd.ts';
import { stripLangMarkup } from '#src/lib/language/stripLangMarkup.ts';
import { formatMoney } from '#src/lib/money/formatMoney.ts';
import { datasetJsonLd } from '#src/lib/opendata/structuredData.ts';
import { absoluteUrl } from '#src/lib/server/absoluteUrl.ts';
import type { Subtotal } from '#src/lib/money/summariseFunding.ts';
import type { ProgrammeYear } from '#src/data/site.ts';
import { administratorViews, type AdministratorView } from './administrator.ts';
import { contentsItems, contentsTree, findSection, type ContentsItem, type ContentsNode } from './contents.ts';
import { yearContext, type Link, type OutdatedTranslation, type YearContext, type DatesLine } from './context.ts';
import { measureViews, type MeasureView } from './measure.ts';
import { sectionViews, type SectionView } from './section.ts';
import { summaryTables, type SummaryTable } from './summaryTables.ts';

/** What a page says about the check of its Latvian text against the approved source. */
export interface SourceProofView {
  /** The sentence around the file's link. */
  before: string;
  after: string;
  /** The source file's address, and the name shown for it. */
  href: string;
  name: string;
  /** SHA-256 of the file that was checked. */
  sha256: string;
}

export interface ProgrammeView {
  year: number;
  href: string;
  /** Home and the programme: the breadcrumbs of every page inside it start with these. */
  trail: Link[];
  title: string;
  /** The title without language marks, for the page's `<title>`. */
  pageTitle: string;
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
  /** One sentence for the language choice at the root: the year, how many measures, the total. */
  summaryLine: string;
  /** The tree of chapters, subsections and measures, for the whole document's parts. */
  tree: ContentsNode[];
  contents: ContentsItem[];
  chapters: { code: string; heading: string }[];
  summaryTables: SummaryTable[];
  sections: SectionView[];
  measures: MeasureView[];
  administrators: AdministratorView[];
  /** The whole programme on one page. */
  documentHref: string;
  /** Every publication of the year and what each changed. */
  updatesHref: string;
  /** The Atom feed of its major publications in this language, linked from every page of the year; none without one. */
  feedHref: string | undefined;
  /** How many measures the total is made of (drafts, shown only in previews, left out). */
  measureCount: number;
  /** The dates it shows: published and last updated, or when its content last changed; none without a history. */
  dates: DatesLine | undefined;
  /** Set when the programme's own text (title, introduction, signature) lags the Latvian. */
  outdated: OutdatedTranslation | undefined;
  /** True when the programme has no text in the page's language yet: the Latvian text stands in, with a notice. */
  fallback: boolean;
  /** The check of the Latvian text against the approved source; undefined while it cannot be made (the preview). */
  proof: SourceProofView | undefined;
  /** schema.org data about the programme as a dataset. */
  structuredData: object;
}

function buildProgrammeView(year: ProgrammeYear, locale: Locale): ProgrammeView {
  const ctx: YearContext = yearContext(year, locale);
  const { t } = ctx;
  const { summary } = year;
  const data = year.programme.data;
  const title = inLanguage(data.title, locale);
  const site = siteUrl();

  const measures = measureViews(ctx, title);
  const measureByCode = new Map(measures.map((m) => [m.code, m]));
  const measuresIn = (subtotal: Subtotal) => subtotal.measures.map((code) => lookup(measureByCode, code, 'measure'));
  const sectionByCode = new Map(year.sections.map((s) => [s.code, s]));
  const tree = contentsTree(year);
  const line = (node: ContentsNode) => {
    if (node.kind === 'measure') {
      const measure = lookup(measureByCode, node.code, 'measure');
      return { href: measure.href, heading: measure.heading, draft: measure.draft };
    }
    const section = lookup(sectionByCode, node.code, 'section');
    return { href: ctx.part(node.code), heading: ctx.numbered(node.code, ctx.sectionTitle(section)), draft: false };
  };
  const sections = sectionViews(ctx, measuresIn, (code) =>
    contentsItems(findSection(tree, code)?.children ?? [], line),
  );
  const administrators = administratorViews(ctx, measuresIn);
  const measureCount = measures.filter((m) => !m.draft).length;
  const href = paths.year(locale, year.year);
  const updated = ctx.changed([
    year.programme.filePath,
    ...year.sections.map((s) => s.entry.filePath),
    ...year.administrators.map((a) => a.filePath),
    ...year.measures.flatMap(ctx.filesOf),
  ]);
  // Absolute when the site has an address; the downloads fall back to their path under the site.
  const download = (path: string) => absoluteUrl(path, site) ?? path;
  const [before = '', after = ''] = t('proof.checked').split('{file}');
  const source = paths.source(year.year);

  return {
    year: year.year,
    href,
    title,
    pageTitle: stripLangMarkup(title),
    approval: inLanguage(data.approval.text, locale),
    legalBasis: inLanguage(data.legalBasis, locale),
    introduction: inLanguage(data.introduction, locale),
    responsibilities: year.administrators
      .map((a) => ({ a, codes: lookup(summary.administrators, a.id, 'subtotal of administrator').measures }))
      .filter(({ codes }) => codes.length > 0)
      .map(({ a, codes }, index, all) =>
        t('overview.administers', {
          name: inLanguage(a.data.shortName, locale),
          codes: formatCodeList(codes, locale),
          end: listItemEnd(index, all.length),
        }),
      ),
    notes: inLanguage(data.notes, locale),
    signatory: { name: data.signatory.name, position: inLanguage(data.signatory.position, locale) },
    signatureNote: inLanguage(data.signatureNote, locale),
    total: summary.total,
    summaryLine: t('root.summary', {
      year: year.year,
      measures: t.plural('root.measures', measureCount, { count: measureCount }),
      amount: formatMoney(summary.total, locale),
    }),
    trail: ctx.top,
    tree,
    contents: contentsItems(tree, line),
    chapters: year.sections
      .filter((s) => s.parent === undefined)
      .map((s) => ({ code: s.code, heading: ctx.numbered(s.code, ctx.sectionTitle(s)) })),
    summaryTables: summaryTables(ctx, administrators, measures),
    sections,
    measures,
    administrators,
    documentHref: paths.document(locale, year.year),
    feedHref: ctx.feedHref,
    updatesHref: paths.updates(locale, year.year),
    measureCount,
    dates: ctx.datesLine(updated),
    fallback: ctx.inlineFallback(year.programme),
    outdated: ctx.inlineNotice(year.programme, paths.year(defaultLocale, year.year)),
    proof: year.proof && {
      before,
      after,
      href: source,
      name: source.slice(paths.root.length),
      sha256: year.proof.sha256,
    },
    structuredData: datasetJsonLd({
      name: stripLangMarkup(title),
      description: t('site.description'),
      url: absoluteUrl(href, site),
      inLanguage: locale,
      publisher: t('site.publisher'),
      license: 'https://creativecommons.org/publicdomain/zero/1.0/',
      year: year.year,
      downloads: [
        { name: 'measures.csv', url: download(paths.files.csv(year.year)), encodingFormat: 'text/csv' },
        { name: 'programme.json', url: download(paths.files.json(year.year)), encodingFormat: 'application/json' },
      ],
      dateModified: updated,
    }),
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
