/**
 * The one file reader of the content outside Astro's content layer: the same
 * files (`contentFiles`), ids and numbers (`parseContentPath`, which Astro's
 * loaders call too) and schemas (src/schemas.ts) as the collections. The
 * frontmatter is split by `astro/markdown`'s `parseFrontmatter` as @astrojs/mdx
 * splits it, and MDX bodies are compiled by satteri, the compiler @astrojs/mdx
 * runs. Every problem is collected, not just the first, each with file, line
 * and field.
 *
 * Used by `npm run check`, the build's check before Astro starts, the preview's
 * problem banner, `npm run new:measure`, `npm run translations` and
 * `npm run changes` (on a copy of an older commit).
 */
import { glob, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseFrontmatter } from 'astro/markdown';
import { mdxToJs } from 'satteri';
import type { z } from 'astro/zod';
import { collectionSchemas } from '#src/schemas.ts';
import { compareContentPaths } from '#src/lib/content/compareContentPaths.ts';
import { contentFiles, contentRoot, parseContentPath, type ContentPath } from '#src/lib/content/contentPath.ts';
import type { Problem } from '#src/lib/content/problem.ts';
import { schemaProblems, type Segment } from './schemaProblems.ts';
import { yamlLines } from './yamlLines.ts';

/** One content file (or one item of a file-of-items), in the shape of Astro's collection entries. */
export interface Loaded<T> {
  id: string;
  /** Path relative to the project, as in messages. */
  filePath: string;
  data: T;
  /** The MDX body (empty for YAML); line numbers in it are the file's own. */
  body: string;
  /** For an item of a file of items (an administrator), its place in the file, counting from 0. */
  position?: number;
}

const schemas = collectionSchemas();
type Schemas = typeof schemas;
type Data<K extends keyof Schemas> = z.output<Schemas[K]>;

export interface LoadedContent {
  programmes: Loaded<Data<'programmes'>>[];
  administrators: Loaded<Data<'administrators'>>[];
  synonyms: Loaded<Data<'synonyms'>>[];
  sections: Loaded<Data<'sections'>>[];
  measures: Loaded<Data<'measures'>>[];
  translations: Loaded<Data<'translations'>>[];
  pages: Loaded<Data<'pages'>>[];
  updates: Loaded<Data<'updates'>>[];
  /** Every problem of place, syntax or schema; the cross-file rules are src/lib/content/validateProgramme.ts's. */
  problems: Problem[];
  /** The line of a dotted field in a file, when the file could be read. */
  lineOf: (file: string, field: string) => number | undefined;
}

/** The folders whose every file must be one a collection reads. */
const checkedFolders = ['programmes', 'sections', 'measures', 'pages', 'updates'] as const;

async function filesOf(root: string, base: string, pattern: string): Promise<string[]> {
  const found: string[] = [];
  for await (const name of glob(pattern, { cwd: path.join(root, base) })) found.push(name.split(path.sep).join('/'));
  return found.sort();
}

/** The first line of a YAML error, the reason; the rest is the library's drawing of the place, which the line number gives. */
const yamlReason = (error: Error) => error.message.split('\n')[0] ?? error.name;

/** Entries in the content's order (year, number, language), whatever order the files were found in. */
const inOrder = <T extends { filePath: string }>(entries: T[]) => {
  const pathOf = new Map(entries.map((e) => [e, parsed(e.filePath)]));
  return entries.sort((a, b) => compareContentPaths(pathOf.get(a), pathOf.get(b)));
};
const parsed = (file: string): ContentPath | undefined => {
  const result = parseContentPath(file);
  return result.ok ? result.path : undefined;
};

