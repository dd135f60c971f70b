// The floor the project's build is compared with: Astro + MDX, and the same precompression of the output.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { precompress } from './precompress.ts';
import { buildPhases, phaseEnd } from './buildPhases.ts';

export default defineConfig({
  outDir: process.env['ASTRO_OUT_DIR'] ?? './dist',
  cacheDir: './.astro/cache',
  vite: { cacheDir: './.astro/vite' },
  integrations: [buildPhases(), mdx(), ...precompress(), phaseEnd('precompression')],
  devToolbar: { enabled: false },
});
