// @ts-check
import path from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { locales, defaultLocale } from '#src/i18n/locales.ts';
import { buildPhases, phaseEnd } from '#src/integrations/buildPhases.ts';
import { contentCheck } from '#src/integrations/contentCheck.ts';
import { contentEditor } from '#src/integrations/contentEditor.ts';
import { devSearchIndex } from '#src/integrations/devSearchIndex.ts';
import { pagefindIndex } from '#src/integrations/pagefind.ts';
import { precompress } from '#src/integrations/precompress.ts';
import { publishingAddress } from '#src/integrations/publishingAddress.ts';
import { serverConfig } from '#src/integrations/serverConfig.ts';
import { sitemapAlternates } from '#src/integrations/sitemapAlternates.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { langMarkupPlugin } from '#src/lib/language/langMarkupPlugin.ts';
import { cspDirectives, cspScriptSources, cspStyleSources } from '#src/lib/server/securityPolicy.ts';
import { siteAddress, siteSetting } from '#src/lib/server/siteAddress.ts';
import settings from './site.config.json' with { type: 'json' };

// The one place the published address is set: site.config.json, or SITE_URL for one build.
// Canonical links, hreflang, the sitemap, citations and the data files' links come from `site`;
// every internal link starts with `base`.
const { site, base } = siteAddress(siteSetting(settings.siteUrl, process.env['SITE_URL']));

const codes = Object.keys(locales);
const [compressionStart, compressionEnd] = precompress();
const outDir = process.env['ASTRO_OUT_DIR'] ?? './dist';

export default defineConfig({
  ...(site ? { site } : {}),
  base,
  // scripts/build.ts builds into a staging folder and swaps it in only when everything succeeded.
  outDir,
  trailingSlash: 'always',
  // Caches inside the project, not in node_modules: copies of the project that share
  // node_modules (the tests' copies) must never share a content cache.
  cacheDir: './.astro/cache',
  vite: {
    cacheDir: './.astro/vite',
    build: {
      rollupOptions: {
        // Astro marks each compiled MDX module with its own "use astro:head-inject" directive, and the bundler
        // warns about every one (24 lines a build) though Astro reads it before bundling; nobody can act on them.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.id ?? '').includes('astroPropagatedAssets'))
            return;
          warn(warning);
        },
      },
    },
    // The search page's second chance is bundled as an ES module of its own (src/scripts/search.ts).
    worker: { format: 'es' },
  },
  // Eight pages at a time: each page's file is written while others render (measured at 1 000 measures:
  // 10.6 s → 6.9 s for the pages; four gave 7.8 s). Stylesheets as files: one cached request, and no inline style for the
  // policy to allow.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
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
  // astro:build:done hooks run in this order: precompression starts on the pages Astro wrote and runs
  // beside the rest; the sitemap and search index; the server configuration (which reads the finished
  // pages); then precompression finishes, with every file a step in between wrote or changed.
  integrations: [
    // For npm run bench: when each phase ends (nothing unless BUILD_PHASES_FILE is set).
    buildPhases(),
    // Next: `astro build` refuses bad content with npm run check's report before Astro reads a file.
    contentCheck(),
    // `:lv[…]` in a body becomes <span lang="lv">, as it does in frontmatter and YAML strings.
    mdx({ processor: satteri({ hastPlugins: [langMarkupPlugin] }) }),
    publishingAddress(),
    devSearchIndex(),
    // `/edit/`: the content editor, in npm run dev only.
    contentEditor(),
    compressionStart,
    // A sitemap lists absolute addresses: without a site address there is none.
    ...(site
      ? [
          sitemap({
            i18n: {
              defaultLocale,
              locales: Object.fromEntries(codes.map((code) => [code, code])),
            },
            // Each page's alternates as its own <head> states them: none for an untranslated fallback.
            serialize: sitemapAlternates(path.resolve(outDir), site),
          }),
          phaseEnd('sitemap'),
        ]
      : []),
    pagefindIndex(),
    phaseEnd('search index'),
    serverConfig(),
    phaseEnd('server configuration'),
    compressionEnd,
    phaseEnd('precompression'),
  ],
});
