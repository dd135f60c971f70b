/** Builds the baseline site and indexes it with Pagefind, as the project's build does for its own pages. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { recordPhase } from './buildPhases.ts';

const root = process.cwd();
const out = process.env['ASTRO_OUT_DIR'] ?? path.join(root, 'dist');
const astro = spawnSync(process.execPath, [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
  stdio: 'inherit',
});
if (astro.status !== 0) process.exit(1);
const { index } = await pagefind.createIndex({});
if (!index) process.exit(1);
await index.addDirectory({ path: out });
await index.writeFiles({ outputPath: path.join(out, 'pagefind') });
await pagefind.close();
recordPhase('search index');
