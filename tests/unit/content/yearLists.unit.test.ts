/**
 * A line that starts with a year and a dot (“2023. gada …”) becomes a numbered
 * list starting at 2023 unless it is written `2023\. gada`. No body may have
 * such a list: the reader would see a paragraph turned into list item 2023.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { createProcessor } from '@mdx-js/mdx';
import { expect, it } from 'vitest';
import { readContent, readFrontmatter } from '../../helpers/contentFiles.ts';
import { projectRoot } from '../../helpers/projectCopy.ts';

interface Node {
  type: string;
  ordered?: boolean | null;
  start?: number | null;
  children?: Node[];
}

const listStarts = (node: Node): number[] => [
  ...(node.type === 'list' && node.ordered && typeof node.start === 'number' ? [node.start] : []),
  ...(node.children ?? []).flatMap(listStarts),
];

it('has no numbered list that starts at a year (an unescaped “2023. gada” at the start of a line)', async () => {
  const content = await readContent(projectRoot);
  const pages = await Promise.all(
    ['lv', 'en'].flatMap(async (lang) => {
      const dir = path.join(projectRoot, 'src/content/pages', lang);
      return Promise.all(
        (await readdir(dir))
          .filter((n) => n.endsWith('.mdx'))
          .map((n) => readFrontmatter(projectRoot, path.join(dir, n), n)),
      );
    }),
  );
  const bodies = [...content.measures, ...pages.flat()].map((f) => ({ file: f.file, body: f.body }));
  expect(bodies.length).toBeGreaterThan(20);
  const wrong = bodies.filter(({ body }) =>
    listStarts(createProcessor().parse(body) as Node).some((start) => start > 100),
  );
  expect(wrong.map((b) => b.file)).toEqual([]);
});
