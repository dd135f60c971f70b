/**
 * The whole-document page as built: the Latvian page covers the approved
 * source's texts in the source's order (the fidelity test's fragments, read
 * back from the built HTML with a parser), every part has its stable anchor,
 * and the page ships no script and stays out of the search index.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareCodes } from '#src/lib/codes/compareCodes.ts';
import { findOutOfOrder } from '../helpers/findOutOfOrder.ts';
import { latvianFragments } from '#src/lib/fidelity/latvianFragments.ts';
import { readContent } from '../helpers/contentFiles.ts';
import {
  astroBin,
  projectCopy,
  projectRoot,
  removeCopy,
  runIn,
  testSiteUrl,
  type RunResult,
} from '../helpers/projectCopy.ts';

interface Built {
  /** The text of <main>, as a reader sees it. */
  text: string;
  ids: string[];
  tags: { name: string; attributes: Record<string, string> }[];
}

/** Elements inside a line of text; every other element starts a new block, and so a new word. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'cite',
  'code',
  'data',
  'em',
  'i',
  'q',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
]);

function read(html: string): Built {
  const built: Built = { text: '', ids: [], tags: [] };
  let depth = 0;
  const parser = new Parser({
    onopentag(name, attributes) {
      built.tags.push({ name, attributes });
      if (attributes['id']) built.ids.push(attributes['id']);
      if (name === 'main' || depth > 0) depth++;
      // A block boundary is a word boundary in the text a reader sees.
      if (depth > 0 && !INLINE.has(name)) built.text += ' ';
    },
    ontext(text) {
      if (depth > 0) built.text += text;
    },
    onclosetag(name) {
      if (depth > 0) depth--;
      if (depth > 0 && !INLINE.has(name)) built.text += ' ';
    },
  });
  parser.end(html);
  return built;
}

let dir: string;
let build: RunResult;
const page = (pathname: string) => read(readFileSync(path.join(dir, 'dist', pathname, 'index.html'), 'utf8'));

beforeAll(async () => {
  dir = await projectCopy();
  build = await runIn(dir, process.execPath, [astroBin, 'build'], { SITE_URL: testSiteUrl });
}, 120_000);

afterAll(async () => {
  await removeCopy(dir);
});

describe('the whole-document page', () => {
  it('builds', () => {
    expect(build.code, build.output).toBe(0);
  });

  it('covers the source’s texts in the source’s order (Latvian)', async () => {
    const content = await readContent(projectRoot);
    const programme = content.programmes.find((p) => p.id === '2023');
    if (!programme) throw new Error('programmes/2023.yaml is missing');
    const fragments = latvianFragments({
      programme,
      sections: content.sections.filter((s) => s.id.startsWith('2023/')),
      measures: content.measures
        .filter((m) => m.id.startsWith('2023/lv/'))
        .sort((a, b) => compareCodes(a.code, b.code)),
    });
    const signatureNote = (programme.data['signatureNote'] as { lv: string }).lv;
    // The signed file's stamp line heads the source's text; the page shows it with the signature, last.
    const ordered = fragments.filter((f) => f.text !== signatureNote);
    expect(ordered.length).toBeGreaterThan(50);
    const source = readFileSync(path.join(projectRoot, 'public/source/programme-2023.lv.txt'), 'utf8');
    const { text } = page('lv/2023/document');
    expect(findOutOfOrder(source, text, ordered)).toEqual([]);
    expect(text).toContain(signatureNote);
    expect(text.replace(/\s/g, ' ')).toContain('283 239');
  });

  it('has a stable anchor for every chapter, subsection and measure, and links each measure to its page', () => {
    for (const lang of ['lv', 'en']) {
      const { ids, tags } = page(`${lang}/2023/document`);
      for (const id of ['chapter-1', 'chapter-2', 'section-2-1', 'section-2-2']) expect(ids).toContain(id);
      for (const code of ['1-1', '1-2', '1-3', '1-4', '2-1-1', '2-1-2', '2-1-3', '2-2-1', '2-2-2', '2-3']) {
        expect(ids, `${lang} measure ${code}`).toContain(`measure-${code}`);
        const hrefs = tags.filter((t) => t.name === 'a').map((t) => t.attributes['href']);
        expect(hrefs).toContain(`#measure-${code}`);
        expect(hrefs).toContain(`/${lang}/2023/${code}/`);
      }
      expect(new Set(ids).size, 'ids are unique').toBe(ids.length);
    }
  });

  it('ships no script and stays out of the search index', () => {
    for (const lang of ['lv', 'en']) {
      const { tags } = page(`${lang}/2023/document`);
      expect(tags.filter((t) => t.name === 'script' && t.attributes['type'] !== 'application/ld+json')).toEqual([]);
      expect(tags.some((t) => 'data-pagefind-body' in t.attributes)).toBe(false);
    }
  });

  it('is linked from the overview, each chapter page, each measure page and the header', () => {
    const links = (pathname: string) =>
      page(pathname)
        .tags.filter((t) => t.name === 'a')
        .map((t) => t.attributes['href']);
    expect(links('lv/2023')).toContain('/lv/2023/document/');
    expect(links('en/2023/2')).toContain('/en/2023/document/#chapter-2');
    expect(links('lv/2023/2-1-2')).toContain('/lv/2023/document/#measure-2-1-2');
    expect(links('en/about')).toContain('/en/2023/document/');
  });
});
