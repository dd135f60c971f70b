import path from 'node:path';
import type { SitemapItem } from '@astrojs/sitemap';
import { pageHead } from './pageHead.ts';

/**
 * The sitemap's `serialize` option: each page's language alternates are the
 * ones its own `<head>` states, so the sitemap never claims a translation the
 * page itself does not (an untranslated fallback has none).
 *
 * @param outDir the build's output folder
 * @param site the published address, with the base path (`https://…/berni/`)
 */
export function sitemapAlternates(outDir: string, site: string) {
  return (item: SitemapItem): SitemapItem => {
    const within = item.url.startsWith(site) ? item.url.slice(site.length) : '';
    const file = path.join(outDir, ...within.split('/').filter(Boolean), 'index.html');
    const links = pageHead(file)
      .filter(({ name, attributes }) => name === 'link' && attributes['rel'] === 'alternate' && attributes['hreflang'])
      .map(({ attributes }) => ({ lang: attributes['hreflang'] ?? '', url: attributes['href'] ?? '' }));
    return { ...item, links };
  };
}
