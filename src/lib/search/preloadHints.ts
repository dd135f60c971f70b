import { Parser } from 'htmlparser2';

/** What Pagefind wrote for one language, as pagefind-entry.json names it. */
export interface PagefindLanguage {
  hash: string;
  /** The language's WebAssembly, or null when Pagefind has none for it and uses `unknown`. */
  wasm: string | null;
}

/** The placeholder a search page puts in its head, replaced by the hints after indexing. */
export const PRELOAD_PLACEHOLDER = 'pagefind-preload';

/**
 * The `<link>` hints that let a search page fetch Pagefind's script, its
 * WebAssembly, its metadata and its entry file while the page is still
 * loading, instead of one after another once the script runs. The fetch
 * preloads are `crossorigin` so they match Pagefind's own `fetch()` (CORS
 * mode, same-origin credentials) and are reused, not fetched twice; the entry
 * file carries the same `?ts=` cache tag the search page gives Pagefind.
 *
 * @example preloadHints('/berni/pagefind/', { hash: 'lv_1a2b', wasm: null }, 'f00d')
 */
export function preloadHints(
  bundle: string,
  language: PagefindLanguage,
  cacheTag: string,
  /** The language's index chunks (`index/lv_….pf_index`): preloaded when there is only one, so every query needs it. */
  chunks: string[] = [],
): string {
  const fetchHint = (file: string) => `<link rel="preload" as="fetch" crossorigin href="${bundle}${file}">`;
  return [
    `<meta name="pagefind-cache-tag" content="${cacheTag}">`,
    `<link rel="modulepreload" href="${bundle}pagefind.js">`,
    fetchHint(`pagefind-entry.json?ts=${cacheTag}`),
    fetchHint(`pagefind.${language.hash}.pf_meta`),
    fetchHint(`wasm.${language.wasm ?? 'unknown'}.pagefind`),
    ...(chunks.length === 1 ? chunks.map(fetchHint) : []),
  ].join('');
}

/**
 * A page's HTML with its preload placeholder taken out and `hints(lang)` put
 * at the end of its head, after the Content-Security-Policy meta, so the
 * policy covers them too (`lang` is the page's `<html lang>`); undefined when
 * the page has no placeholder. Read with an HTML parser, so only real
 * elements are matched.
 */
export function replacePlaceholder(html: string, hints: (lang: string) => string): string | undefined {
  let lang = '';
  let placeholder: { start: number; end: number } | undefined;
  let headEnd: number | undefined;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'html') lang = attributes['lang'] ?? '';
      if (name === 'meta' && attributes['name'] === PRELOAD_PLACEHOLDER && !placeholder)
        placeholder = { start: parser.startIndex, end: parser.endIndex + 1 };
    },
    onclosetag(name) {
      if (name === 'head' && headEnd === undefined) headEnd = parser.startIndex;
    },
  });
  parser.end(html);
  if (!placeholder || headEnd === undefined || headEnd < placeholder.end) return undefined;
  return html.slice(0, placeholder.start) + html.slice(placeholder.end, headEnd) + hints(lang) + html.slice(headEnd);
}
