/**
 * The content as plain data for tests that read its text (fidelity, translation, source errors):
 * the files as `npm run check` reads them (src/check/readContent.ts), flattened to one list per kind,
 * Latvian measures and translations together, as `file`, `id`, `data` and `body`.
 */
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { parseFrontmatter } from 'astro/markdown';
import { readContent as readFiles } from '#src/check/readContent.ts';
import { contentPathOf } from '#src/lib/content/contentPath.ts';

export interface Parsed {
  /** Path relative to the project. */
  file: string;
  id: string;
  data: Record<string, unknown>;
  body: string;
  /** A measure's number, from its path (`2023/lv/2-1-2` → `2.1.2`). */
  code: string;
}

export interface ContentFiles {
  programmes: Parsed[];
  sections: Parsed[];
  /** Latvian measures and their translations, ids `2023/lv/1-1`, `2023/en/1-1`. */
  measures: Parsed[];
  administrators: Parsed;
}

const parsed = (entry: { filePath: string; id: string; data: object; body: string }): Parsed => ({
  file: entry.filePath,
  id: entry.id,
  data: entry.data as Record<string, unknown>,
  body: entry.body,
  code: contentPathOf(entry).code ?? '',
});

/** Every content file under `<root>/src/content`; throws if any cannot be read, since tests need all of it. */
export async function readContent(root: string): Promise<ContentFiles> {
  const content = await readFiles(root);
  const unreadable = content.problems.filter((p) => p.level === 'error');
  if (unreadable.length > 0) throw new Error(`content has errors: ${JSON.stringify(unreadable.slice(0, 3))}`);
  return {
    programmes: content.programmes.map(parsed),
    sections: content.sections.map(parsed),
    measures: [...content.measures, ...content.translations].map(parsed),
    administrators: {
      file: 'src/content/administrators.yaml',
      id: 'administrators',
      data: content.administrators.map((a) => a.data) as unknown as Record<string, unknown>,
      body: '',
      code: '',
    },
  };
}

/** One Markdown or MDX file: its frontmatter as data and its body, split as Astro splits it. */
export async function readFrontmatter(root: string, file: string, id: string): Promise<Parsed> {
  const { frontmatter, content } = parseFrontmatter(await readFile(file, 'utf8'), { frontmatter: 'empty-with-spaces' });
  return { file: path.relative(root, file), id, data: frontmatter, body: content, code: '' };
}
