/**
 * The address the site is published at, as Astro's `site` (site.config.json or
 * SITE_URL); undefined when none is set, so nothing absolute is ever invented.
 * Views make citations, canonical links and structured data from it.
 */
export function siteUrl(): URL | undefined {
  const site: unknown = import.meta.env.SITE;
  return typeof site === 'string' && URL.canParse(site) ? new URL(site) : undefined;
}
