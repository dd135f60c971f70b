import type { APIRoute } from 'astro';
import { paths } from '#src/i18n/paths.ts';

/**
 * robots.txt, with the sitemap's absolute address when the site has one.
 * Under a sub-path crawlers read only the domain's own /robots.txt, so the
 * deployment guide says to copy the Sitemap line there.
 */
export const GET: APIRoute = ({ site }) => {
  const sitemap = site ? `\nSitemap: ${new URL(paths.sitemap, site).href}\n` : '';
  return new Response(`User-agent: *\nAllow: ${paths.root}\n${sitemap}`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
