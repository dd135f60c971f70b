/** What the browser tests know about the built site: every page in dist/. */
import { readdirSync } from 'node:fs';
import path from 'node:path';

export const distDir = path.resolve(import.meta.dirname, '../../dist');

/** Addresses of every HTML page of the build (`/lv/2023/1-1/`, `/404.html`, …), sorted. */
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
  about: '/lv/about/',
  search: '/en/search/',
  'not found': '/404.html',
};

export const otherLocale = (lang: string) => (lang === 'lv' ? 'en' : 'lv');