/** Reads and checks every content file under `root` (a project folder). */
export async function readContent(root: string): Promise<LoadedContent> {
  const problems: Problem[] = [];
  const lines = new Map<string, (at: readonly Segment[]) => number | undefined>();
  const read = new Set<string>();

  /** The path's meaning, or a problem for a file in the wrong place. */
  function place(filePath: string): ContentPath | undefined {
    read.add(filePath);
    const result = parseContentPath(filePath);
    if (result.ok) return result.path;
    problems.push({ level: 'error', file: filePath, field: '', message: result.problem });
    return undefined;
  }

  async function loadYaml<K extends 'programmes' | 'sections' | 'updates'>(collection: K): Promise<Loaded<Data<K>>[]> {
    const { base, pattern } = contentFiles[collection];
    const entries: Loaded<Data<K>>[] = [];
    for (const name of await filesOf(root, base, pattern)) {
      const filePath = `${base}/${name}`;
      const where = place(filePath);
      if (!where) continue;
      const { doc, lineOf } = yamlLines(await readFile(path.join(root, filePath), 'utf8'));
      lines.set(filePath, lineOf);
      const syntax = doc.errors.map((e): Problem => ({
        level: 'error',
        file: filePath,
        field: '',
        line: e.linePos?.[0].line,
        message: `the YAML cannot be read: ${yamlReason(e)}`,
      }));
      problems.push(...syntax);
      if (syntax.length > 0) continue;
      const checked = schemaProblems(schemas[collection], doc.toJS(), filePath, lineOf);
      problems.push(...checked.problems);
      if (checked.data) entries.push({ id: where.id, filePath, data: checked.data as Data<K>, body: '' });
    }
    return entries;
  }

  async function loadMdx<K extends 'measures' | 'translations' | 'pages'>(collection: K): Promise<Loaded<Data<K>>[]> {
    const { base, pattern } = contentFiles[collection];
    const entries: Loaded<Data<K>>[] = [];
    for (const name of await filesOf(root, base, pattern)) {
      const filePath = `${base}/${name}`;
      const where = place(filePath);
      if (!where) continue;
      const text = await readFile(path.join(root, filePath), 'utf8');
      let split: ReturnType<typeof parseFrontmatter>;
      try {
        // As @astrojs/mdx does: the frontmatter blanked out, so body lines stay the file's lines.
        split = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
      } catch (error) {
        // js-yaml's YAMLException carries the place as data (`mark`, `reason`), as Astro reads it.
        const failure = error as { mark?: { line: number }; reason?: string; message?: string };
        problems.push({
          level: 'error',
          file: filePath,
          field: '',
          line: failure.mark ? failure.mark.line + 1 : undefined,
          message: `the frontmatter cannot be read as YAML: ${failure.reason ?? failure.message ?? String(error)}`,
        });
        continue;
      }
      // The frontmatter starts on line 2, after the opening ---; its text begins with that line's break.
      const { lineOf } = yamlLines(split.rawFrontmatter);
      lines.set(filePath, lineOf);
      const checked = schemaProblems(schemas[collection], split.frontmatter, filePath, lineOf);
      problems.push(...checked.problems);
      const syntax = mdxProblem(split.content, filePath);
      if (syntax) problems.push(syntax);
      if (checked.data) {
        entries.push({ id: where.id, filePath, data: checked.data as Data<K>, body: split.content });
      }
    }
    return entries;
  }

  /** A file of items, each with its `id`, as Astro's `file()` loader reads it. */
  async function loadItems<K extends 'administrators' | 'synonyms'>(collection: K): Promise<Loaded<Data<K>>[]> {
    const filePath = contentFiles[collection].file;
    const { doc, lineOf } = yamlLines(await readFile(path.join(root, filePath), 'utf8'));
    if (doc.errors.length > 0) {
      problems.push(
        ...doc.errors.map((e): Problem => ({
          level: 'error',
          file: filePath,
          field: '',
          line: e.linePos?.[0].line,
          message: `the YAML cannot be read: ${yamlReason(e)}`,
        })),
      );
      return [];
    }
    lines.set(filePath, lineOf);
    const items: unknown = doc.toJS();
    const list = Array.isArray(items) ? items : [];
    return list.flatMap((item, index) => {
      const checked = schemaProblems(schemas[collection], item, filePath, lineOf, [index]);
      problems.push(...checked.problems.map((p) => ({ ...p, field: p.field ? `${index}.${p.field}` : `${index}` })));
      const data = checked.data as Data<K> | undefined;
      return data ? [{ id: data.id, filePath, data, body: '', position: index }] : [];
    });
  }

  const content = {
    programmes: inOrder(await loadYaml('programmes')),
    // By id, as Astro's collection lists them; each keeps its place in the file for the lines of its fields.
    administrators: (await loadItems('administrators')).sort((a, b) => a.id.localeCompare(b.id, 'en')),
    synonyms: (await loadItems('synonyms')).sort((a, b) => a.id.localeCompare(b.id, 'en')),
    sections: inOrder(await loadYaml('sections')),
    measures: inOrder(await loadMdx('measures')),
    translations: inOrder(await loadMdx('translations')),
    pages: inOrder(await loadMdx('pages')),
    updates: inOrder(await loadYaml('updates')),
  };

  // A file no collection reads would silently be left out of the site: a wrong folder, language or extension.
  for (const folder of checkedFolders) {
    const base = `${contentRoot}/${folder}`;
    for (const name of await filesOf(root, base, '**/*')) {
      const filePath = `${base}/${name}`;
      if (read.has(filePath) || path.extname(name) === '' || path.basename(name).startsWith('_')) continue;
      const meaning = parseContentPath(filePath);
      problems.push({
        level: 'error',
        file: filePath,
        field: '',
        message: `not read by the site: ${meaning.ok ? 'no collection reads this file' : meaning.problem}`,
      });
    }
  }

  const lineOf = (file: string, field: string) =>
    field ? lines.get(file)?.(field.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s))) : undefined;
  return { ...content, problems, lineOf };
}

/**
 * The body's MDX syntax error, if any, from the compiler the build uses. The
 * compiler reports the place only at the head of its message (`14:9: …`);
 * @astrojs/mdx reads it from there too (vite-plugin-mdx.js), so the two agree.
 */
function mdxProblem(body: string, file: string): Problem | undefined {
  try {
    mdxToJs(body);
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const place = /^(\d+):(\d+): /.exec(message);
    return {
      level: 'error',
      file,
      field: 'body',
      line: place ? Number(place[1]) : undefined,
      message: `the text cannot be read as MDX: ${place ? message.slice(place[0].length) : message} (characters such as { } < > must be written as &#123; &#125; &lt; &gt;)`,
    };
  }
}
