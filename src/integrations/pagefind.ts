import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

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
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length > 0)
            throw new Error(`Pagefind could not index the pages: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
          if (written.errors.length > 0)
            throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          const bundle = path.join(outDir, 'pagefind');
          for (const file of await readdir(bundle)) if (unused.test(file)) await rm(path.join(bundle, file));
          logger.info(`${added.page_count} pages indexed.`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
