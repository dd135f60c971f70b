import { describe, expect, it } from 'vitest';
import { nginxConfig } from '#src/lib/server/nginxConfig.ts';
import { cacheControl } from '#src/lib/server/securityPolicy.ts';

/** The config's `location` blocks, top level and nested, with their own lines. */
function locations(config: string): Map<string, string[]> {
  const blocks = new Map<string, string[]>();
  const open: string[][] = [];
  for (const line of config.split('\n').map((l) => l.trim())) {
    if (line.startsWith('location ')) {
      const body: string[] = [];
      blocks.set(line.slice('location '.length, -1).trim(), body);
      open.push(body);
    } else if (line === '}') open.pop();
    else open.at(-1)?.push(line);
  }
  return blocks;
}

const config = nginxConfig('/berni/', [
  { path: '/berni/lv/', policy: "default-src 'self'" },
  { path: '/berni/en/search/', policy: "default-src 'self'; script-src 'sha256-X'" },
  { path: '/berni/en/', policy: "default-src 'self'" },
]);
const blocks = locations(config);
const headerLines = (body: string[] = []) => body.filter((line) => line.startsWith('add_header'));

describe('nginxConfig', () => {
  it('serves the site under its base path, with a real 404 page', () => {
    expect([...blocks.keys()]).toContain('/berni/');
    expect(blocks.get('/berni/')).toContain('error_page 404 /berni/404.html;');
    expect(blocks.get('/berni/')).toContain('try_files $uri $uri/ =404;');
  });

  it('sends every security header with `always`, in every block that sets headers', () => {
    for (const [match, body] of blocks) {
      const headers = headerLines(body);
      if (headers.length === 0) continue;
      expect(
        headers.every((line) => line.endsWith(' always;')),
        match,
      ).toBe(true);
      expect(
        headers.some((line) => line.includes("frame-ancestors 'none'")),
        match,
      ).toBe(true);
      expect(
        headers.some((line) => line.startsWith('add_header X-Content-Type-Options')),
        match,
      ).toBe(true);
    }
  });

  it('gives a page with its own policy that policy', () => {
    const own = headerLines(blocks.get('= /berni/en/search/index.html'));
    expect(own.some((line) => line.includes('sha256-X'))).toBe(true);
    expect(headerLines(blocks.get('/berni/')).some((line) => line.includes('sha256-X'))).toBe(false);
  });

  it('makes hashed files immutable and everything else revalidate', () => {
    const cache = (match: string) => headerLines(blocks.get(match)).find((line) => line.includes('Cache-Control'));
    expect(cache('^~ /berni/_astro/')).toContain(cacheControl.immutable);
    expect(cache('/berni/')).toContain(cacheControl.revalidate);
    expect(cache('^~ /berni/pagefind/')).toContain(cacheControl.revalidate);
    const hashed = [...blocks.keys()].find((match) => match.includes('pf_meta')) ?? '';
    expect(hashed).toContain('/berni/(pagefind/index/|pagefind/fragment/|pagefind/filter/)');
    expect(cache(hashed)).toContain(cacheControl.immutable);
  });

  it('serves precompressed site files, and Pagefind’s binary files without a second encoding', () => {
    expect(blocks.get('/berni/')).toEqual(expect.arrayContaining(['gzip_static on;', 'brotli_static on;']));
    const pagefind = blocks.get('^~ /berni/pagefind/') ?? [];
    expect(pagefind).toContain('brotli_static off;');
    expect(pagefind.find((line) => line.startsWith('types'))).toMatch(/application\/octet-stream pagefind pf_meta/);
    expect(pagefind.find((line) => line.startsWith('gzip_types'))).not.toContain('octet-stream');
  });

  it('keeps the build’s own files private', () => {
    expect(blocks.get('~ ^/berni/_(headers|nginx\\.conf)$')).toEqual(['return 404;']);
  });
});
