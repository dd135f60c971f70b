import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { programmeExportSchema } from '#src/lib/programmeExportSchema.ts';

/** The JSON Schema of programme.json, generated from the zod schema that every export is checked against. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    `${JSON.stringify(
      {
        ...z.toJSONSchema(programmeExportSchema, { unrepresentable: 'any' }),
        $id: new URL('/data/schema/programme.schema.json', site).href,
        title: 'programme.json',
      },
      null,
      2,
    )}\n`,
    { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } },
  );
