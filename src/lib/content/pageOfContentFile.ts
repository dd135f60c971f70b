import { slugToCode } from '#src/lib/codes/codeSlug.ts';

/** The page a content file is shown on: a programme year, and a numbered part of it when there is one. */
export interface ContentPage {
  year: number;
  /** The measure's or section's number; undefined for the programme's own file. */
  code: string | undefined;
  /** The language a measure file is written in; undefined for bilingual files. */
  lang: string | undefined;
}

const patterns: { pattern: RegExp; read: (match: RegExpExecArray) => ContentPage }[] = [
  {
    pattern: /^src\/content\/measures\/(\d{4})\/([a-z]{2})\/(\d+(?:-\d+)*)\.mdx?$/,
    read: ([, year, lang, slug]) => ({ year: Number(year), code: slugToCode(slug ?? ''), lang }),
  },
  {
    pattern: /^src\/content\/sections\/(\d{4})\/(\d+(?:-\d+)*)\.yaml$/,
    read: ([, year, slug]) => ({ year: Number(year), code: slugToCode(slug ?? ''), lang: undefined }),
  },
  {
    pattern: /^src\/content\/programmes\/(\d{4})\.yaml$/,
    read: ([, year]) => ({ year: Number(year), code: undefined, lang: undefined }),
  },
];

/**
 * The page that shows a content file (a path relative to the project), so a
 * problem in it can link there; undefined for files without one page.
 *
 * @example pageOfContentFile('src/content/measures/2023/en/2-1-2.mdx') // { year: 2023, code: '2.1.2', lang: 'en' }
 */
export function pageOfContentFile(file: string): ContentPage | undefined {
  for (const { pattern, read } of patterns) {
    const match = pattern.exec(file);
    if (match) return read(match);
  }
  return undefined;
}
