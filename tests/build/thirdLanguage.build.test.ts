/**
 * Languages are data: a copy of the project gains a third language (Ukrainian)
 * by three additions only — its entry in the locale table, its dictionary and
 * one translated measure — and builds it: pages in the language, the Latvian
 * text with a notice wherever there is no translation yet, its translation
 * status, its own search index and its own data columns. No other file changes.
 */
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '#src/i18n/dictionaries/en.ts';
import { hashTree } from '../helpers/hashTree.ts';
import { projectCopy, removeCopy, runIn, testSiteUrl, type RunResult } from '../helpers/projectCopy.ts';

const added = {
  locales: 'src/i18n/locales.ts',
  dictionary: 'src/i18n/dictionaries/uk.ts',
  measure: 'src/content/measures/2023/uk/1-1.mdx',
};

/** The Ukrainian dictionary: the English strings, a few translated, plural strings in Ukrainian's four forms. */
function ukrainianDictionary(): string {
  const strings: Record<string, string> = {};
  for (const [key, value] of Object.entries(en)) {
    const plural = /^(.*)\.(one|other)$/.exec(key);
    if (!plural) strings[key] = value;
    else if (plural[2] === 'other')
      for (const form of ['one', 'few', 'many', 'other']) strings[`${plural[1]}.${form}`] = value;
  }
  Object.assign(strings, {
    'site.name': 'Державна програма покращення становища дітей і сімей',
    'nav.home': 'Головна',
    'fallback.notice': 'Цей текст ще не перекладено українською мовою; показано латиський текст.',
  });
  return `export default ${JSON.stringify(strings, null, 2)};\n`;
}

/** Measure 1.1 in Ukrainian: the English file's fields, its title and first result translated. */
async function ukrainianMeasure(dir: string): Promise<string> {
  const english = await readFile(path.join(dir, 'src/content/measures/2023/en/1-1.mdx'), 'utf8');
  return english.replace(/^title: .*$/m, 'title: "Допомога в кризових ситуаціях"').replace(/^translates: .*\n/m, '');
}

let dir: string;
let before: Record<string, string>;
let build: RunResult;
const page = (pathname: string) => readFileSync(path.join(dir, 'dist', pathname, 'index.html'), 'utf8');

beforeAll(async () => {
  dir = await projectCopy();
  before = await hashTree(path.join(dir, 'src'));
  const locales = path.join(dir, added.locales);
  const table = await readFile(locales, 'utf8');
  const withUkrainian = table.replace(
    /(\n\s*en: \{[^\n]*\},)/,
    "$1\n  uk: { label: 'Українська', lang: 'uk', intl: 'uk-UA', authoritative: false },",
  );
  expect(withUkrainian).not.toBe(table);
  await writeFile(locales, withUkrainian);
  await writeFile(path.join(dir, added.dictionary), ukrainianDictionary());
  await runIn(dir, 'mkdir', ['-p', path.dirname(path.join(dir, added.measure))]);
  await writeFile(path.join(dir, added.measure), await ukrainianMeasure(dir));
  // The translator marks it done, as for any language (this writes the measure's `translates`).
  const done = await runIn(dir, 'npm', ['run', 'translations', '--', '--done', '2023/1-1']);
  expect(done.code, done.output).toBe(0);
  build = await runIn(dir, 'npm', ['run', 'build'], { SITE_URL: testSiteUrl });
}, 240_000);

afterAll(async () => {
  await removeCopy(dir);
});

describe('a third language', () => {
  it('is added by the locale table, a dictionary and content alone', async () => {
    const after = await hashTree(path.join(dir, 'src'));
    const changed = Object.keys({ ...before, ...after }).filter((file) => before[file] !== after[file]);
    expect(changed.map((file) => `src/${file}`).sort()).toEqual(Object.values(added).sort());
  });

  it('builds', () => {
    expect(build.code, build.output).toBe(0);
  });

  it('has its pages in the language, and its translated measure in it', () => {
    const measure = page('uk/2023/1-1');
    expect(measure).toContain('<html lang="uk">');
    expect(measure).toContain('Допомога в кризових ситуаціях');
    expect(measure).not.toContain('data-fallback-notice');
    expect(measure).toContain('hreflang="uk"');
    expect(page('uk')).toContain('Державна програма покращення становища дітей і сімей');
  });

  it('shows the Latvian text with a notice wherever there is no translation yet', () => {
    const untranslated = page('uk/2023/1-2');
    expect(untranslated).toContain('<html lang="uk">');
    expect(untranslated).toContain('data-fallback-notice');
    expect(untranslated).toMatch(/<main[^>]* lang="lv"/);
    // A section and the programme with no Ukrainian text: their Latvian headings marked as Latvian, with the notice.
    for (const pathname of ['uk/2023/2-1', 'uk/2023']) {
      const html = page(pathname);
      expect(html, pathname).toContain('data-fallback-notice');
      expect(html, pathname).toMatch(/<h1>(?:(?!<\/h1>)[\s\S])*<span lang="lv">/);
    }
    // A prose page with no Ukrainian file: the Latvian page, as a whole.
    expect(page('uk/about')).toContain('data-fallback-notice');
    expect(page('uk/about')).toMatch(/<main[^>]* lang="lv"/);
    // The untranslated page claims no Ukrainian twin, and the English site is as it was.
    expect(untranslated).not.toContain('hreflang="uk"');
    expect(page('en/2023/1-2')).not.toContain('data-fallback-notice');
  });

  it('counts in the translation status', async () => {
    const status = await runIn(dir, 'npm', ['run', 'translations']);
    expect(status.code, status.output).toBe(0);
    expect(status.output).toMatch(/2023\/1-1\s+uk\s+up to date/);
    expect(status.output).toMatch(/2023\/1-2\s+uk\s+missing/);
    expect(status.output).toMatch(/2023\/2-1\s+uk\s+missing/);
  });

  it('has a search index of its own', () => {
    const entry = JSON.parse(readFileSync(path.join(dir, 'dist/pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'lv', 'uk']);
    // Only the translated measure's page is indexed in Ukrainian: fallbacks stay out of the index.
    expect(entry.languages['uk']?.page_count).toBeGreaterThan(0);
  });

  it('has its columns in the data, the Latvian text standing in where it is not translated', () => {
    const csv = readFileSync(path.join(dir, 'dist/data/2023/measures.csv'), 'utf8').replace(/^\uFEFF/, '');
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    const columns = Object.keys(rows[0] ?? {});
    for (const column of ['title_lv', 'title_en', 'title_uk', 'administrator_uk', 'url_uk']) {
      expect(columns).toContain(column);
    }
    expect(rows.find((r) => r['number'] === '1.1')?.['title_uk']).toBe('Допомога в кризових ситуаціях');
    const twelve = rows.find((r) => r['number'] === '1.2');
    expect(twelve?.['title_uk']).toBe(twelve?.['title_lv']);
    expect(twelve?.['url_uk']).toBe(`${testSiteUrl}uk/2023/1-2/`);
  });
});
