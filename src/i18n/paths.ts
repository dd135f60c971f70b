import { getRelativeLocaleUrl } from 'astro:i18n';
import { codeToSlug } from '#src/lib/codes/codeSlug.ts';
import { sourceFile } from '#src/lib/fidelity/sourceFile.ts';
import type { Locale } from './locales.ts';

/** The path the site is published under (`/`, or e.g. `/programma/`), from site.config.json or SITE_URL. */
const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** An address of a file the site publishes, under the base path. @example withBase('favicon.svg') */
export const withBase = (file: string) => `${base}${file.replace(/^\//, '')}`;

/**
 * Every address of the site is made here, so permanent links stay in one
 * shape: `{base}{lang}/{year}/{number-with-dashes}/`.
 */
export const paths = {
  home: (locale: Locale) => getRelativeLocaleUrl(locale, ''),
  year: (locale: Locale, year: number) => getRelativeLocaleUrl(locale, `${year}/`),
  part: (locale: Locale, year: number, code: string) => getRelativeLocaleUrl(locale, `${year}/${codeToSlug(code)}/`),
  /** The whole programme on one page, to read through, print or save as PDF. */
  document: (locale: Locale, year: number) => getRelativeLocaleUrl(locale, `${year}/document/`),
  /** That page's print stylesheet, which carries the title into the printed pages' margins. */
  // A file, so no trailing slash: appended to the page's address rather than made by getRelativeLocaleUrl.
  documentPrint: (locale: Locale, year: number) => `${getRelativeLocaleUrl(locale, `${year}/document/`)}print.css`,
  administrator: (locale: Locale, year: number, id: string) =>
    getRelativeLocaleUrl(locale, `${year}/administrators/${id}/`),
  /** Every publication of the year, newest first, with what each changed. */
  updates: (locale: Locale, year: number) => getRelativeLocaleUrl(locale, `${year}/updates/`),
  /** One publication on that page. */
  update: (locale: Locale, year: number, slug: string) =>
    `${getRelativeLocaleUrl(locale, `${year}/updates/`)}#update-${slug}`,
  /** The year's Atom feed of major publications, in one language (a file: no trailing slash). */
  updatesFeed: (locale: Locale, year: number) => `${getRelativeLocaleUrl(locale, `${year}/`)}updates.xml`,
  search: (locale: Locale) => getRelativeLocaleUrl(locale, 'search/'),
  about: (locale: Locale) => getRelativeLocaleUrl(locale, 'about/'),
  data: (locale: Locale) => getRelativeLocaleUrl(locale, 'data/'),
  /** The open data files, shared by both languages. */
  files: {
    csv: (year: number) => withBase(`data/${year}/measures.csv`),
    json: (year: number) => withBase(`data/${year}/programme.json`),
    updates: (year: number) => withBase(`data/${year}/updates.json`),
    schema: withBase('data/schema/programme.schema.json'),
    updatesSchema: withBase('data/schema/updates.schema.json'),
    package: withBase('data/datapackage.json'),
  },
  /** The approved programme's text as published (Latvian, the authoritative version). */
  source: (year: number) => withBase(sourceFile(year)),
  /** The language choice at the root of the site. */
  root: base,
  sitemap: withBase('sitemap-index.xml'),
  favicon: withBase('favicon.svg'),
};

/** The same page in another language: the address (under the base path) with its language segment swapped. */
export function twinPath(pathname: string, target: Locale): string {
  const [, ...rest] = pathname.slice(base.length).split('/');
  return getRelativeLocaleUrl(target, rest.join('/'));
}
