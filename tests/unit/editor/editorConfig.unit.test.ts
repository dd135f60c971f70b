/**
 * The editor's configuration is generated from the schemas: every schema
 * field has an editor field, the rules the editor can check carry the
 * check's own words, the result is a valid Sveltia CMS configuration, and a
 * collection added to the schemas' module becomes editable with no editor code.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import { z } from 'astro/zod';
import { collectionSchemas } from '#src/schemas.ts';
import { contentFiles } from '#src/lib/content/contentPath.ts';
import { defaultLocale, localeCodes } from '#src/i18n/locales.ts';
import { dictionaries } from '#src/i18n/index.ts';
import { editorSetup } from '#src/editor/editorSetup.ts';
import { editorCollections } from '#src/editor/editorCollections.ts';
import { editorReference, schemaFields } from '#src/editor/schemaTree.ts';
import { sveltiaConfig } from '#src/editor/sveltiaConfig.ts';
import { doc, text } from '#src/lib/content/schemaPrimitives.ts';
import { projectRoot } from '../../helpers/projectCopy.ts';

type Field = {
  name: string;
  widget: string;
  fields?: Field[];
  field?: Field;
  hint?: string;
  pattern?: [string, string];
  i18n?: boolean;
};
type Collection = {
  name: string;
  folder?: string;
  fields?: Field[];
  files?: { file: string; fields: Field[] }[];
  i18n?: boolean;
};

const setup = editorSetup(projectRoot, 'http://localhost:4321');
const collections = setup.config['collections'] as Collection[];

/** Every key path of a zod object schema, depth first: `funding`, `funding.amount`, `results[]`. */
function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
  let current = schema;
  for (;;) {
    const type = current._zod.def.type;
    if (type !== 'optional' && type !== 'default' && type !== 'nullable') break;
    current = (current as unknown as { unwrap(): z.ZodType }).unwrap();
  }
  if (current instanceof z.ZodObject) {
    return Object.entries(current.shape as Record<string, z.ZodType>).flatMap(([key, child]) => {
      const at = prefix ? `${prefix}.${key}` : key;
      return [at, ...schemaPaths(child, at)];
    });
  }
  if (current instanceof z.ZodArray) return schemaPaths(current.element as z.ZodType, `${prefix}[]`);
  return [];
}

/** Every key path of an editor collection's fields, in the same notation. */
function editorPaths(fields: Field[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    const at = prefix ? `${prefix}.${field.name}` : field.name;
    if (field.widget === 'list') {
      return [
        at,
        ...(field.fields ? editorPaths(field.fields, `${at}[]`) : editorPaths(field.field?.fields ?? [], `${at}[]`)),
      ];
    }
    return [at, ...editorPaths(field.fields ?? [], at)];
  });
}

const fieldsOf = (collection: Collection) => collection.fields ?? collection.files?.[0]?.fields ?? [];

