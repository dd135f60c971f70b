// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { locales, defaultLocale } from './src/i18n/locales.ts';
import { devSearchIndex } from './src/integrations/devSearchIndex.ts';

// The address the site is published at: canonical links, the sitemap and the
// "cite this measure" text are built from it. Set SITE_URL when publishing.
const site = process.env['SITE_URL'] ?? 'http://localhost:4321';

const codes = Object.keys(locales);

export default defineConfig({
  site,
  // scripts/build.ts builds into a staging folder and swaps it in only when everything succeeded.
  outDir: process.env['ASTRO_OUT_DIR'] ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Only Astro's own dev toolbar would inject scripts into previews; staff don't need it.
  devToolbar: { enabled: false },
  i18n: {
    locales: codes,
    defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    mdx(),
    devSearchIndex(),
    sitemap({
      i18n: {
        defaultLocale,
        locales: Object.fromEntries(codes.map((code) => [code, code])),
      },
    }),
  ],
});
