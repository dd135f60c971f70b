/**
 * `npm run build`: the whole publish build — pages and data files (Astro),
 * then the search index (Pagefind) — made in a staging folder and swapped into
 * `dist/` only when every step succeeded. A failed build leaves the previous
 * `dist/` exactly as it was, so a deploy never picks up half a site.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { readdir, writeFile } from 'node:fs/promises';
import { headersFile } from '../src/lib/securityPolicy.ts';

const root = process.cwd();
const dist = path.join(root, 'dist');
const staging = path.join(root, '.tmp', `build-${process.pid}`);
const retired = path.join(root, '.tmp', `retired-${process.pid}`);

function fail(message: string): never {
  console.error(`\nBuild failed: ${message}\nThe previous dist/ is unchanged.`);
  process.exit(1);
}

/**
 * A production environment whatever the shell has: Vite reads MODE, DEV and
 * NODE_ENV from it, and a stray value there would publish drafts.
 */
function publishEnv(): NodeJS.ProcessEnv {
  const stray = new Set(['MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL']);
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !stray.has(name)));
  return { ...env, NODE_ENV: 'production' };
}

async function buildPages() {
  const astro = path.join(root, 'node_modules/astro/bin/astro.mjs');
  const result = spawnSync(process.execPath, [astro, 'build'], {
    stdio: 'inherit',
    env: { ...publishEnv(), ASTRO_OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) fail('Astro could not build the pages (see the message above).');
}

async function buildSearchIndex() {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) fail(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: staging });
  if (added.errors.length > 0) fail(`Pagefind could not index the pages: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: path.join(staging, 'pagefind') });
  if (written.errors.length > 0) fail(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  await pagefind.close();
  console.log(`Search index: ${added.page_count} pages indexed.`);
}

/** `_headers` for hosts that read one: each page's own policy, as its <meta> states it. */
/** The start of a page, where its <head> is: the policy is there, and reading whole pages would cost more than the rest. */
async function readHead(file: string): Promise<string> {
  const handle = await open(file);
  try {
    const buffer = Buffer.alloc(16 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

async function writeHeaders() {
  const files = (await readdir(staging, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
  const pages = [];
  for (const file of files) {
    const html = await readHead(path.join(staging, file));
    const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
    if (!policy) fail(`${file} has no Content-Security-Policy.`);
    const address = `/${file.split(path.sep).join('/')}`.replace(/index\.html$/, '');
    pages.push({ path: address, policy: policy.replaceAll('&#39;', "'") });
  }
  await writeFile(path.join(staging, '_headers'), headersFile(pages));
}

async function swapIn() {
  if (existsSync(dist)) await rename(dist, retired);
  await rename(staging, dist);
  await rm(retired, { recursive: true, force: true });
}

/** Runs one step and remembers how long it took, for the closing line. */
const timings: string[] = [];
async function step(name: string, work: () => Promise<void>) {
  const started = performance.now();
  await work();
  timings.push(`${name} ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

await mkdir(path.dirname(staging), { recursive: true });
try {
  await step('pages and data', buildPages);
  await step('search index', buildSearchIndex);
  await step('headers', writeHeaders);
  await swapIn();
  console.log(`Build complete: dist/ replaced (${timings.join(', ')}).`);
} finally {
  await rm(staging, { recursive: true, force: true });
}
