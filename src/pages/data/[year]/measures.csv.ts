import type { APIRoute } from 'astro';
import { exportProgramme } from '../../../data/exportProgramme.ts';
import { getSite, type ProgrammeYear } from '../../../data/site.ts';
import { measuresCsv } from '../../../lib/measuresCsv.ts';

export async function getStaticPaths() {
  const { years } = await getSite();
  return years.map((year) => ({ params: { year: String(year.year) }, props: { year } }));
}

export const GET: APIRoute<{ year: ProgrammeYear }> = ({ props, site }) =>
  new Response(measuresCsv(exportProgramme(props.year, site)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
