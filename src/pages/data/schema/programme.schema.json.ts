import type { APIRoute } from 'astro';
import { paths } from '#src/i18n/paths.ts';
import { jsonSchemaFile } from '#src/lib/opendata/jsonSchemaFile.ts';
import { programmeExportSchema } from '#src/lib/opendata/programmeExportSchema.ts';

/** The JSON Schema of programme.json. */
export const GET: APIRoute = ({ site }) =>
  jsonSchemaFile(programmeExportSchema, 'programme.json', paths.files.schema, site);
