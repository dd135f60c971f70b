import { z } from 'astro/zod';
import type { Locale } from '#src/i18n/locales.ts';
import { schemaFields } from '#src/lib/content/schemaFields.ts';
import { measureColumns } from '#src/lib/opendata/measureColumns.ts';
import { programmeExportSchema } from '#src/lib/opendata/programmeExportSchema.ts';

/** The data page's dictionary of the open data's fields, read from the CSV's columns and the published schema. */
export function dataDictionary(locale: Locale) {
  return {
    csvFields: measureColumns.map((c) => ({ name: c.name, type: c.type, meaning: c.description[locale] })),
    jsonFields: schemaFields(z.toJSONSchema(programmeExportSchema, { unrepresentable: 'any' })).map((f) => ({
      name: f.path,
      meaning: f.description[locale],
    })),
  };
}
