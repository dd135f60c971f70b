/**
 * The one reader of a content file's path. What the path states is never a
 * field: `src/content/measures/2023/lv/2-1-2.mdx` is measure 2.1.2 of 2023, in
 * Latvian, in subsection 2.1 of chapter 2; `src/content/sections/2023/2-1.yaml`
 * is subsection 2.1 of 2023, in chapter 2. Astro's loaders (their `generateId`),
 * the content reader of `npm run check`, the site model, the preview's problem
 * links and the change summaries all call `parseContentPath`, so ids and
 * numbers agree by construction.
 */
import { defaultLocale, isLocale, localeCodes, type Locale } from '#src/i18n/locales.ts';
import { codeToSlug, parentCode, slugToCode } from '#src/lib/codes/codeSlug.ts';

/** Where the content is, relative to the project. */
export const contentRoot = 'src/content';

/** Where each collection's files are, relative to the project; files starting with `_` are skipped. */
export const contentFiles = {
  programmes: { base: `${contentRoot}/programmes`, pattern: '[^_]*.yaml' },
  administrators: { file: `${contentRoot}/administrators.yaml` },
  /** Words readers type for what the programme says otherwise (search). */
  synonyms: { file: `${contentRoot}/synonyms.yaml` },
  sections: { base: `${contentRoot}/sections`, pattern: '*/[^_]*.yaml' },
  // The authoritative language's measures own the facts; the other languages' files are translations.
  measures: { base: `${contentRoot}/measures`, pattern: `*/${defaultLocale}/[^_]*.mdx` },
  translations: {
    base: `${contentRoot}/measures`,
    pattern: `*/${alternatives(localeCodes.filter((code) => code !== defaultLocale))}/[^_]*.mdx`,
  },
  pages: { base: `${contentRoot}/pages`, pattern: '*/[^_]*.mdx' },
  /** One change note per publication of a programme year, named after its day. */
  updates: { base: `${contentRoot}/updates`, pattern: '*/[^_]*.yaml' },
} as const;

export type CollectionName = keyof typeof contentFiles;

/**
 * What a content file is. A chapter is a section whose number has one part (`2`); a
 * subsection has more (`2.1`).
 */
export type ContentKind =
  'programme' | 'chapter' | 'subsection' | 'measure' | 'page' | 'update' | 'administrators' | 'synonyms';

/** Everything a content file's path says. */
export interface ContentPath {
  /** The path relative to the project, with `/` separators: how problems and dates name it. */
  file: string;
  collection: CollectionName;
  kind: ContentKind;
  /** The entry's id in its collection: `2023/lv/2-1-2`, `2023/2-1`, `2023`, `lv/about`. */
  id: string;
  /** The programme year; undefined for administrators and prose pages. */
  year: number | undefined;
  /** The language a measure or page file is written in; undefined for files holding every language. */
  lang: Locale | undefined;
  /** The measure's or section's number as the source writes it (`2.1.2`). */
  code: string | undefined;
  /** The file name without extension: `2-1-2`, the address segment of its page (`about` for a page). */
  slug: string | undefined;
  /** The number of the section it sits in directly (`2.1` for measure 2.1.2, `2` for subsection 2.1). */
  parent: string | undefined;
  /** The number of its chapter (`2` for 2.1.2 and for chapter 2 itself). */
  chapter: string | undefined;
  /**
   * A change note's publication: its day (`2024-03-05`) and which publication of
   * that day it is (1 for `2024-03-05.yaml`, 2 for `2024-03-05-2.yaml`).
   */
  publication: { date: string; sequence: number } | undefined;
}

export type ParsedPath = { ok: true; path: ContentPath } | { ok: false; problem: string };

const YEAR = /^\d{4}$/;
const NUMBER = /^\d+(?:-\d+)*$/;
const NAME = /^[a-z0-9][a-z0-9-]*$/;
/** A day, and the publication of that day after the first: `2024-03-05`, `2024-03-05-2`. */
const PUBLICATION = /^(\d{4})-(\d{2})-(\d{2})(?:-([2-9]|[1-9]\d+))?$/;

