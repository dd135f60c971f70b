// The floor the project's build is compared with: Astro + MDX and nothing else.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  outDir: process.env['ASTRO_OUT_DIR'] ?? './dist',
  cacheDir: './.astro/cache',
  vite: { cacheDir: './.astro/vite' },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
