/**
 * What `npm run dev` serves under `/edit/` (src/integrations/contentEditor.ts
 * adds it to the dev server; the build never loads it):
 *
 * - `/edit` and `/edit/`: the editor's page, with its security policy as a header;
 * - `/edit/config.json`: the editor's configuration, generated from the schemas on each request;
 * - `/edit/main.js`, `/edit/assets/…`: the bundled CMS; `/edit/fontsource/…`: its fonts;
 * - `/edit/page/?…`: left to Astro, whose middleware sends it to the entry's page (src/editor/pageLinks.ts).
 */
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { defaultLocale } from '#src/i18n/locales.ts';
import { useTranslations } from '#src/i18n/index.ts';
import { bundledFont, bundleEditor, FONT_ROUTE } from './bundle.ts';
import { editorSetup } from './editorSetup.ts';
import { editorPage, editorPageCss, editorPolicy } from './page.ts';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

type Next = (error?: unknown) => void;

/** The dev server's handler of `/edit/…`; everything else goes on to Astro. */
export function editorMiddleware(root: string) {
  const outDir = path.join(root, '.astro/editor');
  let bundled: Promise<void> | undefined;
  // On the first request of the editor, not with the server: most previews never open it
  // (and the unit tests' Vite server, which loads the same configuration, never does).
  const bundle = () =>
    (bundled ??= bundleEditor(root, outDir).catch((error: unknown) => {
      bundled = undefined;
      throw error;
    }));

  const send = (res: ServerResponse, status: number, type: string, body: string | Buffer, headers = {}) => {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
    res.end(body);
  };

  return async (req: IncomingMessage, res: ServerResponse, next: Next) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = url.pathname;
    if (route !== '/edit' && !route.startsWith('/edit/')) return next();
    if (route.startsWith('/edit/page/')) return next();
    const origin = `http://${req.headers.host ?? 'localhost:4321'}`;
    try {
      if (route === '/edit') {
        res.writeHead(301, { location: '/edit/' });
        return res.end();
      }
      if (route === '/edit/') {
        // Its script is bundled while the browser reads the page.
        bundle().catch(() => undefined);
        const page = editorPage(useTranslations(defaultLocale), `http://localhost:${url.port || '4321'}/edit/`);
        return send(res, 200, 'text/html; charset=utf-8', page, { 'content-security-policy': editorPolicy });
      }
      if (route === '/edit/page.css') return send(res, 200, TYPES['.css'] ?? '', editorPageCss);
      if (route === '/edit/config.json') {
        const { config, formats } = editorSetup(root, origin);
        return send(res, 200, TYPES['.json'] ?? '', JSON.stringify({ config, formats }));
      }
      await bundle();
      const file = route.startsWith(FONT_ROUTE)
        ? await bundledFont(outDir, decodeURIComponent(route.slice(FONT_ROUTE.length)))
        : path.join(outDir, path.normalize(decodeURIComponent(route.slice('/edit/'.length))));
      if (!file || !file.startsWith(outDir + path.sep)) return send(res, 404, 'text/plain', 'not found');
      const body = await readFile(file).catch(() => undefined);
      if (!body) return send(res, 404, 'text/plain', 'not found');
      return send(res, 200, TYPES[path.extname(file)] ?? 'application/octet-stream', body);
    } catch (error) {
      return next(error);
    }
  };
}
