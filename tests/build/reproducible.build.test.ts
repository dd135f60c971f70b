/** Two builds of the same content produce byte-identical sites, so a deploy can be verified and cached. */
import path from 'node:path';
import { rename } from 'node:fs/promises';
import { afterAll, expect, it } from 'vitest';
import { hashTree } from '../helpers/hashTree.ts';
import { projectCopy, removeCopy, runIn } from '../helpers/projectCopy.ts';

let dir: string;
afterAll(async () => {
  await removeCopy(dir);
});

it('builds byte-identical dist/ twice in a row', async () => {
  dir = await projectCopy();
  const first = await runIn(dir, 'npm', ['run', 'build']);
  expect(first.code, first.output).toBe(0);
  await rename(path.join(dir, 'dist'), path.join(dir, 'dist-first'));
  const second = await runIn(dir, 'npm', ['run', 'build']);
  expect(second.code, second.output).toBe(0);
  const [a, b] = await Promise.all([hashTree(path.join(dir, 'dist-first')), hashTree(path.join(dir, 'dist'))]);
  expect(Object.keys(b).length).toBeGreaterThan(50);
  expect(b).toEqual(a);
}, 180_000);
