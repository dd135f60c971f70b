import { readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, type PagePolicy } from '#src/lib/server/securityPolicy.ts';
import { nginxConfig } from '#src/lib/server/nginxConfig.ts';
import { pageHead } from './pageHead.ts';

/** The policy a built page states in its `<meta http-equiv>`: Astro's build hooks do not hand the hashes over. */
function metaPolicy(file: string): string | undefined {
  const meta = pageHead(file).find(
    ({ name, attributes }) => name === 'meta' && attributes['http-equiv']?.toLowerCase() === 'content-security-policy',
  );
  return meta?.attributes['content'];
}

/**
 * Writes the server's view of the built site from each page's own policy:
 * `_headers` for static hosts that read it, `_nginx.conf` for nginx. Both
 * come from src/lib/server/securityPolicy.ts.
 */
export function serverConfig(): AstroIntegration {
  let base = '/';
  return {
    name: 'server-config',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // Synchronous, as the heads are read: both three times as fast here as through libuv's threads.
        const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
          .filter((file) => file.endsWith('.html') && !file.startsWith(`pagefind${path.sep}`))
          .sort();
        const pages = files.map((file): PagePolicy => {
          const policy = metaPolicy(path.join(outDir, file));
          if (!policy) throw new Error(`${file} has no Content-Security-Policy <meta>.`);
          const address = `${base}${file.split(path.sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
          return { path: address, policy };
        });
        await writeFile(path.join(outDir, '_headers'), headersFile(base, pages));
        await writeFile(path.join(outDir, '_nginx.conf'), nginxConfig(base, pages));
        logger.info(`_headers and _nginx.conf written for ${pages.length} pages under ${base}.`);
      },
    },
  };
}