/** The publication a change note's name gives, if it names a real day. */
function publicationOf(stem: string): { date: string; sequence: number } | undefined {
  const match = PUBLICATION.exec(stem);
  if (!match) return undefined;
  const [, year = '', month = '', day = '', sequence] = match;
  const date = `${year}-${month}-${day}`;
  // A day that does not exist (2024-02-30) comes back from Date as another one.
  const real = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(real.getTime()) || real.toISOString().slice(0, 10) !== date) return undefined;
  return { date, sequence: sequence === undefined ? 1 : Number(sequence) };
}

/**
 * Reads a content file's path (relative to the project, `/` or the system's
 * separator). A path that says nothing valid comes back with a problem phrased
 * for the person who put the file there.
 *
 * @example parseContentPath('src/content/measures/2023/lv/2-1-2.mdx')
 * // { ok: true, path: { kind: 'measure', year: 2023, lang: 'lv', code: '2.1.2', parent: '2.1', chapter: '2', … } }
 */
export function parseContentPath(filePath: string): ParsedPath {
  const file = filePath.replaceAll('\\', '/');
  const inRoot = file.startsWith(`${contentRoot}/`) ? file.slice(contentRoot.length + 1) : undefined;
  if (inRoot === undefined) return fail(`expected a file under ${contentRoot}/`);
  if (file === contentFiles.administrators.file) {
    return ok({ file, collection: 'administrators', kind: 'administrators', id: 'administrators' });
  }
  if (file === contentFiles.synonyms.file) {
    return ok({ file, collection: 'synonyms', kind: 'synonyms', id: 'synonyms' });
  }
  const [folder = '', ...rest] = inRoot.split('/');
  const name = rest.at(-1) ?? '';
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const extension = dot > 0 ? name.slice(dot) : '';
  const segments = [...rest.slice(0, -1), stem];

  switch (folder) {
    case 'programmes': {
      const [year = ''] = segments;
      if (segments.length !== 1 || extension !== '.yaml' || !YEAR.test(year)) {
        return fail('expected the file to be named after its year, e.g. src/content/programmes/2023.yaml');
      }
      return ok({ file, collection: 'programmes', kind: 'programme', id: year, year: Number(year) });
    }
    case 'sections': {
      const [year = '', slug = ''] = segments;
      if (segments.length !== 2 || extension !== '.yaml' || !YEAR.test(year) || !NUMBER.test(slug)) {
        return fail(
          'expected the file at sections/<year>/<number with dashes>.yaml, e.g. src/content/sections/2023/2-1.yaml',
        );
      }
      const code = slugToCode(slug);
      const parent = parentCode(code);
      return ok({
        file,
        collection: 'sections',
        kind: parent === undefined ? 'chapter' : 'subsection',
        id: `${year}/${slug}`,
        year: Number(year),
        ...numbered(code, slug),
      });
    }
    case 'measures': {
      const [year = '', lang = '', slug = ''] = segments;
      if (segments.length !== 3 || extension !== '.mdx' || !YEAR.test(year) || !isLocale(lang) || !NUMBER.test(slug)) {
        return fail(
          `expected the file at measures/<year>/<${localeCodes.join('|')}>/<number with dashes>.mdx, e.g. src/content/measures/2023/${defaultLocale}/2-1-2.mdx`,
        );
      }
      const code = slugToCode(slug);
      if (parentCode(code) === undefined) {
        return fail(`a measure's number has a section before it (1.1, 2.1.2): "${slug}" would be a chapter`);
      }
      return ok({
        file,
        collection: lang === defaultLocale ? 'measures' : 'translations',
        kind: 'measure',
        id: `${year}/${lang}/${slug}`,
        year: Number(year),
        lang,
        ...numbered(code, slug),
      });
    }
    case 'pages': {
      const [lang = '', slug = ''] = segments;
      if (segments.length !== 2 || extension !== '.mdx' || !isLocale(lang) || !NAME.test(slug)) {
        return fail(
          `expected the file at pages/<${localeCodes.join('|')}>/<name>.mdx, e.g. src/content/pages/en/about.mdx`,
        );
      }
      return ok({ file, collection: 'pages', kind: 'page', id: `${lang}/${slug}`, lang, slug });
    }
    case 'updates': {
      const [year = '', slug = ''] = segments;
      const publication = publicationOf(slug);
      if (segments.length !== 2 || extension !== '.yaml' || !YEAR.test(year) || publication === undefined) {
        return fail(
          'expected the file at updates/<programme year>/<day of publication>.yaml, e.g. src/content/updates/2023/2024-03-05.yaml (a second publication that day: 2024-03-05-2.yaml)',
        );
      }
      return ok({
        file,
        collection: 'updates',
        kind: 'update',
        id: `${year}/${slug}`,
        year: Number(year),
        slug,
        publication,
      });
    }
    default:
      return fail(`expected one of the content folders: ${Object.keys(contentFiles).join(', ')}`);
  }
}

