import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { recompressWasm } from '#src/integrations/recompressWasm.ts';

// Something shaped like a binary with repeats, as WebAssembly is: gzip leaves room for a better encoder.
const raw = Buffer.from(
  Array.from({ length: 40_000 }, (_, i) => (i % 251) ^ ((i >> 7) % 13) ^ (i % 7 === 0 ? 0x5a : 0)),
);

async function bundle(): Promise<{ dir: string; cache: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pagefind-bundle-'));
  await writeFile(path.join(dir, 'wasm.en.pagefind'), gzipSync(raw, { level: 9 }));
  await writeFile(path.join(dir, 'pagefind.js'), 'export {}');
  return { dir, cache: path.join(dir, '..', `${path.basename(dir)}-cache`) };
}

describe('recompressWasm', () => {
  it('makes the WebAssembly smaller and still inflating to the same bytes', async () => {
    const { dir, cache } = await bundle();
    const before = (await readFile(path.join(dir, 'wasm.en.pagefind'))).length;
    const saved = await recompressWasm(dir, cache);
    const after = await readFile(path.join(dir, 'wasm.en.pagefind'));
    expect(saved).toBeGreaterThan(0);
    expect(after.length).toBe(before - saved);
    expect(gunzipSync(after).equals(raw)).toBe(true);
    expect(await readFile(path.join(dir, 'pagefind.js'), 'utf8')).toBe('export {}');
  });

  it('reuses the file made for the same input instead of compressing again', async () => {
    const first = await bundle();
    await recompressWasm(first.dir, first.cache);
    const [cached = ''] = await readdir(first.cache);
    expect(await readFile(path.join(first.cache, cached))).toEqual(
      await readFile(path.join(first.dir, 'wasm.en.pagefind')),
    );
    // A marker in place of the cached file: the second build publishes it, so it did not compress again.
    await writeFile(path.join(first.cache, cached), 'marker');
    const second = await bundle();
    await recompressWasm(second.dir, first.cache);
    expect(await readFile(path.join(second.dir, 'wasm.en.pagefind'), 'utf8')).toBe('marker');
  });
});
