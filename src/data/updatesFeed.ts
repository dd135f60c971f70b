import type { Locale } from '#src/i18n/locales.ts';
import { formatDate } from '#src/lib/format/formatDate.ts';
import { inLanguage } from '#src/lib/language/localised.ts';
import { stripLangMarkup } from '#src/lib/language/stripLangMarkup.ts';
import { formatMoney } from '#src/lib/money/formatMoney.ts';
import type { FeedInput } from '#src/lib/opendata/atomFeed.ts';
import { absoluteUrl } from '#src/lib/server/absoluteUrl.ts';
import { locales } from '#src/i18n/locales.ts';
import type { ProgrammeYear } from './site.ts';
import { updatesView } from './views/updates.ts';
import { yearContext } from './views/context.ts';

/**
 * A programme year's feed of major publications in one language, from the
 * same view as its updates page; undefined without a site address (a feed needs
 * absolute addresses) or a major publication.
 */
export function updatesFeed(year: ProgrammeYear, locale: Locale, site: URL | undefined): FeedInput | undefined {
  const view = updatesView(year, locale);
  const ctx = yearContext(year, locale);
  const self = view.feedHref === undefined ? undefined : absoluteUrl(view.feedHref, site);
  const page = absoluteUrl(view.href, site);
  if (self === undefined || page === undefined) return undefined;
  const money = (euro: number | undefined) => (euro === undefined ? '–' : formatMoney(euro, locale));
  return {
    self,
    page,
    title: stripLangMarkup(ctx.t('updates.feedTitle', { title: inLanguage(year.programme.data.title, locale) })),
    lang: locales[locale].lang,
    author: ctx.t('site.publisher'),
    entries: view.updates
      .filter((update) => update.major)
      .map((update) => {
        const link = `${page}#${update.anchor}`;
        const figures = update.funding.map((row) =>
          ctx.t('updates.feedAmount', { label: row.label, from: money(row.from), to: money(row.to) }),
        );
        return {
          id: link,
          link,
          title: `${formatDate(update.date, locale)}: ${ctx.t('updates.major')}`,
          date: update.date,
          summary: stripLangMarkup([update.note, ...figures].join('\n')),
        };
      }),
  };
}
