import { describe, expect, it } from 'vitest';
import { compareContentPaths } from '#src/lib/content/compareContentPaths.ts';
import { contentFile, entryId, parseContentPath, type ContentPath } from '#src/lib/content/contentPath.ts';

const parse = (file: string): ContentPath => {
  const parsed = parseContentPath(file);
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.path;
};
const problemOf = (file: string) => {
  const parsed = parseContentPath(file);
  return parsed.ok ? undefined : parsed.problem;
};

describe('parseContentPath', () => {
  it('reads a Latvian measure: year, language, number, its section and chapter', () => {
    expect(parse('src/content/measures/2023/lv/2-1-2.mdx')).toEqual({
      file: 'src/content/measures/2023/lv/2-1-2.mdx',
      collection: 'measures',
      kind: 'measure',
      id: '2023/lv/2-1-2',
      year: 2023,
      lang: 'lv',
      code: '2.1.2',
      slug: '2-1-2',
      parent: '2.1',
      chapter: '2',
    });
  });

  it('puts another language’s measure in the translations', () => {
    expect(parse('src/content/measures/2023/en/1-4.mdx')).toMatchObject({
      collection: 'translations',
      id: '2023/en/1-4',
      lang: 'en',
      code: '1.4',
      parent: '1',
      chapter: '1',
    });
  });

  it('tells chapters from subsections', () => {
    expect(parse('src/content/sections/2023/2.yaml')).toMatchObject({
      kind: 'chapter',
      id: '2023/2',
      code: '2',
      parent: undefined,
      chapter: '2',
    });
    expect(parse('src/content/sections/2023/2-1.yaml')).toMatchObject({
      kind: 'subsection',
      id: '2023/2-1',
      code: '2.1',
      parent: '2',
      chapter: '2',
    });
  });

  it('reads programmes, pages and the administrators’ file', () => {
    expect(parse('src/content/programmes/2023.yaml')).toMatchObject({ kind: 'programme', id: '2023', year: 2023 });
    expect(parse('src/content/pages/en/about.mdx')).toMatchObject({
      kind: 'page',
      id: 'en/about',
      lang: 'en',
      slug: 'about',
      year: undefined,
    });
    expect(parse('src/content/administrators.yaml')).toMatchObject({ kind: 'administrators', year: undefined });
  });

  it('accepts the system’s separators', () => {
    expect(parse('src\\content\\measures\\2023\\lv\\1-1.mdx').file).toBe('src/content/measures/2023/lv/1-1.mdx');
  });

  it('explains what a malformed path should be', () => {
    expect(problemOf('src/content/measures/2023/lv/2-1-a.mdx')).toContain(
      'expected the file at measures/<year>/<lv|en>/<number with dashes>.mdx',
    );
    expect(problemOf('src/content/measures/2023/de/1-1.mdx')).toContain('<lv|en>');
    expect(problemOf('src/content/measures/23/lv/1-1.mdx')).toBeDefined();
    expect(problemOf('src/content/measures/2023/lv/1-1.md')).toBeDefined();
    expect(problemOf('src/content/measures/2023/lv/2.mdx')).toContain('would be a chapter');
    expect(problemOf('src/content/sections/2023/two.yaml')).toContain('sections/<year>/<number with dashes>.yaml');
    expect(problemOf('src/content/programmes/latest.yaml')).toContain('named after its year');
    expect(problemOf('src/content/elsewhere/x.yaml')).toContain('expected one of the content folders');
    expect(problemOf('docs/x.md')).toContain('under src/content/');
  });
});

describe('contentFile', () => {
  it('is the inverse of the parser', () => {
    for (const file of [
      contentFile.measure(2023, 'en', '2.1.2'),
      contentFile.section(2023, '2.1'),
      contentFile.programme(2023),
      contentFile.page('lv', 'about'),
    ]) {
      expect(parseContentPath(file).ok, file).toBe(true);
    }
    expect(contentFile.measure(2023, 'en', '2.1.2')).toBe('src/content/measures/2023/en/2-1-2.mdx');
    expect(parse(contentFile.section(2024, '1')).code).toBe('1');
  });
});

describe('entryId', () => {
  it('gives Astro’s loaders the parser’s ids', () => {
    expect(entryId('measures', '2023/lv/2-1-2.mdx')).toBe('2023/lv/2-1-2');
    expect(entryId('translations', '2023/en/2-1-2.mdx')).toBe('2023/en/2-1-2');
    expect(entryId('sections', '2023/2-1.yaml')).toBe('2023/2-1');
    expect(entryId('programmes', '2023.yaml')).toBe('2023');
    expect(entryId('pages', 'lv/data.mdx')).toBe('lv/data');
  });
});

describe('compareContentPaths', () => {
  it('orders by year, the document’s numbering, then the locale table’s languages', () => {
    const files = [
      'src/content/measures/2024/lv/1-1.mdx',
      'src/content/measures/2023/en/1-1.mdx',
      'src/content/measures/2023/lv/2-10.mdx',
      'src/content/measures/2023/lv/2-9.mdx',
      'src/content/measures/2023/lv/1-1.mdx',
    ];
    expect(
      files
        .map(parse)
        .sort(compareContentPaths)
        .map((p) => p.id),
    ).toEqual(['2023/lv/1-1', '2023/en/1-1', '2023/lv/2-9', '2023/lv/2-10', '2024/lv/1-1']);
  });
});
