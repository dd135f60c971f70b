/**
 * The address the site is published at, split the way Astro needs it: `site`
 * (absolute: canonical links, hreflang, the sitemap, citations, open data) and
 * `base` (the path every internal link starts with). Astro does not derive
 * `base` from `site`, so both come from this one setting.
 */
export interface SiteAddress {
  /** The absolute address with a trailing slash, or undefined when none is set. */
  site: string | undefined;
  /** The path the site lives under, `/` or e.g. `/programma/`. */
  base: string;
}

/**
 * @param setting the committed `siteUrl` of site.config.json, or `SITE_URL` when set
 * @example siteAddress('https://www.example.gov.lv/programma') // { site: 'https://www.example.gov.lv/programma/', base: '/programma/' }
 * @example siteAddress('') // { site: undefined, base: '/' }
 */
export function siteAddress(setting: string): SiteAddress {
  const text = setting.trim();
  if (text === '') return { site: undefined, base: '/' };
  const url = URL.parse(text);
  const example = 'for example https://www.example.gov.lv/programma/';
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:'))
    throw new Error(`The site address "${text}" is not an http(s) address; ${example}.`);
  if (url.search || url.hash || url.username || url.password)
    throw new Error(`The site address "${text}" must have no query, fragment or credentials; ${example}.`);
  const base = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { site: `${url.origin}${base}`, base };
}

/** The setting in force: `SITE_URL` when the environment has it, else the committed one. */
export function siteSetting(committed: string, environment: string | undefined): string {
  return environment ?? committed;
}
