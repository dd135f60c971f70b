import { createReadStream } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { Parser } from 'htmlparser2';
import { headersFile, type PagePolicy } from '../lib/securityPolicy.ts';
import { nginxConfig } from '../lib/nginxConfig.ts';

/**
 * The policy a built page states in its `<meta http-equiv>`, read with an HTML
 * parser; reading stops at `</head>`, so a page's body is never read.
 * Astro's build hooks do not hand the hashes over, so the pages are the source.
 */
async function metaPolicy(file: string): Promise<string | undefined> {
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 16 * 1024 });
  let policy: string | undefined;
  let done = false;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'meta' && attributes['http-equiv']?.toLowerCase() === 'content-security-policy')
        policy = attributes['content'];
    },
    onclosetag(name) {
      if (name === 'head') done = true;
    },
  });
  for await (const chunk of stream) {
    parser.write(chunk as string);
    if (done) break;
  }
  stream.destroy();
  parser.end();
  return policy;
}

/**
 * Writes the server's view of the built site from each page's own policy:
 * `_headers` for static hosts that read it, `_nginx.conf` for nginx. Both
 * come from src/lib/securityPolicy.ts.
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
        const files = (await readdir(outDir, { recursive: true }))
          .filter((file) => file.endsWith('.html') && !file.startsWith(`pagefind${path.sep}`))
          .sort();
        const pages: PagePolicy[] = [];
        for (const file of files) {
          const policy = await metaPolicy(path.join(outDir, file));
          if (!policy) throw new Error(`${file} has no Content-Security-Policy <meta>.`);
          const address = `${base}${file.split(path.sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
          pages.push({ path: address, policy });
        }
        await writeFile(path.join(outDir, '_headers'), headersFile(base, pages));
        await writeFile(path.join(outDir, '_nginx.conf'), nginxConfig(base, pages));
        logger.info(`_headers and _nginx.conf written for ${pages.length} pages under ${base}.`);
      },
    },
  };
}
