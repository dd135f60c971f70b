/**
 * Which editor collections the content's collections become, read from where
 * their files are (`contentFiles` in src/schemas.ts) and from their schemas,
 * never from their names:
 *
 * - a collection read from one file (`{ file }`) is a list of items, edited as one list;
 * - a collection of files (`{ base, pattern }`) is edited file by file; a `*` folder in
 *   its pattern is one editor collection per folder found (a programme year), unless the
 *   folders are the languages' own (`pages/<lang>/`);
 * - two collections in the same folders whose patterns differ only in a language folder
 *   (`measures/<year>/lv/` and `measures/<year>/{en}/`) are one entry in every language:
 *   the default language's file owns the fields only its schema has (the facts), each
 *   other language's file the fields both schemas have (the text), side by side.
 */
import type { z } from 'astro/zod';
import { schemaFields, type SchemaField } from './schemaTree.ts';

/** Where one content collection's files are, as `contentFiles` says. */
export type ContentFiles = Record<string, { file: string } | { base: string; pattern: string }>;

/** A field of an editor collection: a schema field, with the languages whose files hold it. */
export type EditorField = SchemaField;

export interface EditorCollection {
  /** The editor's name for it, unique: the content collection and its folder (`measures-2023`). */
  name: string;
  /** The content collections it edits. */
  sources: string[];
  /** The folder below `base` it covers (`2023`), when the pattern has one. */
  folder: string | undefined;
  /** A folder of files, or one file holding a list of items. */
  layout: { kind: 'folder'; path: string; extension: string; nested: boolean } | { kind: 'list'; file: string };
  /** True when each language has its own file, in a folder named after it. */
  perLanguageFiles: boolean;
  /** True for Markdown/MDX files: a body after the frontmatter. */
  body: boolean;
  fields: EditorField[];
}

export interface LayoutInput {
  contentFiles: ContentFiles;
  schemas: Record<string, z.ZodType>;
  languages: readonly string[];
  defaultLanguage: string;
  /** The folders directly inside a folder of the project (`src/content/measures` → `['2023']`), sorted. */
  listFolders: (dir: string) => string[];
}

/** A glob segment naming languages: `lv`, or `{en,de}`. */
function languagesOf(segment: string, languages: readonly string[]): string[] | undefined {
  const names = segment.startsWith('{') && segment.endsWith('}') ? segment.slice(1, -1).split(',') : [segment];
  return names.every((name) => languages.includes(name)) ? names : undefined;
}

const extensionOf = (pattern: string) => pattern.slice(pattern.lastIndexOf('.') + 1);

/** Two schemas' fields as one list: in the first's order, each marked with the files that hold it. */
function mergeFields(own: SchemaField[], translated: SchemaField[]): EditorField[] {
  const other = new Map(translated.map((field) => [field.name, field]));
  const requiredIn = (a: boolean, b: boolean): EditorField['requiredIn'] =>
    a && b ? 'all' : a ? 'default' : b ? 'translations' : 'none';
  const merged: EditorField[] = own.map((field) => {
    const twin = other.get(field.name);
    if (!twin) return { ...field, heldBy: 'default', requiredIn: requiredIn(field.required, false) };
    const both = { ...field, heldBy: 'all' as const, requiredIn: requiredIn(field.required, twin.required) };
    return field.kind === 'object' && twin.kind === 'object'
      ? { ...both, fields: mergeFields(field.fields, twin.fields) }
      : both;
  });
  const known = new Set(own.map((field) => field.name));
  return [
    ...merged,
    ...translated
      .filter((field) => !known.has(field.name))
      .map((field) => ({
        ...field,
        heldBy: 'translations' as const,
        requiredIn: requiredIn(false, field.required),
      })),
  ];
}

/** Every editor collection, in `contentFiles` order. */
export function editorCollections(input: LayoutInput): EditorCollection[] {
  const { contentFiles, schemas, languages, defaultLanguage, listFolders } = input;
  const fieldsOf = (name: string) => {
    const schema = schemas[name];
    if (!schema) throw new Error(`no schema for the content collection "${name}"`);
    return schemaFields(schema, languages);
  };
  const result: EditorCollection[] = [];
  const taken = new Set<string>();
  const yearFolders = [
    ...new Set(
      Object.values(contentFiles).flatMap((where) => {
        if ('file' in where || !where.pattern.startsWith('*/')) return [];
        const dirs = listFolders(where.base);
        return dirs.every((dir) => languages.includes(dir)) ? [] : dirs;
      }),
    ),
  ].sort();

  for (const [name, where] of Object.entries(contentFiles)) {
    if (taken.has(name)) continue;
    if ('file' in where) {
      result.push({
        name,
        sources: [name],
        folder: undefined,
        layout: { kind: 'list', file: where.file },
        perLanguageFiles: false,
        body: false,
        fields: fieldsOf(name),
      });
      continue;
    }
    const segments = where.pattern.split('/');
    const folders = segments.slice(0, -1);
    const extension = extensionOf(where.pattern);
    const languageAt = folders.findIndex((segment) => languagesOf(segment, languages)?.includes(defaultLanguage));
    // The collection of the other languages' files in the same folders, if there is one.
    const twin =
      languageAt === -1
        ? undefined
        : Object.entries(contentFiles).find(
            ([other, place]) =>
              other !== name &&
              'base' in place &&
              place.base === where.base &&
              place.pattern
                .split('/')
                .every((segment, i) =>
                  i === languageAt ? languagesOf(segment, languages) !== undefined : segment === segments[i],
                ),
          );
    if (twin) taken.add(twin[0]);
    const fields = twin ? mergeFields(fieldsOf(name), fieldsOf(twin[0])) : fieldsOf(name);
    const sources = twin ? [name, twin[0]] : [name];
    const body = extension === 'md' || extension === 'mdx';

    // A leading `*` whose folders are all language codes is the language folder itself.
    const first = folders[0];
    const found = first === '*' ? listFolders(where.base) : [];
    const languageFolders = first === '*' && found.length > 0 && found.every((dir) => languages.includes(dir));
    if (first === '*' && !languageFolders) {
      // Every such folder found anywhere (a programme year), so a year's first file of a kind (its
      // first change note) can be written in the editor before the year has a folder of that kind.
      for (const dir of yearFolders) {
        result.push({
          name: `${name}-${dir}`,
          sources,
          folder: dir,
          layout: { kind: 'folder', path: `${where.base}/${dir}`, extension, nested: folders.length > 1 && !twin },
          perLanguageFiles: Boolean(twin),
          body,
          fields,
        });
      }
      continue;
    }
    result.push({
      name,
      sources,
      folder: undefined,
      layout: { kind: 'folder', path: where.base, extension, nested: false },
      perLanguageFiles: Boolean(twin) || languageFolders,
      body,
      fields: languageFolders ? fields.map((field) => ({ ...field, heldBy: 'all' as const })) : fields,
    });
  }
  return result;
}
