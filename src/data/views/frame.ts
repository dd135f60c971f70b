/**
 * The frame of every page (src/layouts/Page.astro): the full title, the
 * description, the canonical address and the other languages' addresses, all
 * omitted rather than invented when the site has no address.
 */
import type { Translate } from '#src/i18n/index.ts';
import { defaultLocale, localeCodes, locales, type Locale } from '#src/i18n/locales.ts';
import { twinPath } from '#src/i18n/paths.ts';
import { absoluteUrl } from '#src/lib/server/absoluteUrl.ts';

export interface FrameView {
  /** The page's title followed by the site's name, except on the page that is the site's name. */
  fullTitle: string;
  description: string;
  canonical: string | undefined;
  /** The page in every language, for hreflang; empty when the page has no real translation or the site no address. */
  alternates: { code: Locale; href: string }[];
  xDefault: string | undefined;
  /** The language as Open Graph writes it (`lv_LV`). */
  ogLocale: string;
}

export function frameView({
  title,
  description,
  pathname,
  site,
  locale,
  t,
  hasTwin,
}: {
  title: string;
  description: string | undefined;
  pathname: string;
  site: URL | undefined;
  locale: Locale;
  t: Translate;
  hasTwin: boolean;
}): FrameView {
  const alternates =
    hasTwin && site ? localeCodes.map((code) => ({ code, href: new URL(twinPath(pathname, code), site).href })) : [];
  return {
    fullTitle: title === t('site.name') ? title : `${title} — ${t('site.name')}`,
    description: description ?? t('site.description'),
    canonical: absoluteUrl(pathname, site),
    alternates,
    xDefault: alternates.find((a) => a.code === defaultLocale)?.href,
    ogLocale: locales[locale].intl.replace('-', '_'),
  };
}
