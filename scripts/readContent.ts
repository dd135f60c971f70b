/**
 * Reads the content files as plain data, without Astro: for `npm run check`
 * (fast, with line numbers for messages) and for tests that compare the
 * content with the source document.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, type Document } from 'yaml';

export interface Parsed {
  file: string;
  id: string;
  data: Record<string, unknown>;
  /** The Markdown body (measures only). */
  body: string;
  /** Line of the file on which the body starts. */
  bodyLine: number;
  /** Line of a dotted field in the file, when the YAML parser knows it. */
  lineOf: (field: string) => number | undefined;
}

async function walk(dir: string, extension: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(extension) && !e.name.startsWith('_'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

function parseYaml(text: string, file: string, lineOffset: number) {
  const counter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter: counter });
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    const line = first?.linePos?.[0].line;
    throw new Error(
      `Error: ${file}${line ? `:${line + lineOffset}` : ''}: the YAML cannot be read: ${first?.message.split('\n')[0] ?? 'syntax error'}`,
    );
  }
  const lineOf = (field: string): number | undefined => {
    if (!field) return undefined;
    let node: unknown = doc.contents;
    for (const key of field.split('.').filter(Boolean)) {
      if (isMap(node)) node = node.get(key, true);
      else if (isSeq(node)) node = node.get(Number(key), true);
      else return undefined;
    }
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    return range ? counter.linePos(range[0]).line + lineOffset : undefined;
  };
  return { data: doc.toJS() as unknown, lineOf };
}

async function readYaml(root: string, file: string, id: string): Promise<Parsed> {
  const relative = path.relative(root, file);
  const { data, lineOf } = parseYaml(await readFile(file, 'utf8'), relative, 0);
  return { file: relative, id, data: (data ?? {}) as Record<string, unknown>, body: '', bodyLine: 1, lineOf };
}

/** One Markdown or MDX file: its frontmatter as data and its body. */
export async function readFrontmatter(root: string, file: string, id: string): Promise<Parsed> {
  const relative = path.relative(root, file);
  const text = await readFile(file, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!match)
    throw new Error(`Error: ${relative}:1: expected the file to start with frontmatter between two lines of ---`);
  // Line 1 is the opening ---, so the YAML starts on line 2.
  const { data, lineOf } = parseYaml(match[1] ?? '', relative, 1);
  return {
    file: relative,
    id,
    data: (data ?? {}) as Record<string, unknown>,
    body: text.slice(match[0].length),
    bodyLine: match[0].split('\n').length,
    lineOf,
  };
}

const idOf = (base: string, file: string) =>
  path
    .relative(base, file)
    .replace(/\.[^.]+$/, '')
    .split(path.sep)
    .join('/');
export interface ContentFiles {
  programmes: Parsed[];
  sections: Parsed[];
  measures: Parsed[];
  administrators: Parsed;
}

/** Every content file under `<root>/src/content`, ids as Astro's loaders make them. */
export async function readContent(root: string): Promise<ContentFiles> {
  const contentDir = path.join(root, 'src/content');
  const programmesDir = path.join(contentDir, 'programmes');
  const sectionsDir = path.join(contentDir, 'sections');
  const measuresDir = path.join(contentDir, 'measures');
  return {
    programmes: await Promise.all(
      (await walk(programmesDir, '.yaml')).map((f) => readYaml(root, f, idOf(programmesDir, f))),
    ),
    sections: await Promise.all((await walk(sectionsDir, '.yaml')).map((f) => readYaml(root, f, idOf(sectionsDir, f)))),
    measures: await Promise.all(
      (await walk(measuresDir, '.mdx')).map((f) => readFrontmatter(root, f, idOf(measuresDir, f))),
    ),
    administrators: await readYaml(root, path.join(contentDir, 'administrators.yaml'), 'administrators'),
  };
}
