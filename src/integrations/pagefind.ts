import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import {
  PRELOAD_PLACEHOLDER,
  preloadHints,
  replacePlaceholder,
  type PagefindLanguage,
} from '#src/lib/search/preloadHints.ts';
import { recompress, recompressWasm } from './recompressWasm.ts';
import { collectVocabularies, writeVocabularies } from './searchVocabulary.ts';

/**
 * Pagefind's ready-made interfaces and its worker: the site has its own search
 * page (src/scripts/search.ts) and searches without a worker, so these are
 * never loaded; publishing them would only add files and outside links.
 */
const unused = /^pagefind-(ui|modular-ui|component-ui|highlight|worker)\.(js|css)$/;

/**
 * Builds the search index into `pagefind/` of the output, after Astro has
 * written the pages, so `astro build` alone yields a searchable site. Any
 * error fails the build.
 */
export function pagefindIndex(): AstroIntegration {
  let base = '/';
  let cacheDir = '';
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        cacheDir = fileURLToPath(new URL('pagefind-wasm/', config.cacheDir));
      },
      'astro:build:done': async ({ dir, logger, pages }) => {
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          // Pages added one at a time in a fixed order; the vocabulary is read from the same pages meanwhile.
          const vocabularies = collectVocabularies(outDir, pages);
          const added = await addPages(index, outDir);
          const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          const bundle = path.join(outDir, 'pagefind');
          for (const file of await readdir(bundle)) if (unused.test(file)) await rm(path.join(bundle, file));
          const words = await writeVocabularies(bundle, vocabularies);
          logger.info(
            `Search vocabulary written: ${Object.entries(words)
              .map(([lang, count]) => `${lang} ${count} words`)
              .join(', ')}.`,
          );
          const saved = await minifyScript(path.join(bundle, 'pagefind.js'));
          logger.info(`pagefind.js minified: ${saved} bytes fewer.`);
          const recompressed = await recompressWasm(bundle, cacheDir);
          logger.info(`Pagefind's WebAssembly recompressed: ${recompressed} bytes fewer.`);
          const single = await singleChunks(bundle);
          const chunks = await recompress(bundle, single, cacheDir);
          logger.info(`${single.length} one-chunk index(es) recompressed: ${chunks} bytes fewer.`);
          logger.info(`${added.page_count} pages indexed.`);
          const preloaded = await addPreloads(outDir, `${base}pagefind/`, pages);
          logger.info(`Preload hints written into ${preloaded} search page(s).`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/**
 * Adds every page to the index one at a time, in the order of their paths.
 * Pagefind numbers pages in the order they arrive, and its own `addDirectory`
 * reads them concurrently, so its filter, metadata and word indexes came out
 * in a different order (and under different names) from one build to the next.
 */
async function addPages(index: pagefind.PagefindIndex, outDir: string): Promise<{ page_count: number }> {
  const files = (await readdir(outDir, { recursive: true }))
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(path.sep).join('/'))
    .sort();
  for (const sourcePath of files) {
    const added = await index.addHTMLFile({ sourcePath, content: readFileSync(path.join(outDir, sourcePath), 'utf8') });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`);
  }
  return { page_count: files.length };
}

/**
 * The index chunks of the languages whose index is one chunk: every first search in such a language
 * loads it whole (and the search page preloads it), so its bytes count in full. Larger indexes load
 * a few of many chunks per search, and are left as Pagefind wrote them.
 */
async function singleChunks(bundle: string): Promise<string[]> {
  const entry = JSON.parse(await readFile(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, PagefindLanguage>;
  };
  const chunks = await readdir(path.join(bundle, 'index'));
  return Object.values(entry.languages).flatMap((language) => {
    const own = chunks.filter((file) => file.startsWith(`${language.hash.split('_')[0]}_`));
    return own.length === 1 ? own.map((file) => `index/${file}`) : [];
  });
}

/**
 * Pagefind ships pagefind.js with its long internal names and whitespace
 * kept; mangled and compressed as Astro's own scripts are, it downloads
 * about 2 KB (gzip) lighter on every first search. Its exports keep their
 * names, so the search page's calls are unchanged. Returns the bytes saved.
 */
async function minifyScript(file: string): Promise<number> {
  const code = await readFile(file, 'utf8');
  // Imported only when the build is done: imported with the configuration, Vite made `npm run dev` miss
  // content edits (seen in tests/build/drafts.build.test.ts, cause not traced further).
  const { minify } = await import('vite');
  const minified = await minify(path.basename(file), code, {
    module: true,
    compress: true,
    mangle: { toplevel: true },
  });
  if (minified.errors.length > 0)
    throw new Error(`pagefind.js could not be minified: ${minified.errors.map((e) => e.message).join('; ')}`);
  await writeFile(file, minified.code);
  return code.length - minified.code.length;
}

/**
 * Replaces each search page's preload placeholder with hints for the files
 * Pagefind has just named (src/lib/search/preloadHints.ts). Runs before the server
 * configuration reads the pages, and leaves their policy untouched.
 */
async function addPreloads(outDir: string, bundle: string, pages: { pathname: string }[]): Promise<number> {
  const entryText = await readFile(path.join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8');
  const entry = JSON.parse(entryText) as { languages: Record<string, PagefindLanguage> };
  // The entry file's own hash: a new index gets a new address, so no reader keeps a stale entry.
  const cacheTag = createHash('sha256').update(entryText).digest('hex').slice(0, 12);
  const chunkFiles = await readdir(path.join(outDir, 'pagefind', 'index'));
  // Chunks are named after the language code, the part of the hash before "_".
  const chunksOf = (language: PagefindLanguage) =>
    chunkFiles.filter((f) => f.startsWith(`${language.hash.split('_')[0]}_`)).map((f) => `index/${f}`);
  // Read in one synchronous pass: through libuv's threads, thousands of small reads took 0.3 s, here 0.1 s.
  const hinted = pages.map(({ pathname }) => {
    const file = path.join(outDir, pathname, 'index.html');
    if (!existsSync(file)) return undefined;
    const html = readFileSync(file, 'utf8');
    // Of thousands of pages only the search pages name the placeholder; a page without the name
    // cannot have it, so the others are never parsed. The parser decides for those that do.
    if (!html.includes(PRELOAD_PLACEHOLDER)) return undefined;
    const rewritten = replacePlaceholder(html, (lang) => {
      const language = entry.languages[lang];
      if (!language) throw new Error(`${pathname}: Pagefind has no index for the page's language "${lang}"`);
      return preloadHints(bundle, language, cacheTag, chunksOf(language));
    });
    return rewritten === undefined ? undefined : { file, rewritten };
  });
  await Promise.all(hinted.map((page) => page && writeFile(page.file, page.rewritten)));
  const count = hinted.filter(Boolean).length;
  if (count === 0) throw new Error('No search page has the preload placeholder: search would load slowly.');
  return count;
}
