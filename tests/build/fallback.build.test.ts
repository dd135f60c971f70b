/**
 * A measure with no English twin is built as a fallback: the English page
 * shows the Latvian text with a notice, claims no translation in hreflang,
 * and keeps its Latvian text out of the English search index.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBin, projectCopy, removeCopy, runIn, testSiteUrl, type RunResult } from '../helpers/projectCopy.ts';

/** Each sitemap address with its alternates (`lang href`), read with an XML parser. */
function sitemapAlternates(xml: string): Map<string, string[]> {
  const entries = new Map<string, string[]>();
  let current: string[] = [];
  let inLoc = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'url') current = [];
        if (name === 'xhtml:link') current.push(`${attributes['hreflang']} ${attributes['href']}`);
        inLoc = name === 'loc';
      },
      ontext(text) {
        if (inLoc) entries.set(text.trim(), current);
      },
      onclosetag() {
        inLoc = false;
      },
    },
    { xmlMode: true },
  );
  parser.end(xml);
  return entries;
}

let dir: string;
let build: RunResult;
const page = (pathname: string) => readFileSync(path.join(dir, 'dist', pathname, 'index.html'), 'utf8');

beforeAll(async () => {
  dir = await projectCopy({
    description: 'measure 2.3 not yet translated',
    stage: 'content',
    deletes: ['src/content/measures/2023/en/2-3.mdx'],
    expect: { file: '', field: '', message: '' },
  });
  build = await runIn(dir, process.execPath, [astroBin, 'build'], { SITE_URL: testSiteUrl });
}, 120_000);

afterAll(async () => {
  await removeCopy(dir);
});

describe('a measure without an English translation', () => {
  it('builds, and the build warns about it', () => {
    expect(build.code, build.output).toBe(0);
    expect(build.output).toContain('no en translation yet');
  });

  it('shows the Latvian text on the English page with a notice', () => {
    const html = page('en/2023/2-3');
    expect(html).toMatch(/<html lang="en"/);
    expect(html).toContain('data-fallback-notice');
    expect(html).toContain('has not been translated into English yet');
    expect(html).toMatch(/<main[^>]* lang="lv"/);
    expect(html).toContain('Inspekcija brīvprātīgo kustību “Draudzīga skola” izveidoja 2010.gadā');
  });

  it('shows the Latvian text in the English whole document too, with the notice and its language marked', () => {
    const html = page('en/2023/document');
    const measure = html.slice(html.indexOf('id="measure-2-3"'));
    expect(measure).toContain('data-fallback-notice');
    expect(measure).toMatch(/<h3[^>]* lang="lv"/);
    expect(measure).toMatch(/<div class="prose" lang="lv"/);
    expect(measure).toContain('Inspekcija brīvprātīgo kustību “Draudzīga skola” izveidoja 2010.gadā');
    expect(html.slice(0, html.indexOf('id="measure-2-3"'))).not.toContain('data-fallback-notice');
  });

  it('claims no translation that does not exist', () => {
    for (const pathname of ['en/2023/2-3', 'lv/2023/2-3']) {
      expect(page(pathname)).not.toMatch(/<link rel="alternate" hreflang/);
    }
    expect(page('lv/2023/2-2-2')).toMatch(/<link rel="alternate" hreflang="en"/);
  });

  it('claims none in the sitemap either: its alternates are the pages’ own', () => {
    const alternates = sitemapAlternates(readFileSync(path.join(dir, 'dist/sitemap-0.xml'), 'utf8'));
    for (const pathname of ['en/2023/2-3/', 'lv/2023/2-3/'])
      expect(alternates.get(`${testSiteUrl}${pathname}`)).toEqual([]);
    expect(alternates.get(`${testSiteUrl}lv/2023/2-2-2/`)).toEqual([
      `lv ${testSiteUrl}lv/2023/2-2-2/`,
      `en ${testSiteUrl}en/2023/2-2-2/`,
      `x-default ${testSiteUrl}lv/2023/2-2-2/`,
    ]);
  });

  it('keeps the Latvian text out of the English search index', () => {
    expect(page('en/2023/2-3')).not.toContain('data-pagefind-body');
    expect(page('lv/2023/2-3')).toContain('data-pagefind-body');
  });

  it('still counts the measure in the totals of both languages', () => {
    expect(page('en/2023')).toContain('<data value="283239">');
  });
});
