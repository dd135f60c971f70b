import type { AstroIntegration } from 'astro';

/**
 * Says, at the start of every build, which address the site is built for:
 * a journalist's citation or a search engine's canonical link comes from it.
 * Without an address nothing absolute is published, and the build says how to set one.
 */
export function publishingAddress(): AstroIntegration {
  let site: URL | undefined;
  let base = '/';
  return {
    name: 'publishing-address',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
        base = config.base;
      },
      'astro:build:start': ({ logger }) => {
        if (site) logger.info(`Publishing address: ${site.href} (base path ${base})`);
        else
          logger.warn(
            'No publishing address: canonical links, hreflang, the sitemap and absolute links in the data files are left out. ' +
              'Set "siteUrl" in site.config.json, or SITE_URL for one build (SITE_URL=https://www.example.gov.lv/programma/ npm run build).',
          );
      },
    },
  };
}
