import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { paths } from '#src/i18n/paths.ts';
import { absoluteUrl } from '#src/lib/server/absoluteUrl.ts';
import { updatesExportSchema } from '#src/lib/opendata/updatesExportSchema.ts';

/** The JSON Schema of updates.json, generated from the zod schema that every export is checked against. */
export const GET: APIRoute = ({ site }) =>
  new Response(
    `${JSON.stringify(
      {
        ...z.toJSONSchema(updatesExportSchema, { unrepresentable: 'any' }),
        ...(site ? { $id: absoluteUrl(paths.files.updatesSchema, site) } : {}),
        title: 'updates.json',
      },
      null,
      2,
    )}\n`,
    { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } },
  );
