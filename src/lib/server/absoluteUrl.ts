/**
 * A page's or file's absolute address, or undefined when the site has no
 * address: nothing is ever published with an invented host such as localhost.
 *
 * @param pathname the address from `paths` (it already starts with the base path)
 * @param site Astro's `site`, undefined when no address is set
 * @example absoluteUrl('/berni/lv/2023/', new URL('https://programma.example.lv/berni/')) // 'https://programma.example.lv/berni/lv/2023/'
 */
export function absoluteUrl(pathname: string, site: URL | undefined): string | undefined {
  return site ? new URL(pathname, site).href : undefined;
}
