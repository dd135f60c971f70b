import { existsSync } from 'node:fs';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import sirv from 'sirv';

/**
 * In `npm run dev`, serves the search index of the last build (dist/pagefind)
 * at `<base>pagefind/`, so staff can try search in the preview. When there is
 * no build yet, the search page says how to make one.
 */
export function devSearchIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'dev-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        const index = path.resolve('dist/pagefind');
        const files = sirv(index, { dev: true });
        server.middlewares.use(`${base}pagefind`, (request, response, next) => {
          if (!existsSync(index)) {
            next();
            return;
          }
          files(request, response, next);
        });
      },
    },
  };
}
