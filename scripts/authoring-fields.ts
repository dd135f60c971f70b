/**
 * The authoring guide's field tables, generated from the schemas' own
 * descriptions (src/schemas.ts), so the guide cannot drift from what the check
 * accepts. `npm run docs:fields` rewrites the tables in docs/authoring.md; a
 * unit test fails when they differ from what this would write.
 *
 * A table sits between `<!-- fields:<collection> -->` and `<!-- /fields -->`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'astro/zod';
import { format, resolveConfig } from 'prettier';
import { schemaFields } from '#src/lib/content/schemaFields.ts';
import {
  administratorSchema,
  measureSchema,
  pageSchema,
  plainReference,
  programmeSchema,
  sectionSchema,
  synonymSchema,
  translationSchema,
} from '#src/schemas.ts';

const schemas: Record<string, z.ZodType> = {
  measures: measureSchema(plainReference),
  translations: translationSchema(),
  sections: sectionSchema(),
  programmes: programmeSchema(),
  administrators: administratorSchema(),
  synonyms: synonymSchema(),
  pages: pageSchema(),
};

/** One collection's fields as a Markdown table: the dotted field, its meaning in English and in Latvian. */
export function fieldTable(collection: string): string {
  const schema = schemas[collection];
  if (!schema) throw new Error(`No schema for "${collection}"`);
  const fields = schemaFields(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }));
  const cell = (text: string) => text.replaceAll('|', '\\|');
  return [
    '| field | meaning | nozīme |',
    '| --- | --- | --- |',
    ...fields.map((f) => `| \`${f.path}\` | ${cell(f.description.en)} | ${cell(f.description.lv)} |`),
  ].join('\n');
}

/** The guide with every marked table regenerated and formatted as Prettier formats the rest of the file. */
export async function withFieldTables(guide: string, file: string): Promise<string> {
  const marked = /(<!-- fields:(\w+) -->)[\s\S]*?(<!-- \/fields -->)/g;
  const replaced = guide.replace(
    marked,
    (_, open: string, collection: string, close: string) => `${open}\n\n${fieldTable(collection)}\n\n${close}`,
  );
  return format(replaced, { ...(await resolveConfig(file)), filepath: file });
}

if (import.meta.main) {
  const file = path.resolve('docs/authoring.md');
  await writeFile(file, await withFieldTables(await readFile(file, 'utf8'), file));
  console.log(`Wrote the field tables of ${path.relative(process.cwd(), file)}`);
}
