import type { APIRoute } from 'astro';
import { paths } from '#src/i18n/paths.ts';
import { jsonSchemaFile } from '#src/lib/opendata/jsonSchemaFile.ts';
import { updatesExportSchema } from '#src/lib/opendata/updatesExportSchema.ts';

/** The JSON Schema of updates.json. */
export const GET: APIRoute = ({ site }) =>
  jsonSchemaFile(updatesExportSchema, 'updates.json', paths.files.updatesSchema, site);