describe('the editor configuration generated from src/schemas.ts', () => {
  const schemas = collectionSchemas(editorReference);

  it.each(Object.keys(contentFiles))('has an editor field for every field of the %s schema', (name) => {
    const edited = collections.filter((c) => setup.collections.find((e) => e.name === c.name)?.sources.includes(name));
    expect(edited.length, `an editor collection for ${name}`).toBeGreaterThan(0);
    const wanted = schemaPaths(schemas[name as keyof typeof schemas]);
    for (const collection of edited) {
      const fields = fieldsOf(collection);
      // A file of items is one list of them in the editor.
      const list = collection.files ? fields[0]?.name : undefined;
      const have = new Set(editorPaths(list ? (fields[0]?.fields ?? []) : fields));
      for (const field of wanted) expect(have.has(field), `${collection.name} › ${field}`).toBe(true);
      expect(list === undefined || fields.length === 1).toBe(true);
    }
  });

  it('fails for a schema field without an editor field (the check above can fail)', () => {
    const fields = fieldsOf(collections.find((c) => c.name.startsWith('measures-')) as Collection);
    const have = new Set(editorPaths(fields.filter((f) => f.name !== 'funding')));
    expect(schemaPaths(schemas.measures).filter((p) => !have.has(p))).toEqual([
      'funding',
      'funding.amount',
      'funding.note',
    ]);
  });

  it('is a valid Sveltia CMS configuration (its own JSON Schema)', () => {
    const schema = JSON.parse(
      readFileSync(path.join(projectRoot, 'node_modules/@sveltia/cms/schema/sveltia-cms.json'), 'utf8'),
    ) as object;
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, logger: false });
    const valid = ajv.validate(schema, setup.config);
    expect(ajv.errors ?? [], JSON.stringify(ajv.errors?.slice(0, 5))).toEqual([]);
    expect(valid).toBe(true);
  });

  it('refuses a negative amount and a malformed id with the words of npm run check', () => {
    const measures = fieldsOf(collections.find((c) => c.name === 'measures-2023') as Collection);
    const amount = measures.find((f) => f.name === 'funding')?.fields?.find((f) => f.name === 'amount');
    expect(amount?.pattern?.[1]).toBe('expected an amount of 0 euro or more');
    expect(new RegExp(amount?.pattern?.[0] ?? '').test('-5')).toBe(false);
    expect(new RegExp(amount?.pattern?.[0] ?? '').test('0')).toBe(true);
    const items = fieldsOf(collections.find((c) => c.name === 'administrators') as Collection)[0]?.fields ?? [];
    expect(items.find((f) => f.name === 'id')?.pattern).toEqual([
      '^[a-z][a-z0-9-]*$',
      'expected lowercase letters, digits and dashes',
    ]);
  });

  it('shows both languages of a measure side by side, the facts in the Latvian file only', () => {
    const measures = collections.find((c) => c.name === 'measures-2023') as Collection & {
      fields: (Field & { i18n?: boolean })[];
    };
    expect(measures.folder).toBe('src/content/measures/2023');
    expect(measures.i18n).toBe(true);
    expect(setup.config['i18n']).toEqual({
      structure: 'multiple_folders',
      locales: localeCodes,
      default_locale: defaultLocale,
    });
    const i18n = Object.fromEntries(measures.fields.map((f) => [f.name, f.i18n]));
    expect(i18n).toEqual({
      title: true,
      administrator: false,
      funding: true,
      results: true,
      notes: true,
      draft: false,
      translates: true,
      body: true,
    });
    const funding = measures.fields.find((f) => f.name === 'funding') as Field & {
      fields: (Field & { i18n?: boolean })[];
    };
    expect(funding.fields.map((f) => [f.name, f.i18n])).toEqual([
      ['amount', false],
      ['note', true],
    ]);
  });

  it('says on exactly the fields the fidelity check compares that the Latvian text must match the source', () => {
    const approved = dictionaries[defaultLocale]['editor.approved'];
    const marked = (fields: Field[], prefix = ''): string[] =>
      fields.flatMap((f) => {
        const at = prefix ? `${prefix}.${f.name}` : f.name;
        return [
          ...(f.hint?.includes(approved) ? [at] : []),
          ...marked(f.fields ?? [], at),
          ...(f.field ? marked([f.field], `${at}[]`) : []),
        ];
      });
    const measures = marked(fieldsOf(collections.find((c) => c.name === 'measures-2023') as Collection));
    expect(measures).toEqual(['title', 'funding.note', 'results[].item', 'body']);
    const sections = marked(fieldsOf(collections.find((c) => c.name === 'sections-2023') as Collection));
    expect(sections).toEqual(['title.lv', 'intro.lv[].item', 'goals.lv[].item', 'tasks.lv[].item']);
    expect(marked(fieldsOf(collections.find((c) => c.name === 'pages') as Collection))).toEqual([]);
  });

  it('makes a collection added to the schemas editable without editor code (publication notes by year)', () => {
    const updateSchema = z.strictObject({
      title: doc(z.strictObject({ lv: text, en: text }), 'What changed.', 'Kas mainīts.'),
      changes: doc(z.array(text).min(1), 'One line per change.', 'Viena rinda katrai izmaiņai.'),
    });
    const layout = editorCollections({
      contentFiles: { ...contentFiles, updates: { base: 'src/content/updates', pattern: '*/[^_]*.yaml' } },
      schemas: { ...collectionSchemas(editorReference), updates: updateSchema },
      languages: localeCodes,
      defaultLanguage: defaultLocale,
      listFolders: (dir) =>
        dir === 'src/content/updates' ? ['2024', '2025'] : dir.endsWith('measures') ? ['2023'] : [],
    });
    const { config } = sveltiaConfig({
      collections: layout,
      languages: localeCodes,
      defaultLanguage: defaultLocale,
      languageLabels: { lv: 'Latviešu', en: 'English' },
      fidelity: new Set(),
      text: { title: 't', approved: 'a', writtenBy: (c) => c, collection: (name, year) => `${name} ${year ?? ''}` },
      origin: 'http://localhost:4321',
    });
    const added = (config['collections'] as Collection[]).filter((c) => c.name.startsWith('updates-'));
    // 2023 has measures but no notes yet: its first note can still be written in the editor.
    expect(added.map((c) => [c.name, c.folder])).toEqual([
      ['updates-2023', 'src/content/updates/2023'],
      ['updates-2024', 'src/content/updates/2024'],
      ['updates-2025', 'src/content/updates/2025'],
    ]);
    expect(editorPaths(added[0]?.fields ?? [])).toEqual(['title', 'title.lv', 'title.en', 'changes']);
  });

  it('names every field in the schema so the walk has a description for it', () => {
    for (const name of Object.keys(contentFiles)) {
      const undocumented = schemaFields(collectionSchemas(editorReference)[name as keyof typeof schemas], localeCodes)
        .filter((f) => !f.description)
        .map((f) => f.name);
      expect(undocumented, name).toEqual([]);
    }
  });
});
