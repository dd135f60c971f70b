// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { locales, defaultLocale } from './src/i18n/locales.ts';
import { devSearchIndex } from './src/integrations/devSearchIndex.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { langMarkupPlugin } from './src/lib/langMarkupPlugin.ts';
import { cspDirectives, cspScriptSources, cspStyleSources } from './src/lib/securityPolicy.ts';

// The address the site is published at: canonical links, the sitemap and the
// "cite this measure" text are built from it. Set SITE_URL when publishing.
const site = process.env['SITE_URL'] ?? 'http://localhost:4321';

const codes = Object.keys(locales);

export default defineConfig({
  site,
  // scripts/build.ts builds into a staging folder and swaps it in only when everything succeeded.
  outDir: process.env['ASTRO_OUT_DIR'] ?? './dist',
  trailingSlash: 'always',
  // Caches inside the project, not in node_modules: copies of the project that share
  // node_modules (the tests' copies) must never share a content cache.
  cacheDir: './.astro/cache',
  vite: { cacheDir: './.astro/vite' },
  // Stylesheets as files: one cached request, and no inline style for the policy to allow.
  build: { format: 'directory', inlineStylesheets: 'never' },
  security: {
    csp: {
      directives: [...cspDirectives],
      scriptDirective: { resources: [...cspScriptSources] },
      styleDirective: { resources: [...cspStyleSources] },
    },
  },
  // Only Astro's own dev toolbar would inject scripts into previews; staff don't need it.
  devToolbar: { enabled: false },
  // The programme has no code to highlight, and Shiki's inline styles would need 'unsafe-inline'.
  markdown: { syntaxHighlight: false },
  i18n: {
    locales: codes,
    defaultLocale,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [
    // `:lv[…]` in a body becomes <span lang="lv">, as it does in frontmatter and YAML strings.
    mdx({ processor: satteri({ hastPlugins: [langMarkupPlugin] }) }),
    devSearchIndex(),
    sitemap({
      i18n: {
        defaultLocale,
        locales: Object.fromEntries(codes.map((code) => [code, code])),
      },
    }),
  ],
});
