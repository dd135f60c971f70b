/**
 * The editor's configuration for the project in `root`, from the schemas, the
 * collections' places, the locale table and the Latvian dictionary: what
 * `/edit/config.json` serves in `npm run dev`, and what the tests check.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { collectionSchemas } from '#src/schemas.ts';
import { contentFiles } from '#src/lib/content/contentPath.ts';
import { defaultLocale, localeCodes, locales } from '#src/i18n/locales.ts';
import { dictionaries, useTranslations, type UiKey } from '#src/i18n/index.ts';
import { editorCollections, type EditorCollection } from './editorCollections.ts';
import { fidelityFields } from './fidelityScope.ts';
import { editorReference } from './schemaTree.ts';
import { formatName, sveltiaConfig, type FormatRules } from './sveltiaConfig.ts';

export interface EditorSetup {
  collections: EditorCollection[];
  /** Sveltia CMS's configuration (`CMS.init({ config })`). */
  config: Record<string, unknown>;
  /** Each editor collection's file-format rules, by its name. */
  rules: Record<string, FormatRules>;
  /** The file formats the editor page registers, one per editor collection. */
  formats: { name: string; extension: string; body: boolean; rules: FormatRules }[];
}

/** The folders directly inside `dir` of the project, sorted; none when it does not exist. */
const foldersIn = (root: string) => (dir: string) => {
  try {
    return readdirSync(path.join(root, dir), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_') && !entry.name.startsWith('.'))
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
};

export function editorSetup(root: string, origin: string): EditorSetup {
  const t = useTranslations(defaultLocale);
  const collections = editorCollections({
    contentFiles,
    schemas: collectionSchemas(editorReference),
    languages: localeCodes,
    defaultLanguage: defaultLocale,
    listFolders: foldersIn(root),
  });
  const collectionName = (name: string) => {
    const key = `editor.collection.${name}`;
    return key in dictionaries[defaultLocale] ? t(key as UiKey) : name;
  };
  const { config, rules } = sveltiaConfig({
    collections,
    languages: localeCodes,
    defaultLanguage: defaultLocale,
    languageLabels: Object.fromEntries(localeCodes.map((code) => [code, locales[code].label])),
    fidelity: fidelityFields(collections, defaultLocale),
    text: {
      title: t('editor.title'),
      approved: t('editor.approved'),
      writtenBy: (command) => t('editor.writtenBy', { command }),
      collection: (name, folder) =>
        folder ? t('editor.collectionYear', { name: collectionName(name), year: folder }) : collectionName(name),
    },
    origin,
  });
  const formats = collections.map((collection) => ({
    name: formatName(collection.name, collection.body),
    extension: collection.layout.kind === 'list' ? 'yaml' : collection.layout.extension,
    body: collection.body,
    rules: rules[collection.name] ?? { omittable: {}, nullable: [] },
  }));
  return { collections, config, rules, formats };
}
