import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { exportProgramme } from '#src/data/exportProgramme.ts';
import { getSite } from '#src/data/site.ts';
import { measuresCsv } from '#src/lib/opendata/measuresCsv.ts';

export const getStaticPaths = (async () => {
  const { years } = await getSite();
  return years.map((year) => ({ params: { year: String(year.year) }, props: { year } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props, site }) =>
  new Response(measuresCsv(exportProgramme(props.year, site)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
