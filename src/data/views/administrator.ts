import { siteUrl } from '#src/data/siteUrl.ts';
import { inLanguage } from '#src/lib/language/localised.ts';
import { paths } from '#src/i18n/paths.ts';
import { defaultLocale } from '#src/i18n/locales.ts';
import { lookup } from '#src/lib/content/lookup.ts';
import { webPageJsonLd } from '#src/lib/opendata/structuredData.ts';
import { absoluteUrl } from '#src/lib/server/absoluteUrl.ts';
import type { Subtotal } from '#src/lib/money/summariseFunding.ts';
import type { OutdatedTranslation, YearContext, DatesLine } from './context.ts';
import type { MeasureView } from './measure.ts';

export interface AdministratorView {
  id: string;
  href: string;
  name: string;
  abbreviation: string;
  /** The page's title: the name and the year. */
  pageTitle: string;
  total: number;
  share: number;
  measures: MeasureView[];
  /** The dates it shows: published and last updated, or when its content last changed; none without a history. */
  dates: DatesLine | undefined;
  /** Set when its own text (its name and abbreviation) lags the Latvian. */
  outdated: OutdatedTranslation | undefined;
  /** True when it has no text in the page's language yet: the Latvian text stands in, with a notice. */
  fallback: boolean;
  /** schema.org data about the page. */
  structuredData: object;
}

/** Every administrator of the year as its page shows it, the one with most funding first. */
export function administratorViews(
  ctx: YearContext,
  measuresIn: (subtotal: Subtotal) => MeasureView[],
): AdministratorView[] {
  const { year, locale } = ctx;
  const site = siteUrl();
  const measureFiles = new Map(year.measures.map((m) => [m.code, ctx.filesOf(m)]));
  return year.administrators.map((a): AdministratorView => {
    const subtotal = lookup(year.summary.administrators, a.id, 'subtotal of administrator');
    const name = inLanguage(a.data.name, locale);
    const href = paths.administrator(locale, year.year, a.id);
    const pageTitle = `${name} – ${year.year}`;
    const updated = ctx.changed([
      a.filePath,
      ...subtotal.measures.flatMap((code) => lookup(measureFiles, code, 'measure')),
    ]);
    return {
      id: a.id,
      href,
      name,
      abbreviation: inLanguage(a.data.abbreviation, locale),
      pageTitle,
      total: subtotal.total,
      share: subtotal.share,
      measures: measuresIn(subtotal),
      dates: ctx.datesLine(updated),
      fallback: ctx.inlineFallback(a),
      outdated: ctx.inlineNotice(a, paths.administrator(defaultLocale, year.year, a.id)),
      structuredData: webPageJsonLd({ name: pageTitle, url: absoluteUrl(href, site), dateModified: updated }),
    };
  });
}
