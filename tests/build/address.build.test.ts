/**
 * The published address: with one, every absolute address the build writes
 * starts with it (but for a short list of outside links), and the sitemap
 * lists every page; without one, nothing is invented — no localhost, no
 * canonical, no sitemap — and the build says how to set it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectCopy, removeCopy, runIn, type RunResult } from '../helpers/projectCopy.ts';

const site = 'https://programma.example.lv/berni/';

/**
 * Outside addresses the site names on purpose: XML namespaces, schemas, licences, institutions named in
 * the content, and the placeholder host pagefind.js parses relative addresses against (never requested).
 */
const outsideLinks = [
  'http://www.sitemaps.org/schemas/sitemap/0.9',
  'http://www.google.com/schemas/sitemap-',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/2000/svg',
  'https://example.com${',
  'https://schema.org',
  'https://creativecommons.org/publicdomain/zero/1.0/',
  'https://datapackage.org/profiles/2.0/datapackage.json',
  'https://json-schema.org/draft/2020-12/schema',
  'https://www.tiesibsargs.lv',
  'https://www.vdaa.gov.lv',
];

/** Every text file the build wrote (not the precompressed copies or Pagefind's binary index), by path. */
function textFiles(dir: string): Map<string, string> {
  const text = /\.(html|css|js|json|csv|xml|txt|svg|conf)$|_headers$/;
  return new Map(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => text.test(file))
      .map((file) => [file, readFileSync(path.join(dir, file), 'utf8')]),
  );
}

/** The text of every `<loc>` in a sitemap. */
function locations(xml: string): string[] {
  const found: string[] = [];
  let inLoc = false;
  const parser = new Parser(
    {
      onopentag: (name) => (inLoc = name === 'loc'),
      ontext: (text) => {
        if (inLoc) found.push(text.trim());
      },
      onclosetag: () => (inLoc = false),
    },
    { xmlMode: true },
  );
  parser.end(xml);
  return found;
}

let dir: string;
let withAddress: RunResult;
let withoutAddress: RunResult;

beforeAll(async () => {
  dir = await projectCopy();
  withAddress = await runIn(dir, 'npm', ['run', 'build', '--', '--out', 'dist-site'], { SITE_URL: site });
  withoutAddress = await runIn(dir, 'npm', ['run', 'build']);
}, 240_000);

afterAll(async () => {
  await removeCopy(dir);
});

describe('a build with SITE_URL', () => {
  it('says which address it is for', () => {
    expect(withAddress.code, withAddress.output).toBe(0);
    expect(withAddress.output).toContain(`Publishing address: ${site} (base path /berni/)`);
  });

  it('writes every absolute address under it, but for the listed outside links', () => {
    const stray: string[] = [];
    for (const [file, text] of textFiles(path.join(dir, 'dist-site')))
      for (const [address] of text.matchAll(/https?:\/\/[^\s"'<>)\\]+/g))
        if (!address.startsWith(site) && !outsideLinks.some((link) => address.startsWith(link)))
          stray.push(`${file}: ${address}`);
    expect(stray).toEqual([]);
  });

  it('lists every page in the sitemap, at its address under the base path', () => {
    const built = path.join(dir, 'dist-site');
    const pages = readdirSync(built, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('index.html') && !file.startsWith('pagefind'))
      .map(
        (file) =>
          `${site}${file
            .split(path.sep)
            .join('/')
            .replace(/index\.html$/, '')}`,
      )
      .sort();
    const listed = locations(readFileSync(path.join(built, 'sitemap-0.xml'), 'utf8')).sort();
    expect(listed).toEqual(pages);
    expect(readFileSync(path.join(built, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${site}sitemap-index.xml`);
  });

  it('writes the server configuration for the base path', () => {
    const built = path.join(dir, 'dist-site');
    expect(readFileSync(path.join(built, '_headers'), 'utf8')).toMatch(/^\/berni\/\*$/m);
    expect(readFileSync(path.join(built, '_nginx.conf'), 'utf8')).toContain('location /berni/ {');
    expect(existsSync(path.join(built, 'lv/index.html.br'))).toBe(true);
    expect(existsSync(path.join(built, 'data/2023/measures.csv.gz'))).toBe(true);
    expect(existsSync(path.join(built, 'pagefind/pagefind.js.br'))).toBe(false);
  });

  it('precompresses every page and data file as it finally is, the search pages after their preload hints', () => {
    const built = path.join(dir, 'dist-site');
    const compressible = /\.(html|css|js|json|csv|xml|svg|txt)$/;
    const files = readdirSync(built, { recursive: true, encoding: 'utf8' }).filter(
      (file) => compressible.test(file) && !file.startsWith('pagefind'),
    );
    const stale = files.filter((file) => {
      const bytes = readFileSync(path.join(built, file));
      const br = brotliDecompressSync(readFileSync(path.join(built, `${file}.br`)));
      const gz = gunzipSync(readFileSync(path.join(built, `${file}.gz`)));
      return !br.equals(bytes) || !gz.equals(bytes);
    });
    expect(files).toContain(path.join('lv', 'search', 'index.html'));
    expect(files).toContain('sitemap-index.xml');
    expect(readFileSync(path.join(built, 'lv/search/index.html'), 'utf8')).toContain('rel="modulepreload"');
    expect(stale).toEqual([]);
  });
});

describe('a build without an address', () => {
  it('warns once and says how to set one', () => {
    expect(withoutAddress.code, withoutAddress.output).toBe(0);
    expect(withoutAddress.output.match(/No publishing address/g)).toHaveLength(1);
    expect(withoutAddress.output).toContain('SITE_URL=');
  });

  it('invents no address: no localhost, no canonical, no hreflang, no sitemap', () => {
    const files = textFiles(path.join(dir, 'dist'));
    expect([...files].filter(([, text]) => text.includes('localhost')).map(([file]) => file)).toEqual([]);
    const pages = [...files].filter(([file]) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(40);
    for (const [file, html] of pages) {
      expect(html, file).not.toContain('rel="canonical"');
      expect(html, file).not.toContain('hreflang="lv" href="http');
      expect(html, file).not.toContain('rel="sitemap"');
    }
    expect(existsSync(path.join(dir, 'dist/sitemap-index.xml'))).toBe(false);
    expect(files.get('robots.txt')).not.toContain('Sitemap');
  });
});
