/**
 * `npm run build`: `astro build` (pages, data files, search index, server
 * configuration, precompressed files — see src/integrations/) into a staging
 * folder, swapped into place only when all of it succeeded. A failed build
 * leaves the previous output exactly as it was, so a deploy never picks up
 * half a site, and never leaves its staging folder behind.
 *
 * Usage: node scripts/build.ts [--out DIR]   (default dist/)
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';

const root = process.cwd();
const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const out = path.resolve(root, values.out);
const staging = path.join(root, '.tmp', `build-${process.pid}`);
// Beside the output, so that replacing it is a rename on one file system wherever `--out` points.
const retired = `${out}.retired-${process.pid}`;
const arriving = `${out}.new-${process.pid}`;

/**
 * A production environment whatever the shell has: Vite reads MODE, DEV and
 * NODE_ENV from it, and a stray value there would publish drafts.
 */
function publishEnv(): NodeJS.ProcessEnv {
  const stray = new Set(['MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL']);
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !stray.has(name)));
  return {
    ...env,
    NODE_ENV: 'production',
    ASTRO_OUT_DIR: staging,
    ASTRO_TELEMETRY_DISABLED: '1',
    // Astro's CLI turns on Node's compile cache, which keys each module by its path. The pages' modules
    // live in this build's own staging folder, so every build would add a cache file per module to the
    // temp folder (about 110 on the real content, 4 000 at 1 000 measures), never to be read again.
    NODE_DISABLE_COMPILE_CACHE: '1',
  };
}

/** The finished build in place of the output folder; across file systems, copied beside it first. */
async function swapIn() {
  try {
    await rename(staging, arriving);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await cp(staging, arriving, { recursive: true });
  }
  if (existsSync(out)) await rename(out, retired);
  await rename(arriving, out);
  await rm(retired, { recursive: true, force: true });
}

const started = performance.now();
await mkdir(path.dirname(staging), { recursive: true });
let ok = false;
try {
  const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
  const result = spawnSync(process.execPath, [astro, 'build'], { stdio: 'inherit', env: publishEnv() });
  if (result.status === 0) {
    await mkdir(path.dirname(out), { recursive: true });
    await swapIn();
    ok = true;
  }
} finally {
  await Promise.all([staging, arriving].map((dir) => rm(dir, { recursive: true, force: true })));
}
const relative = path.relative(root, out) || '.';
if (ok) console.log(`Build complete: ${relative}/ replaced in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
else {
  console.error(`\nBuild failed (see the messages above). The previous ${relative}/ is unchanged.`);
  process.exitCode = 1;
}
