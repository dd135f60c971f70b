import { siteUrl } from '#src/data/siteUrl.ts';
import { inLanguage } from '#src/lib/language/localised.ts';
import { defaultLocale, localeCodes, type Locale } from '#src/i18n/locales.ts';
import { paths } from '#src/i18n/paths.ts';
import { documentAnchor } from '#src/lib/codes/documentAnchor.ts';
import { neighbours } from '#src/lib/codes/neighbours.ts';
import { stripLangMarkup } from '#src/lib/language/stripLangMarkup.ts';
import { formatMoney } from '#src/lib/money/formatMoney.ts';
import { grantJsonLd } from '#src/lib/opendata/structuredData.ts';
import { absoluteUrl } from '#src/lib/server/absoluteUrl.ts';
import { translationStatus } from '#src/lib/translation/translationStatus.ts';
import { measureText } from '#src/data/measureText.ts';
import { measureStamp } from '#src/data/records.ts';
import type { Measure, MeasureEntry, TranslationEntry } from '#src/data/site.ts';
import type { DatesLine, Link, OutdatedTranslation, PageUpdate, YearContext } from './context.ts';

export interface MeasureView {
  code: string;
  slug: string;
  year: number;
  href: string;
  /** The number and title as the language writes a heading: "2.1.2. …" in Latvian, "2.1.2 …" in English. */
  heading: string;
  /** The heading without language marks, for the page's `<title>`. */
  pageTitle: string;
  /** The first result without language marks, for the page's description. */
  description: string;
  title: string;
  results: string[];
  notes: string[];
  fundingNote: string | undefined;
  draft: boolean;
  /** Euro, from the Latvian file whatever the page's language. */
  amount: number;
  /** The number of its chapter. */
  chapter: string;
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
  /** The dates it shows: published and last updated, or when its content last changed; none without a history. */
  dates: DatesLine | undefined;
  /** The later publications that changed it, newest first. */
  updates: PageUpdate[];
  /** Set on a translation made from an older Latvian text: when that text changed (if known) and its page. */
  outdated: OutdatedTranslation | undefined;
  /** The ready-to-copy citation, with the permanent address when the site has one. */
  citation: string;
  /** schema.org data about it (a MonetaryGrant). */
  structuredData: object;
}

/** The link to a measure's page, labelled with its heading in the page's language. */
export function measureLink(ctx: YearContext, measure: Measure): Link {
  return { label: ctx.numbered(measure.code, measureText(measure, ctx.locale).title), href: ctx.part(measure.code) };
}

/** Every measure of the year as its page shows it, in document order. */
export function measureViews(ctx: YearContext, programmeTitle: string): MeasureView[] {
  const { year, locale, t } = ctx;
  const site = siteUrl();
  return year.measures.map((measure, index): MeasureView => {
    const { title, results, notes, fundingNote, fallback, entry } = measureText(measure, locale);
    const { previous, next } = neighbours(year.measures, index);
    const figures = measure.figures;
    const translated = localeCodes.every((code) => code === defaultLocale || measure.translations[code] !== undefined);
    const href = ctx.part(measure.code);
    const heading = ctx.numbered(measure.code, title);
    const administrator = {
      id: measure.administrator.id,
      name: inLanguage(measure.administrator.data.name, locale),
      abbreviation: inLanguage(measure.administrator.data.abbreviation, locale),
      href: paths.administrator(locale, year.year, measure.administrator.id),
    };
    const amount = measure.original.data.funding.amount;
    const url = absoluteUrl(href, site);
    const updated = ctx.changed(ctx.filesOf(measure));
    return {
      code: measure.code,
      slug: measure.slug,
      year: year.year,
      href,
      heading,
      pageTitle: stripLangMarkup(heading),
      description: stripLangMarkup(results[0] ?? ''),
      title,
      results,
      notes,
      fundingNote,
      draft: measure.original.data.draft,
      amount,
      chapter: measure.chapter,
      shares: figures && { programme: figures.share, chapter: figures.shareOfChapter, chapterCode: figures.chapter },
      administrator,
      trail: ctx.trailTo(measure.section),
      previous: previous && measureLink(ctx, previous),
      next: next && measureLink(ctx, next),
      fallback,
      translated,
      alternates: translated
        ? localeCodes.map((code) => ({ locale: code, href: paths.part(code, year.year, measure.code) }))
        : [],
      contentLang: fallback ? defaultLocale : undefined,
      entry,
      documentHref: `${paths.document(locale, year.year)}#${documentAnchor(measure.code, 'measure')}`,
      dates: ctx.datesLine(updated),
      updates: ctx.updatesOf(ctx.filesOf(measure)),
      outdated:
        locale !== defaultLocale &&
        translationStatus(measureStamp(measure.original), measure.translations[locale]?.data) === 'outdated'
          ? {
              status: 'outdated',
              since: ctx.changed([measure.original.filePath]),
              original: paths.part(defaultLocale, year.year, measure.code),
            }
          : undefined,
      citation: t('measure.citeText', {
        programme: programmeTitle,
        code: measure.code,
        title,
        administrator: administrator.name,
        amount: formatMoney(amount, locale),
        url: url ?? '',
      }).trim(),
      structuredData: grantJsonLd({
        name: stripLangMarkup(heading),
        url,
        amount,
        funder: t('site.publisher'),
        administrator: administrator.name,
        programme: stripLangMarkup(programmeTitle),
        dateModified: updated,
      }),
    };
  });
}
