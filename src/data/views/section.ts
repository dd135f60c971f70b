import { siteUrl } from '#src/data/siteUrl.ts';
import { inLanguage } from '#src/lib/language/localised.ts';
import { paths } from '#src/i18n/paths.ts';
import { defaultLocale } from '#src/i18n/locales.ts';
import { documentAnchor } from '#src/lib/codes/documentAnchor.ts';
import { lookup } from '#src/lib/content/lookup.ts';
import { stripLangMarkup } from '#src/lib/language/stripLangMarkup.ts';
import { webPageJsonLd } from '#src/lib/opendata/structuredData.ts';
import { absoluteUrl } from '#src/lib/server/absoluteUrl.ts';
import type { Subtotal } from '#src/lib/money/summariseFunding.ts';
import type { Link, OutdatedTranslation, YearContext, DatesLine } from './context.ts';
import type { ContentsItem } from './contents.ts';
import type { MeasureView } from './measure.ts';

export interface SectionView {
  code: string;
  year: number;
  slug: string;
  /** The chapter it is in; undefined for a chapter. */
  parent: string | undefined;
  href: string;
  heading: string;
  /** The heading without language marks, for the page's `<title>`. */
  pageTitle: string;
  title: string;
  intro: string[];
  goals: string[];
  tasks: string[];
  /** Our editorial notes on the section's text (an error in the source, say). */
  notes: string[];
  subtotal: { total: number; share: number };
  /** Home, the programme and the enclosing sections, outermost first. */
  trail: Link[];
  /** Its subsections and their measures, nested; empty for a section without subsections. */
  contents: ContentsItem[];
  /** Every measure inside it, subsections included, so they add up to the subtotal. */
  measures: MeasureView[];
  /** Its place on the whole-document page. */
  documentHref: string;
  /** The labels of links to its page and to its place in the whole document, naming it a chapter or a subsection. */
  pageLinkLabel: string;
  documentLinkLabel: string;
  /** The dates it shows: published and last updated, or when its content last changed; none without a history. */
  dates: DatesLine | undefined;
  /** Set when its own text (title, introduction, goals, tasks, notes) lags the Latvian. */
  outdated: OutdatedTranslation | undefined;
  /** True when it has no text in the page's language yet: the Latvian text stands in, with a notice. */
  fallback: boolean;
  /** schema.org data about the page. */
  structuredData: object;
}

/** Every chapter and subsection of the year as its page shows it, in document order. */
export function sectionViews(
  ctx: YearContext,
  measuresIn: (subtotal: Subtotal) => MeasureView[],
  contentsOf: (code: string) => ContentsItem[],
): SectionView[] {
  const { year, locale } = ctx;
  const site = siteUrl();
  const measureFiles = new Map(year.measures.map((m) => [m.code, ctx.filesOf(m)]));
  return year.sections.map((section): SectionView => {
    const subtotal = lookup(year.summary.sections, section.code, 'subtotal of section');
    const title = ctx.sectionTitle(section);
    const data = section.entry.data;
    const heading = ctx.numbered(section.code, title);
    const href = ctx.part(section.code);
    // A section without a parent is a chapter (nodaļa); one inside a chapter, a subsection (apakšnodaļa).
    const chapter = section.parent === undefined;
    const updated = ctx.changed([
      ...year.sections.filter((s) => s === section || s.parent === section.code).map((s) => s.entry.filePath),
      ...subtotal.measures.flatMap((code) => lookup(measureFiles, code, 'measure')),
    ]);
    return {
      code: section.code,
      year: year.year,
      slug: section.slug,
      parent: section.parent,
      href,
      heading,
      pageTitle: stripLangMarkup(heading),
      title,
      intro: inLanguage(data.intro, locale),
      goals: inLanguage(data.goals, locale),
      tasks: inLanguage(data.tasks, locale),
      notes: inLanguage(data.notes, locale),
      subtotal: { total: subtotal.total, share: subtotal.share },
      trail: ctx.trailTo(section.parent),
      contents: year.sections.some((s) => s.parent === section.code) ? contentsOf(section.code) : [],
      measures: measuresIn(subtotal),
      documentHref: `${paths.document(locale, year.year)}#${documentAnchor(section.code, 'section')}`,
      pageLinkLabel: ctx.t(chapter ? 'document.chapterPage' : 'document.subsectionPage', { code: section.code }),
      documentLinkLabel: ctx.t(chapter ? 'document.chapterInDocument' : 'document.subsectionInDocument'),
      dates: ctx.datesLine(updated),
      fallback: ctx.inlineFallback(section.entry),
      outdated: ctx.inlineNotice(section.entry, paths.part(defaultLocale, year.year, section.code)),
      structuredData: webPageJsonLd({
        name: stripLangMarkup(heading),
        url: absoluteUrl(href, site),
        dateModified: updated,
      }),
    };
  });
}
