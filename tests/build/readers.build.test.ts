/**
 * Two readers of the content, one meaning: Astro's collections (which the
 * pages are built from) and the file reader of `npm run check` (which runs
 * before Astro) give every entry the same id, in the same order, from the
 * same path parser. A page added to a copy of the project writes out what
 * Astro's collections hold.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { readContent } from '#src/check/readContent.ts';
import { projectCopy, removeCopy, runIn } from '../helpers/projectCopy.ts';

let dir: string;
beforeAll(async () => {
  dir = await projectCopy();
  await writeFile(
    path.join(dir, 'src/pages/collection-ids.json.ts'),
    `import { loadCollections } from '#src/data/site.ts';
export const GET = async () => {
  const collections = await loadCollections();
  const ids = Object.fromEntries(
    Object.entries(collections).map(([name, entries]) => [name, entries.map((e) => [e.id, e.filePath])]),
  );
  return new Response(JSON.stringify(ids));
};
`,
  );
}, 60_000);
afterAll(async () => {
  await removeCopy(dir);
});

it('gives the same ids, files and order as the file reader', async () => {
  const build = await runIn(dir, 'npm', ['run', 'build']);
  expect(build.code, build.output).toBe(0);
  const astro = JSON.parse(await readFile(path.join(dir, 'dist/collection-ids.json'), 'utf8')) as Record<
    string,
    [string, string][]
  >;
  const files = await readContent(dir);
  expect(files.problems).toEqual([]);
  for (const name of ['programmes', 'sections', 'administrators', 'measures', 'translations'] as const) {
    expect(astro[name], name).toEqual(files[name].map((e) => [e.id, e.filePath]));
  }
  expect(astro['measures']?.length).toBeGreaterThan(5);
}, 180_000);
