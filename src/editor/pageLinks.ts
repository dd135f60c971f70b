/**
 * Links between the editor and the preview, in `npm run dev` only (the
 * middleware imports this there): every content file's editor entry and the
 * pages that show it. The pages are the site's own addresses (paths.ts) for
 * what the file's path says (parseContentPath): a measure's or section's page,
 * a programme's year, a prose page at the address of its name (`paths.about`).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { collectionSchemas } from '#src/schemas.ts';
import { defaultLocale, localeCodes, type Locale } from '#src/i18n/locales.ts';
import { paths } from '#src/i18n/paths.ts';
import { contentFiles, parseContentPath } from '#src/lib/content/contentPath.ts';
import { editorCollections, type EditorCollection } from './editorCollections.ts';
import { editorReference } from './schemaTree.ts';

export interface EditorEntry {
  /** The file, relative to the project. */
  file: string;
  /** The editor's address of its entry. */
  href: string;
  /** The editor collection and the entry's name in it. */
  collection: string;
  slug: string;
  /** The language the file is written in, when each language has its own file. */
  lang: Locale | undefined;
}

const isLocale = (code: string | undefined): code is Locale => localeCodes.includes(code as Locale);

/** Every file of an editor collection, as entries. */
function entriesOf(root: string, collection: EditorCollection): EditorEntry[] {
  const entry = (file: string, slug: string, lang: Locale | undefined): EditorEntry => ({
    file,
    href: `/edit/#/collections/${collection.name}/entries/${slug}`,
    collection: collection.name,
    slug,
    lang,
  });
  if (collection.layout.kind === 'list') return [entry(collection.layout.file, collection.name, undefined)];
  const { path: folder, extension } = collection.layout;
  const filesIn = (dir: string) => {
    try {
      return readdirSync(path.join(root, dir)).filter(
        (name) => name.endsWith(`.${extension}`) && !name.startsWith('_'),
      );
    } catch {
      return [];
    }
  };
  const slug = (name: string) => name.slice(0, -(extension.length + 1));
  if (!collection.perLanguageFiles)
    return filesIn(folder).map((name) => entry(`${folder}/${name}`, slug(name), undefined));
  return localeCodes.flatMap((lang) =>
    filesIn(`${folder}/${lang}`).map((name) => entry(`${folder}/${lang}/${name}`, slug(name), lang)),
  );
}

/** The pages that show a file: its own language's, or every language's for a file with both. */
export function pagesOf(entry: EditorEntry): string[] {
  const parsed = parseContentPath(entry.file);
  if (!parsed.ok) return [];
  const { year, code, lang, slug, kind } = parsed.path;
  const languages = lang ? [lang] : localeCodes;
  if (year !== undefined) {
    return languages.map((code_) => (code ? paths.part(code_, year, code) : paths.year(code_, year)));
  }
  const named = kind === 'page' && slug ? (paths as unknown as Record<string, unknown>)[slug] : undefined;
  return typeof named === 'function' ? languages.map((l) => (named as (locale: Locale) => string)(l)) : [];
}

/** The links for the project in `root`, read from its files on each call (a new file counts at once). */
export function editorLinks(root: string) {
  const collections = editorCollections({
    contentFiles,
    schemas: collectionSchemas(editorReference),
    languages: localeCodes,
    defaultLanguage: defaultLocale,
    listFolders: (dir) => {
      try {
        return readdirSync(path.join(root, dir), { withFileTypes: true })
          .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
          .map((d) => d.name)
          .sort();
      } catch {
        return [];
      }
    },
  });
  const entries = collections.flatMap((collection) => entriesOf(root, collection));
  return {
    /** The editor's entry of a content file. */
    entryOfFile: (file: string) => entries.find((entry) => entry.file === file)?.href,
    /** The editor's entry of what a page shows; the editor's start when the page shows no one file. */
    entryOfPage: (pathname: string) => entries.find((entry) => pagesOf(entry).includes(pathname))?.href ?? '/edit/',
    /** The page of an entry in one language (the editor's "view" link, `/edit/page/?collection=…&slug=…&locale=…`). */
    pageOfEntry: (collection: string, slug: string, locale: string) => {
      const lang = isLocale(locale) ? locale : defaultLocale;
      const found = entries.filter((entry) => entry.collection === collection && entry.slug === slug);
      const entry = found.find((e) => e.lang === lang) ?? found[0];
      return entry && (pagesOf(entry).find((page) => page.startsWith(paths.home(lang))) ?? pagesOf(entry)[0]);
    },
  };
}
