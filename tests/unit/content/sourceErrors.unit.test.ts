/**
 * The About page lists the errors found in the source. For each one listed,
 * in either language: the quoted text really is in the source, and the part of
 * the programme it names carries an editorial note quoting it, in Latvian and
 * in English. So the page never claims a note that is not there.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createProcessor } from '@mdx-js/mdx';
import { beforeAll, describe, expect, it } from 'vitest';
import { readContent, readFrontmatter, type ContentFiles } from '../../helpers/contentFiles.ts';
import { stripLangMarkup } from '#src/lib/language/stripLangMarkup.ts';
import { projectRoot } from '../../helpers/projectCopy.ts';

interface Node {
  type: string;
  value?: string;
  depth?: number;
  children?: Node[];
}

interface Listed {
  /** `measure 2.1.3`, `section 2.1` or `introduction`. */
  place: string;
  /** The source's text as the About page quotes it. */
  quoted: string;
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const source = collapse(readFileSync(path.join(projectRoot, 'public/source/programme-2023.lv.txt'), 'utf8'));
const plain = (node: Node): string =>
  node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(plain).join('');

const headings = { lv: 'Kļūdas avota dokumentā', en: 'Errors in the source document' } as const;
const places = {
  lv: (item: string) =>
    /^(\d+(?:\.\d+)*)\. pasākums:/.exec(item)?.[1]?.replace(/^/, 'measure ') ??
    /^(\d+(?:\.\d+)*)\. apakšnodaļa:/.exec(item)?.[1]?.replace(/^/, 'section ') ??
    (item.startsWith('Ievads:') ? 'introduction' : undefined),
  en: (item: string) =>
    /^Measure (\d+(?:\.\d+)*):/.exec(item)?.[1]?.replace(/^/, 'measure ') ??
    /^Subsection (\d+(?:\.\d+)*):/.exec(item)?.[1]?.replace(/^/, 'section ') ??
    (item.startsWith('Introduction:') ? 'introduction' : undefined),
};

/** The items of the list under the About page's heading on source errors. */
async function listedErrors(lang: 'lv' | 'en'): Promise<Listed[]> {
  const page = await readFrontmatter(projectRoot, path.join(projectRoot, `src/content/pages/${lang}/about.mdx`), lang);
  const tree = createProcessor().parse(page.body) as Node;
  const blocks = tree.children ?? [];
  const at = blocks.findIndex((node) => node.type === 'heading' && plain(node) === headings[lang]);
  const list = blocks.slice(at + 1).find((node) => node.type === 'list' || node.type === 'heading');
  if (at === -1 || list?.type !== 'list') return [];
  return (list.children ?? []).map((item) => {
    const text = stripLangMarkup(collapse(plain(item)));
    return { place: places[lang](text) ?? `unknown place in “${text}”`, quoted: /“([^”]+)”/.exec(text)?.[1] ?? '' };
  });
}

let content: ContentFiles;
let listed: Record<'lv' | 'en', Listed[]>;

beforeAll(async () => {
  content = await readContent(projectRoot);
  listed = { lv: await listedErrors('lv'), en: await listedErrors('en') };
});

/** The editorial notes of a place in the programme, in one language, as plain text. */
function notesOf(place: string, lang: 'lv' | 'en'): string[] {
  const [kind, code = ''] = place.split(' ');
  const slug = code.replaceAll('.', '-');
  const notes =
    kind === 'measure'
      ? content.measures.find((m) => m.id === `2023/${lang}/${slug}`)?.data['notes']
      : kind === 'section'
        ? (
            content.sections.find((s) => s.id === `2023/${slug}`)?.data['notes'] as Record<string, unknown> | undefined
          )?.[lang]
        : (content.programmes.find((p) => p.id === '2023')?.data['notes'] as Record<string, unknown> | undefined)?.[
            lang
          ];
  return Array.isArray(notes) ? notes.map((note) => stripLangMarkup(String(note))) : [];
}

describe('source errors listed on the About page', () => {
  it('lists them in both languages, the same ones in the same order', () => {
    expect(listed.lv.length).toBeGreaterThanOrEqual(10);
    expect(listed.en).toEqual(listed.lv);
  });

  it('names a part of the programme and quotes the source for every one', () => {
    for (const error of listed.lv) {
      expect(error.place, error.quoted).toMatch(/^(measure|section) \d|^introduction$/);
      expect(error.quoted, error.place).not.toBe('');
    }
  });

  it('quotes text that is really in the source', () => {
    const absent = listed.lv.filter((error) => !source.includes(error.quoted));
    expect(absent).toEqual([]);
  });

  it.each(['lv', 'en'] as const)('has an editorial note (%s) quoting each one where it occurs', (lang) => {
    const unnoted = listed[lang].filter(
      (error) => !notesOf(error.place, lang).some((note) => note.includes(error.quoted)),
    );
    expect(unnoted).toEqual([]);
  });
});
