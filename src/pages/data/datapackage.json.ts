import type { APIRoute } from 'astro';
import { getSite } from '#src/data/site.ts';
import { dataPackage } from '#src/lib/opendata/dataPackage.ts';
import { paths } from '#src/i18n/paths.ts';
import { stripLangMarkup } from '#src/lib/language/stripLangMarkup.ts';

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
