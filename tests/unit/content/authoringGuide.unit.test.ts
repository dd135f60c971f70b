/**
 * The authoring guide stays in step with the schemas: its field tables are
 * exactly what `npm run docs:fields` generates from the schemas' descriptions,
 * and every field of every schema is described in both languages.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { fieldTable, withFieldTables } from '../../../scripts/authoring-fields.ts';
import { schemaFields } from '#src/lib/content/schemaFields.ts';
import * as schemas from '#src/schemas.ts';
import { isLocale } from '#src/i18n/locales.ts';
import { projectRoot } from '../../helpers/projectCopy.ts';

const file = path.join(projectRoot, 'docs/authoring.md');
const guide = readFileSync(file, 'utf8');

const factories = {
  measures: schemas.measureSchema(schemas.plainReference),
  translations: schemas.translationSchema(),
  sections: schemas.sectionSchema(),
  programmes: schemas.programmeSchema(),
  administrators: schemas.administratorSchema(),
  synonyms: schemas.synonymSchema(),
  pages: schemas.pageSchema(),
};

/** Every key of an object schema, nested objects included, as dotted paths (the languages of per-language values excluded). */
function keys(schema: z.ZodType, prefix = ''): string[] {
  const inner = (s: z.ZodType): z.ZodType =>
    s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodNullable
      ? inner(s.unwrap() as z.ZodType)
      : s;
  const object = inner(schema);
  if (!(object instanceof z.ZodObject)) return [];
  const shape = object.shape as Record<string, z.ZodType>;
  if (Object.keys(shape).every((key) => isLocale(key))) return [];
  return Object.entries(shape).flatMap(([key, child]) => [`${prefix}${key}`, ...keys(child, `${prefix}${key}.`)]);
}

describe('docs/authoring.md', () => {
  it('has the field tables generated from the schemas (run `npm run docs:fields` after changing a schema)', async () => {
    expect(await withFieldTables(guide, file)).toBe(guide);
  });

  it.each(Object.entries(factories))('documents every field of %s in both languages', (collection, schema) => {
    const documented = schemaFields(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }));
    expect(documented.map((f) => f.path)).toEqual(keys(schema));
    for (const field of documented) {
      expect(field.description.lv, field.path).not.toBe(field.description.en);
    }
    expect(fieldTable(collection)).toContain(`| \`${documented[0]?.path}\` |`);
  });

  it('is linked from the README', () => {
    expect(readFileSync(path.join(projectRoot, 'README.md'), 'utf8')).toContain('docs/authoring.md');
  });
});
