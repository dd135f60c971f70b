import { describe, expect, it } from 'vitest';
import { preloadHints, replacePlaceholder } from '#src/lib/search/preloadHints.ts';

describe('preloadHints', () => {
  it('names the script, the entry with its cache tag, the metadata and the language’s WebAssembly', () => {
    const hints = preloadHints('/berni/pagefind/', { hash: 'lv_1a2b', wasm: null }, 'f00d');
    expect(hints).toContain('<link rel="modulepreload" href="/berni/pagefind/pagefind.js">');
    expect(hints).toContain(
      '<link rel="preload" as="fetch" crossorigin href="/berni/pagefind/pagefind-entry.json?ts=f00d">',
    );
    expect(hints).toContain(
      '<link rel="preload" as="fetch" crossorigin href="/berni/pagefind/pagefind.lv_1a2b.pf_meta">',
    );
    expect(hints).toContain('<link rel="preload" as="fetch" crossorigin href="/berni/pagefind/wasm.unknown.pagefind">');
    expect(preloadHints('/pagefind/', { hash: 'en_9', wasm: 'en' }, 't')).toContain(
      'href="/pagefind/wasm.en.pagefind"',
    );
  });

  it('preloads the index chunk when the language has only one, which every query then needs', () => {
    const language = { hash: 'lv_1a2b', wasm: null };
    expect(preloadHints('/p/', language, 't', ['index/lv_9.pf_index'])).toContain(
      '<link rel="preload" as="fetch" crossorigin href="/p/index/lv_9.pf_index">',
    );
    expect(preloadHints('/p/', language, 't', ['index/lv_1.pf_index', 'index/lv_2.pf_index'])).not.toContain(
      'pf_index',
    );
  });
});

describe('replacePlaceholder', () => {
  const page =
    '<!doctype html><html lang="lv"><head><meta charset="utf-8"><meta name="pagefind-preload"><meta http-equiv="content-security-policy" content="x"></head><body><p>&lt;meta name="pagefind-preload"&gt;</p></body></html>';

  it('moves the hints after the policy, at the end of the head, in the page’s language', () => {
    expect(replacePlaceholder(page, (lang) => `<link data-lang="${lang}">`)).toBe(
      '<!doctype html><html lang="lv"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="x"><link data-lang="lv"></head><body><p>&lt;meta name="pagefind-preload"&gt;</p></body></html>',
    );
  });

  it('leaves a page without the placeholder alone', () => {
    expect(replacePlaceholder('<html lang="en"><head></head><body></body></html>', () => 'x')).toBeUndefined();
  });
});
