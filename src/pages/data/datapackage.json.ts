import type { APIRoute } from 'astro';
import { getSite } from '../../data/site.ts';
import { dataPackage } from '../../lib/dataPackage.ts';
import { paths } from '../../i18n/paths.ts';
import { stripLangMarkup } from '../../lib/stripLangMarkup.ts';

export const GET: APIRoute = async ({ site }) => {
  const { years } = await getSite();
  const descriptor = dataPackage({
    site,
    years: years.map((y) => ({
      year: y.year,
      title: stripLangMarkup(y.programme.data.title.en),
      sourcePath: paths.source(y.year),
    })),
  });
  return new Response(`${JSON.stringify(descriptor, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