/**
 * Where the file of a part of the content is: the inverse of `parseContentPath`,
 * for messages that name a file to create and for tools that write one.
 *
 * @example contentFile.measure(2023, 'en', '2.1.2') // 'src/content/measures/2023/en/2-1-2.mdx'
 */
export const contentFile = {
  programme: (year: number | string) => `${contentFiles.programmes.base}/${year}.yaml`,
  section: (year: number | string, code: string) => `${contentFiles.sections.base}/${year}/${codeToSlug(code)}.yaml`,
  measure: (year: number | string, lang: string, code: string) =>
    `${contentFiles.measures.base}/${year}/${lang}/${codeToSlug(code)}.mdx`,
  page: (lang: string, name: string) => `${contentFiles.pages.base}/${lang}/${name}.mdx`,
  /** The change note of a publication: the day's first, or its `sequence`th. */
  update: (year: number | string, date: string, sequence = 1) =>
    `${contentFiles.updates.base}/${year}/${date}${sequence > 1 ? `-${sequence}` : ''}.yaml`,
};

/**
 * The path of a file Astro or the reader has already accepted; throws for any
 * other (a bug, never a content mistake: those are reported before).
 */
export function contentPathOf(entry: { filePath?: string | undefined; id: string }): ContentPath {
  if (entry.filePath === undefined) throw new Error(`the content entry "${entry.id}" has no file`);
  const parsed = parseContentPath(entry.filePath);
  if (!parsed.ok) throw new Error(`${entry.filePath}: ${parsed.problem}`);
  return parsed.path;
}

/**
 * The id Astro's glob loader gives a file of `collection` (`entry` is relative to
 * the collection's base). A path that says nothing valid keeps its file name:
 * the content check reports it before the build goes on, and the preview names it.
 */
export function entryId(collection: Exclude<CollectionName, 'administrators' | 'synonyms'>, entry: string): string {
  const parsed = parseContentPath(`${contentFiles[collection].base}/${entry}`);
  return parsed.ok ? parsed.path.id : entry.replace(/\.[^./]+$/, '');
}

function numbered(code: string, slug: string) {
  return { code, slug, parent: parentCode(code), chapter: code.split('.')[0] };
}

function ok(path: Partial<ContentPath> & Pick<ContentPath, 'file' | 'collection' | 'kind' | 'id'>): ParsedPath {
  return {
    ok: true,
    path: {
      year: undefined,
      lang: undefined,
      code: undefined,
      slug: undefined,
      parent: undefined,
      chapter: undefined,
      publication: undefined,
      ...path,
    },
  };
}

function fail(problem: string): ParsedPath {
  return { ok: false, problem };
}

/** A glob alternative: `{a,b}` for several, the bare name for one (a one-item `{a}` would be read literally). */
function alternatives(names: readonly string[]): string {
  return names.length === 1 ? (names[0] ?? '') : `{${names.join(',')}}`;
}
