/**
 * Publications, end to end, in a temporary repository with two major ones:
 * the first publishes the programme; the second moves 1 000 € from 1.2 to 1.1
 * (with the approved text amended to match) and rewrites one English sentence
 * of 2.1.2. Built with a site address, the updates pages, the dates on the
 * pages, the Atom feeds and the open data all show what the history says;
 * `npm run review` and `npm run changes -- --note` report the same figures;
 * the new pages pass axe and Alfa.
 */
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser } from '@playwright/test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Text } from 'domhandler';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alfaOutcomes, axeTags } from '../helpers/accessibility.ts';
import { chromiumArgs, chromiumPath } from '../helpers/chromium.ts';
import { projectCopy, removeCopy, runIn, type RunResult } from '../helpers/projectCopy.ts';

const site = 'https://programma.example.lv/';
let dir: string;
let build: RunResult;
let firstCommit: string;

async function git(...args: string[]): Promise<string> {
  const result = await runIn(dir, 'git', args);
  expect(result.code, result.output).toBe(0);
  return result.output.trim();
}

/** Commits everything at a fixed date, so the dates in the site are known. */
async function commitAll(message: string, date: string): Promise<void> {
  const env = { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  expect((await runIn(dir, 'git', ['add', '-A'], env)).code).toBe(0);
  const commit = await runIn(dir, 'git', ['commit', '-q', '-m', message], env);
  expect(commit.code, commit.output).toBe(0);
}

async function edit(file: string, find: string, replace: string): Promise<void> {
  const full = path.join(dir, file);
  const text = await readFile(full, 'utf8');
  expect(text.split(find).length, `${find} once in ${file}`).toBe(2);
  await writeFile(full, text.replace(find, replace));
}

async function note(name: string, lv: string, en: string): Promise<void> {
  await mkdir(path.join(dir, 'src/content/updates/2023'), { recursive: true });
  await writeFile(
    path.join(dir, 'src/content/updates/2023', name),
    `kind: major\nnote:\n  lv: "${lv}"\n  en: "${en}"\n`,
  );
}

const englishBefore = 'For several years in a row, the Ministry has been organising';
const englishAfter = 'For several years running, the Ministry has organised';

/** The second publication's changes, as `npm run review` and the site must both show them. */
async function secondChange(): Promise<void> {
  await edit('src/content/measures/2023/lv/1-1.mdx', 'amount: 8000', 'amount: 9000');
  await edit('src/content/measures/2023/lv/1-2.mdx', 'amount: 46200', 'amount: 45200');
  await edit('public/source/programme-2023.lv.txt', 'Finansējums – 8 000 euro', 'Finansējums – 9 000 euro');
  await edit('public/source/programme-2023.lv.txt', 'Finansējums – 46 200 euro', 'Finansējums – 45 200 euro');
  await edit('src/content/measures/2023/en/2-1-2.mdx', englishBefore, englishAfter);
}

const page = (at: string) => readFile(path.join(dir, 'dist', at), 'utf8');
/** The text of a page as a reader reads it: every element's text, separated by spaces, whitespace collapsed. */
const text = (html: string) => {
  const flat = (node: ChildNode): string =>
    node.type === 'text' ? (node as Text).data : 'children' in node ? node.children.map(flat).join(' ') : '';
  return parseDocument(html).children.map(flat).join(' ').replace(/\s+/g, ' ');
};

beforeAll(async () => {
  dir = await projectCopy();
  await writeFile(path.join(dir, '.gitignore'), 'node_modules\ndist\n.astro\n.tmp\n');
  await git('init', '-q', '-b', 'main');
  await git('config', 'user.name', 'Test');
  await git('config', 'user.email', 'test@example.lv');
  await commitAll('The programme', '2024-01-08T09:00:00Z');
  await note('2024-01-10.yaml', 'Programma publicēta.', 'The programme published.');
  await commitAll('First publication', '2024-01-10T09:00:00Z');
  firstCommit = await git('rev-parse', 'HEAD');
  await secondChange();
  await note(
    '2024-03-05.yaml',
    '1 000 euro pārcelti no 1.2. uz 1.1. pasākumu.',
    '1,000 euro moved from measure 1.2 to measure 1.1.',
  );
  await commitAll('Second publication', '2024-03-05T15:30:00Z');
  build = await runIn(dir, 'npm', ['run', 'build'], { SITE_URL: site });
}, 240_000);

afterAll(async () => {
  if (!process.env['KEEP_COPY']) await removeCopy(dir);
  else console.log(dir);
});

describe('the updates page', () => {
  it('lists both publications, newest first, with the amounts moved and the total unchanged', async () => {
    expect(build.code, build.output).toBe(0);
    const html = await page('lv/2023/updates/index.html');
    const entries = parseDocument(html);
    expect(html).toContain('data-pagefind-ignore="all"');
    const ids = [...html.matchAll(/data-update="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['update-2024-03-05', 'update-2024-01-10']);
    expect(entries).toBeTruthy();
    const shown = text(html);
    expect(shown).toContain('2024. gada 5. marts');
    expect(shown).toMatch(/1\.1\. [^€]+8 000 € 9 000 €/);
    expect(shown).toMatch(/1\.2\. [^€]+46 200 € 45 200 €/);
    // The total is shown, unchanged.
    expect(shown).toMatch(/Valsts programmas kopējais finansējums 283 239 € 283 239 € \(nemainās\)/);
    expect(shown).toContain('1 000 euro pārcelti no 1.2. uz 1.1. pasākumu.');
    expect(shown).toContain('Pirmā publikācija šajā vietnē.');
  });

  it('shows the English sentence of 2.1.2 as a word-level diff, with words for screen readers', async () => {
    const html = await page('lv/2023/updates/index.html');
    expect(html).toMatch(/<del><span class="visually-hidden" lang="lv">svītrots:<\/span>[^<]*in a row[^<]*<\/del>/);
    expect(html).toMatch(/<ins><span class="visually-hidden" lang="lv">pievienots:<\/span>[^<]*running[^<]*<\/ins>/);
    const english = await page('en/2023/updates/index.html');
    expect(english).toMatch(/<del><span class="visually-hidden" lang="en">removed:<\/span>/);
    expect(english).toMatch(/<ins><span class="visually-hidden" lang="en">added:<\/span>/);
    expect(english).toContain('<data value="9000">€9,000</data>');
  });

  it('links the feed once there is a major publication', async () => {
    const html = await page('en/2023/updates/index.html');
    expect(html).toContain('<link rel="alternate" type="application/atom+xml" href="/en/2023/updates.xml"');
    expect(await page('en/2023/1-1/index.html')).toContain('type="application/atom+xml"');
  });
});

describe('the programme pages', () => {
  it('show Published, the second date as Last updated where it changed, and a link to every update', async () => {
    const lv = text(await page('lv/2023/1-1/index.html'));
    expect(lv).toContain('Publicēts 2024. gada 10. janvāris');
    expect(lv).toContain('Atjaunināts 2024. gada 5. marts');
    expect(await page('lv/2023/1-1/index.html')).toContain('href="/lv/2023/updates/">Visas izmaiņas</a>');
    // 2.3 did not change after the first publication: no later date, and no git date either.
    const untouched = await page('lv/2023/2-3/index.html');
    expect(text(untouched)).toContain('Publicēts 2024. gada 10. janvāris');
    expect(untouched).not.toContain('data-last-updated');
    // The measure lists its own update.
    expect(await page('lv/2023/1-1/index.html')).toContain('href="/lv/2023/updates/#update-2024-03-05"');
    expect(await page('en/2023/2-1-2/index.html')).toContain('"dateModified":"2024-03-05"');
  });
});

describe('the Atom feed', () => {
  it('is valid Atom with both entries, stable ids and the newest entry as its date', async () => {
    const xml = await page('en/2023/updates.xml');
    const document = parseDocument(xml, { xmlMode: true });
    const feed = document.children.find((n) => 'name' in n && n.name === 'feed');
    expect(feed && 'attribs' in feed ? feed.attribs : {}).toMatchObject({
      xmlns: 'http://www.w3.org/2005/Atom',
      'xml:lang': 'en',
    });
    const children = (name: string, node = feed) =>
      node && 'children' in node ? node.children.filter((c) => 'name' in c && c.name === name) : [];
    const textOf = (node: unknown) =>
      text(String((node as { children?: { data?: string }[] })?.children?.map((c) => c.data ?? '').join('') ?? ''));
    const entries = children('entry');
    expect(entries.map((e) => textOf(children('id', e)[0]))).toEqual([
      `${site}en/2023/updates/#update-2024-03-05`,
      `${site}en/2023/updates/#update-2024-01-10`,
    ]);
    expect(textOf(children('updated')[0])).toBe('2024-03-05T00:00:00.000Z');
    expect(textOf(children('name', children('author')[0])[0])).toBe('Ministry of Welfare');
    expect(xml).toContain('1,000 euro moved from measure 1.2 to measure 1.1.');
    const headers = await page('_headers');
    expect(headers).toContain('/:lang/:year/updates.xml\n  Content-Type: application/atom+xml; charset=utf-8');
    expect(await page('_nginx.conf')).toContain('default_type application/atom+xml;');
  });
});

describe('the open data', () => {
  it('publishes updates.json, valid against its published schema, and lists it in the Data Package', async () => {
    const data = JSON.parse(await page('data/2023/updates.json')) as {
      publications: { date: string; changes: { amounts: unknown[]; total: unknown } | null }[];
    };
    const schema = JSON.parse(await page('data/schema/updates.schema.json')) as object;
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(schema);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    expect(data.publications.map((p) => p.date)).toEqual(['2024-01-10', '2024-03-05']);
    expect(data.publications[1]?.changes?.amounts).toEqual([
      { name: '1.1', from: 8000, to: 9000 },
      { name: '1.2', from: 46200, to: 45200 },
    ]);
    expect(data.publications[1]?.changes?.total).toEqual({ name: 'total', from: 283239, to: 283239 });
    const descriptor = JSON.parse(await page('data/datapackage.json')) as { resources: { path: string }[] };
    expect(descriptor.resources.map((r) => r.path)).toContain('2023/updates.json');
  });
});

describe('npm run review', () => {
  it('writes review.md and review.html with the same figures and diff', async () => {
    const out = path.join(dir, '.tmp/review');
    const review = await runIn(dir, 'npm', [
      'run',
      'review',
      '--',
      '--since',
      firstCommit,
      '--preview-url',
      'https://preview.example.lv/mr-1/',
      '--out',
      out,
    ]);
    expect(review.code, review.output).toBe(0);
    const markdown = await readFile(path.join(out, 'review.md'), 'utf8');
    expect(markdown).toContain('Measure 1.1: 8 000 EUR → 9 000 EUR (+1 000 EUR)');
    expect(markdown).toContain('Measure 1.2: 46 200 EUR → 45 200 EUR (−1 000 EUR)');
    expect(markdown).toContain('The declared total 283 239 EUR still matches the measures.');
    expect(markdown).toContain('For several years ~~in a row~~**running**, the Ministry has');
    expect(markdown).toContain('[lv/2023/1-1/](https://preview.example.lv/mr-1/lv/2023/1-1/)');
    expect(markdown).toContain('src/content/updates/2023/2024-03-05.yaml');
    expect(markdown).toContain('is replaced in this change');
    expect(markdown).not.toContain('no change note was added');
    const html = await readFile(path.join(out, 'review.html'), 'utf8');
    expect(html).toContain('<del><span class="vh">removed: </span>');
    expect(html).toContain('Measure 1.1: 8 000 EUR → 9 000 EUR (+1 000 EUR)');
  });

  it('warns when figures change without a new change note, and changes -- --note writes one', async () => {
    await edit('src/content/measures/2023/lv/2-3.mdx', 'amount: ', 'amount: 1');
    const out = path.join(dir, '.tmp/review-2');
    const review = await runIn(dir, 'npm', ['run', 'review', '--', '--since', 'HEAD', '--out', out]);
    expect(await readFile(path.join(out, 'review.md'), 'utf8')).toContain(
      'The figures of 2023 change, but no change note was added',
    );
    // The declared total no longer matches: the check fails, and so does the review.
    expect(review.code).not.toBe(0);
    const scaffold = await runIn(dir, 'npm', [
      'run',
      'changes',
      '--',
      '--since',
      'HEAD',
      '--note',
      '--date',
      '2024-03-05',
    ]);
    expect(scaffold.code, scaffold.output).toBe(0);
    const written = await readFile(path.join(dir, 'src/content/updates/2023/2024-03-05-2.yaml'), 'utf8');
    expect(written).toContain('# Programme 2023:');
    expect(written).toContain('kind: major');
    const check = await runIn(dir, 'npm', ['run', 'check']);
    expect(check.output).toContain('src/content/updates/2023/2024-03-05-2.yaml');
  });
});

describe('accessibility of the new pages', () => {
  let server: Server;
  let browser: Browser;
  beforeAll(async () => {
    const serve = sirv(path.join(dir, 'dist'), { dev: true });
    server = createServer((request, response) => serve(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const executablePath = chromiumPath();
    browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
  });
  afterAll(async () => {
    await browser.close();
    server.close();
  });

  for (const at of ['lv/2023/updates/', 'en/2023/updates/', 'lv/2023/1-1/']) {
    it(`passes axe and Alfa: /${at}`, async () => {
      const tab = await (await browser.newContext()).newPage();
      await tab.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/${at}`);
      const axe = await new AxeBuilder({ page: tab }).withTags(axeTags).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      const alfa = await alfaOutcomes(tab);
      expect(alfa.passed).toBeGreaterThan(0);
      expect(alfa.failures).toEqual([]);
      await tab.close();
    }, 60_000);
  }
});
