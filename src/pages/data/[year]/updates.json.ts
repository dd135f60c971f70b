import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { exportUpdates } from '#src/data/exportUpdates.ts';
import { getSite } from '#src/data/site.ts';

export const getStaticPaths = (async () => {
  const { years } = await getSite();
  return years.map((year) => ({ params: { year: String(year.year) }, props: { year } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
  new Response(`${JSON.stringify(exportUpdates(props.year), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
