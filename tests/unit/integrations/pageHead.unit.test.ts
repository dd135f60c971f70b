import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageHead } from '#src/integrations/pageHead.ts';

async function page(html: string): Promise<string> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'page-head-')), 'index.html');
  await writeFile(file, html);
  return file;
}

describe('pageHead', () => {
  it('reads the elements of the head and none of the body', async () => {
    const file = await page(
      '<!doctype html><html lang="lv"><head><meta charset="utf-8"><link rel="alternate" hreflang="en" href="/en/"></head>' +
        '<body><meta name="in-body"><p>Teksts</p></body></html>',
    );
    expect(pageHead(file)).toEqual([
      { name: 'html', attributes: { lang: 'lv' } },
      { name: 'head', attributes: {} },
      { name: 'meta', attributes: { charset: 'utf-8' } },
      { name: 'link', attributes: { rel: 'alternate', hreflang: 'en', href: '/en/' } },
    ]);
  });

  it('reads a head longer than one read of the file, an attribute split across reads included', async () => {
    const long = 'sha256-'.padEnd(20_000, 'x');
    const file = await page(
      `<html><head><meta http-equiv="content-security-policy" content="${long}"><title>T</title></head>` +
        `<body>${'<p>a</p>'.repeat(5000)}<link rel="late"></body></html>`,
    );
    const tags = pageHead(file);
    expect(tags.map((t) => t.name)).toEqual(['html', 'head', 'meta', 'title']);
    expect(tags[2]?.attributes['content']).toBe(long);
  });
});
