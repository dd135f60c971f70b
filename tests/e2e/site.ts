/** What the browser tests know about the test build: every page, and where the site lives. */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { e2eSite } from '../helpers/e2eSite.ts';

export const distDir = e2eSite.dir;
export const { base, url: siteUrl } = e2eSite;

/**
 * The address a page is served at, from its path within the site (`/lv/` → `/berni/lv/`).
 * Tests name pages by that path; the site itself lives under the base path.
 */
export const at = (pathname: string) => `${base}${pathname.replace(/^\//, '')}`;

/** Every HTML page of the build, by its path within the site (`/lv/2023/1-1/`, `/404.html`, …), sorted. */
export function builtPages(): string[] {
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => '/' + file.split(path.sep).join('/'))
    .map((file) => (file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file))
    .sort();
}

/** One page of each kind, for checks that look at layouts rather than every page. */
export const pageKinds = {
  'language choice': '/',
  home: '/lv/',
  overview: '/en/2023/',
  chapter: '/lv/2023/1/',
  subsection: '/en/2023/2-1/',
  measure: '/lv/2023/2-2-2/',
  administrator: '/en/2023/administrators/ministry/',
  document: '/lv/2023/document/',
  'document in English': '/en/2023/document/',
  about: '/lv/about/',
  search: '/en/search/',
  'not found': '/404.html',
};

export const otherLocale = (lang: string) => (lang === 'lv' ? 'en' : 'lv');
