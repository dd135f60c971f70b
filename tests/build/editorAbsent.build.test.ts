/**
 * The content editor stays out of the public site: it exists only under
 * `npm run dev` (src/integrations/contentEditor.ts), its package is a
 * devDependency, and nothing of it is in public/. A build with the editor
 * installed and one without it (a node_modules without @sveltia) are byte for
 * byte the same, and no built file names it.
 */
import { readFileSync } from 'node:fs';
import { mkdir, readdir, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { hashTree } from '../helpers/hashTree.ts';
import { projectCopy, projectRoot, removeCopy, runIn } from '../helpers/projectCopy.ts';

const copies: string[] = [];
afterAll(async () => {
  for (const dir of copies) await removeCopy(dir);
});

/** Every file under `dir` whose bytes name the CMS, case-insensitively (as `grep -ril sveltia`). */
async function naming(dir: string): Promise<string[]> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  return files
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => /sveltia/i.test(readFileSync(file, 'latin1')));
}

it('builds the same site with and without the editor installed, naming it nowhere', async () => {
  const packageJson = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };
  expect(packageJson.devDependencies['@sveltia/cms']).toBeDefined();
  expect(packageJson.dependencies['@sveltia/cms']).toBeUndefined();
  expect(await naming(path.join(projectRoot, 'public'))).toEqual([]);

  const withEditor = await projectCopy();
  const without = await projectCopy();
  copies.push(withEditor, without);
  // The second copy's node_modules: every package of the project's but the editor's.
  await rm(path.join(without, 'node_modules'));
  await mkdir(path.join(without, 'node_modules'));
  for (const name of await readdir(path.join(projectRoot, 'node_modules'))) {
    if (name === '@sveltia') continue;
    await symlink(path.join(projectRoot, 'node_modules', name), path.join(without, 'node_modules', name));
  }
  const builds = await Promise.all(
    [withEditor, without].map((dir) => runIn(dir, process.execPath, ['scripts/build.ts'])),
  );
  for (const build of builds) expect(build.code, build.output).toBe(0);
  const [a, b] = await Promise.all([withEditor, without].map((dir) => hashTree(path.join(dir, 'dist'))));
  expect(Object.keys(a ?? {}).length).toBeGreaterThan(50);
  expect(b).toEqual(a);
  expect(await naming(path.join(withEditor, 'dist'))).toEqual([]);
}, 240_000);
