/**
 * Bundles the editor page's script (src/editor/client/main.ts with Sveltia
 * CMS's npm build) with Vite into `.astro/editor/`, once per `npm run dev`
 * (about 3 s). The npm build ships its fonts, icons and code grammars as
 * assets for the bundle, so nothing is fetched from a CDN; only its stylesheet
 * still names the font CDN as a fallback, which the bundle points at the
 * dev server instead (`/edit/fontsource/…`, served from those same assets).
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

export const FONT_CDN = 'https://cdn.jsdelivr.net/fontsource/fonts/';
export const FONT_ROUTE = '/edit/fontsource/';

/** Bundles into `outDir`; resolves when the files are there. */
export async function bundleEditor(root: string, outDir: string): Promise<void> {
  // Imported here, so nothing of Vite's build is loaded unless the editor is opened.
  const { build } = await import('vite');
  await build({
    root,
    base: '/edit/',
    configFile: false,
    publicDir: false,
    logLevel: 'error',
    cacheDir: path.join(root, '.astro/vite-editor'),
    plugins: [
      {
        name: 'editor-local-fonts',
        transform: (code) => (code.includes(FONT_CDN) ? code.replaceAll(FONT_CDN, FONT_ROUTE) : undefined),
      },
    ],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 10_000,
      rollupOptions: {
        input: { main: path.join(root, 'src/editor/client/main.ts') },
        output: { entryFileNames: '[name].js' },
      },
    },
  });
}

/**
 * The bundled font file for a CDN address's path (`source-sans-3:vf@5.3.0/latin-wght-normal.woff2`):
 * Fontsource names its CDN files `<font>[:vf]@<version>/<subset>.woff2` and its package files
 * `<font>-<subset>.woff2`, which the bundle keeps with a hash added.
 */
export async function bundledFont(outDir: string, cdnPath: string): Promise<string | undefined> {
  const [id = '', file = ''] = cdnPath.split('/');
  const font = id.split('@')[0]?.replace(/:vf$/, '');
  const subset = file.replace(/\.woff2$/, '');
  if (!font || !subset) return undefined;
  const assets = await readdir(path.join(outDir, 'assets')).catch(() => [] as string[]);
  const found = assets.find((name) => name.startsWith(`${font}-${subset}-`) && name.endsWith('.woff2'));
  return found && path.join(outDir, 'assets', found);
}
