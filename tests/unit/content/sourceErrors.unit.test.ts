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

/** The blocks of the About page's part on source errors, from its heading to the next. */
async function errorsPart(lang: 'lv' | 'en'): Promise<Node[]> {
  const page = await readFrontmatter(projectRoot, path.join(projectRoot, `src/content/pages/${lang}/about.mdx`), lang);
  const tree = createProcessor().parse(page.body) as Node;
  const blocks = tree.children ?? [];
  const at = blocks.findIndex((node) => node.type === 'heading' && plain(node) === headings[lang]);
  if (at === -1) return [];
  const next = blocks.findIndex((node, i) => i > at && node.type === 'heading');
  return blocks.slice(at + 1, next === -1 ? undefined : next);
}

/** The items of the list under the About page's heading on source errors. */
async function listedErrors(lang: 'lv' | 'en'): Promise<Listed[]> {
  const list = (await errorsPart(lang)).find((node) => node.type === 'list');
  if (list?.type !== 'list') return [];
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

describe('slips kept without a note, as the About page says', () => {
  const quotes = (text: string) => [...text.matchAll(/“([^”]+)”/g)].map((m) => m[1] ?? '');
  /** Every editorial note of the content, in one language, as plain text. */
  const allNotes = (lang: 'lv' | 'en') =>
    [
      ...content.measures.filter((m) => m.id.includes(`/${lang}/`)).flatMap((m) => m.data['notes']),
      ...[...content.sections, ...content.programmes].flatMap(
        (entry) => (entry.data['notes'] as Record<string, unknown> | undefined)?.[lang],
      ),
    ]
      .flat()
      .filter((note): note is string => typeof note === 'string')
      .map((note) => stripLangMarkup(note));

  it.each(['lv', 'en'] as const)('(%s): its examples are in the source, and no note quotes them', async (lang) => {
    const paragraph = (await errorsPart(lang))
      .filter((node) => node.type === 'paragraph')
      .map((node) => stripLangMarkup(collapse(plain(node))))
      .find((text) => /without a note|bez piezīmes/.test(text));
    expect(paragraph, 'the paragraph that says which slips have no note').toBeDefined();
    const examples = quotes(paragraph ?? '').filter((quoted) => source.includes(quoted));
    expect(examples.length).toBeGreaterThan(0);
    const noted = examples.filter((quoted) => allNotes(lang).some((note) => note.includes(quoted)));
    expect(noted).toEqual([]);
  });
});

describe('the “1.3,” slip', () => {
  it('is a missing ordinal full stop (the comma separates the list), in every note and on both About pages', async () => {
    const about = await Promise.all(
      (['lv', 'en'] as const).map((lang) =>
        readFileSync(path.join(projectRoot, `src/content/pages/${lang}/about.mdx`), 'utf8'),
      ),
    );
    const notes = content.programmes.flatMap((p) =>
      Object.values((p.data['notes'] as Record<string, string[]> | undefined) ?? {}).flat(),
    );
    const texts = [...about, ...notes].filter((text) => text.includes('“1.3,”'));
    expect(texts.length).toBe(4);
    expect(texts.filter((text) => /instead of a full stop|komats, nevis punkts/.test(text))).toEqual([]);
    expect(texts.filter((text) => !/ordinal full stop|kārtas skaitļa punkta/.test(text))).toEqual([]);
  });
});

describe('measure 2.1.3’s heading', () => {
  it('keeps the source’s 111611 in Latvian and gives 116111 in English, and its notes say so', () => {
    const [lv, en] = ['lv', 'en'].map((lang) => content.measures.find((m) => m.id === `2023/${lang}/2-1-3`));
    expect(String(lv?.data['title'])).toContain('111611');
    expect(String(en?.data['title'])).toContain('116111');
    expect(String(en?.data['title'])).not.toContain('111611');
    expect(String(en?.data['notes'])).toContain('the English heading gives the correct one, 116111');
    expect(String(lv?.data['notes'])).toContain('angļu virsrakstā ir pareizais numurs – 116111');
  });
});
