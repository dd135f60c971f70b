/**
 * `npm run deploy`: the placeholder deployment step that CI runs after
 * `npm run build` (docs/publishing.md). With `DEPLOY_DIR` set, the built
 * `dist/` replaces that folder's contents: copied beside it first and then
 * swapped in by renaming (so its parent must be writable), so the folder never
 * holds half a site. Without `DEPLOY_DIR`, it
 * says what to set and fails, so that a forgotten configuration never looks
 * like a publication. Replace it with the ministry's own step (rsync or scp to
 * the server, an upload to object storage) by changing the script in package.json.
 *
 * Usage: DEPLOY_DIR=/var/www/site/programma node scripts/deploy.ts   (from the project's folder)
 */
import { existsSync, statSync } from 'node:fs';
import { cp, rename, rm } from 'node:fs/promises';
import path from 'node:path';

const dist = path.resolve('dist');
const setting = process.env['DEPLOY_DIR'];

/** True when `inner` is `outer` or inside it. */
const within = (inner: string, outer: string) => path.relative(outer, inner).split(path.sep)[0] !== '..';

function refuse(message: string): never {
  console.error(`deploy: ${message}`);
  process.exit(1);
}

if (!setting) {
  refuse(
    'DEPLOY_DIR is not set, so nothing was published. Set it to the folder the web server serves, or replace this ' +
      'step with the ministry’s own (rsync or scp to the server, an upload to object storage): see docs/publishing.md.',
  );
}
const target = path.resolve(setting);
if (!existsSync(path.join(dist, 'index.html'))) refuse('no built site in dist/: run `npm run build` first.');
if (within(dist, target) || within(target, dist)) {
  refuse(`DEPLOY_DIR (${target}) must be a folder of its own, neither holding dist/ nor inside it.`);
}
if (existsSync(target) && !statSync(target).isDirectory()) refuse(`DEPLOY_DIR (${target}) is not a folder.`);

const arriving = `${target}.new-${process.pid}`;
const retired = `${target}.retired-${process.pid}`;
try {
  await cp(dist, arriving, { recursive: true });
  if (existsSync(target)) await rename(target, retired);
  await rename(arriving, target);
} catch (error) {
  // Whatever step failed, the folder keeps the site it had.
  if (!existsSync(target) && existsSync(retired)) await rename(retired, target);
  await rm(arriving, { recursive: true, force: true });
  refuse(`copying to ${target} failed: ${error instanceof Error ? error.message : String(error)}`);
}
await rm(retired, { recursive: true, force: true });
console.log(`deploy: dist/ copied to ${target}.`);
