/** Two builds of the same content produce byte-identical sites, so a deploy can be verified and cached. */
import { readdirSync } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { hashTree } from '../helpers/hashTree.ts';
import { projectCopy, removeCopy, runIn } from '../helpers/projectCopy.ts';

let dir: string;
afterAll(async () => {
  await removeCopy(dir);
});

it('builds byte-identical dist/ twice in a row, warns of nothing but the missing address, and leaves nothing in the temp folder', async () => {
  dir = await projectCopy();
  // Its own temp folder, to see what the builds leave there (Node's compile cache would go to <tmp>/node-compile-cache).
  // The build script itself, not through npm: npm on Node 22 or later keeps a compile cache of its own modules there.
  const tmp = path.join(dir, 'tmp');
  await mkdir(tmp);
  const build = () => runIn(dir, process.execPath, ['scripts/build.ts'], { TMPDIR: tmp });
  const first = await build();
  expect(first.code, first.output).toBe(0);
  // Nothing staff cannot act on: the one warning of a clean build is that no publishing address is set.
  const warnings = first.output.split('\n').filter((line) => line.includes('[WARN]'));
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toContain('[publishing-address] No publishing address');
  await rename(path.join(dir, 'dist'), path.join(dir, 'dist-first'));
  const second = await build();
  expect(second.code, second.output).toBe(0);
  const [a, b] = await Promise.all([hashTree(path.join(dir, 'dist-first')), hashTree(path.join(dir, 'dist'))]);
  expect(Object.keys(b).length).toBeGreaterThan(50);
  expect(b).toEqual(a);
  expect(readdirSync(tmp, { recursive: true })).toEqual([]);
}, 180_000);
