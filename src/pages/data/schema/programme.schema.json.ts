import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { paths } from '#src/i18n/paths.ts';
import { absoluteUrl } from '#src/lib/server/absoluteUrl.ts';
import { programmeExportSchema } from '#src/lib/opendata/programmeExportSchema.ts';

/** The JSON Schema of programme.json, generated from the zod schema that every export is checked against. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    `${JSON.stringify(
      {
        ...z.toJSONSchema(programmeExportSchema, { unrepresentable: 'any' }),
        // $id must be absolute; without a site address the schema has none rather than an invented one.
        ...(site ? { $id: absoluteUrl(paths.files.schema, site) } : {}),
        title: 'programme.json',
      },
      null,
      2,
    )}\n`,
    { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } },
  );
