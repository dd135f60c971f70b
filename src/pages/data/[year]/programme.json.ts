import type { APIRoute } from 'astro';
import { exportProgramme } from '../../../data/exportProgramme.ts';
import { getSite, type ProgrammeYear } from '../../../data/site.ts';

export async function getStaticPaths() {
  const { years } = await getSite();
  return years.map((year) => ({ params: { year: String(year.year) }, props: { year } }));
}

export const GET: APIRoute<{ year: ProgrammeYear }> = ({ props, site }) =>
  new Response(`${JSON.stringify(exportProgramme(props.year, site), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
