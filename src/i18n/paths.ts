import { getRelativeLocaleUrl } from 'astro:i18n';
import { codeToSlug } from '../lib/codeSlug.ts';
import type { Locale } from './locales.ts';

/**
 * Every address of the site is made here, so permanent links stay in one
 * shape: `/{lang}/{year}/{number-with-dashes}/`.
 */
export const paths = {
  home: (locale: Locale) => getRelativeLocaleUrl(locale, ''),
  year: (locale: Locale, year: number) => getRelativeLocaleUrl(locale, `${year}/`),
  part: (locale: Locale, year: number, code: string) => getRelativeLocaleUrl(locale, `${year}/${codeToSlug(code)}/`),
  administrator: (locale: Locale, year: number, id: string) =>
    getRelativeLocaleUrl(locale, `${year}/administrators/${id}/`),
  search: (locale: Locale) => getRelativeLocaleUrl(locale, 'search/'),
  about: (locale: Locale) => getRelativeLocaleUrl(locale, 'about/'),
  data: (locale: Locale) => getRelativeLocaleUrl(locale, 'data/'),
  /** The open data files, shared by both languages. */
  files: {
    csv: (year: number) => `/data/${year}/measures.csv`,
    json: (year: number) => `/data/${year}/programme.json`,
    schema: '/data/schema/programme.schema.json',
    package: '/data/datapackage.json',
  },
  /** The approved programme's text as published (Latvian, the authoritative version). */
  source: (year: number) => `/source/programme-${year}.lv.txt`,
};

/** The same page in another language: the address with its language segment swapped. */
export function twinPath(pathname: string, target: Locale): string {
  const [, , ...rest] = pathname.split('/');
  return getRelativeLocaleUrl(target, rest.join('/'));
}
