/**
 * Reads every content file the way the build does, without starting Astro: the
 * same file patterns and schemas (src/schemas.ts), frontmatter split by
 * `astro/markdown`'s `parseFrontmatter` as @astrojs/mdx splits it, MDX bodies
 * compiled by satteri, the compiler @astrojs/mdx 8 runs. Every problem is
 * collected, not just the first, each with file, line and field.
 *
 * Used by `npm run check`, `npm run new:measure` and the tests that compare the
 * content with the source document or the built site.
 */
import { glob, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseFrontmatter } from 'astro/markdown';
import { mdxToJs } from 'satteri';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { z } from 'astro/zod';
import {
  administratorSchema,
  contentFiles,
  measureSchema,
  pageSchema,
  plainReference,
  programmeSchema,
  sectionSchema,
  synonymSchema,
  translationSchema,
} from '#src/schemas.ts';
import { parseMeasureId, parseSectionId, type Problem } from '#src/lib/content/validateProgramme.ts';
import { parentCode } from '#src/lib/codes/codeSlug.ts';
import { summariseFunding } from '#src/lib/money/summariseFunding.ts';

type Segment = string | number;

/** One content file (or one item of a file-of-items), in the shape of Astro's collection entries. */
export interface Loaded<T> {
  id: string;
  /** Path relative to the project, as in messages. */
  filePath: string;
  data: T;
  /** The MDX body (empty for YAML); line numbers in it are the file's own. */
  body: string;
  /** Its place in a file of items (administrators.yaml), counted from 0, for messages. */
  index?: number;
}

const schemas = {
  programmes: programmeSchema(),
  administrators: administratorSchema(),
  synonyms: synonymSchema(),
  sections: sectionSchema(),
  measures: measureSchema(plainReference),
  translations: translationSchema(),
  pages: pageSchema(),
};
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
  /** Every problem of syntax or schema; the cross-file rules are src/lib/content/validateProgramme.ts's. */
  problems: Problem[];
  /** Files under src/content/measures that neither collection reads (a wrong folder or extension). */
  strays: string[];
  /** The line of a dotted field in a file, when the file could be read. */
  lineOf: (file: string, field: string) => number | undefined;
}

/** Line numbers of the fields of one YAML document. */
function yamlLines(text: string, lineOffset: number) {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const lineAt = (offset: number | undefined) =>
    offset === undefined ? undefined : counter.linePos(offset).line + lineOffset;
  /** The line of the deepest part of `at` that exists: a key's own line, or an item's. */
  const lineOf = (at: readonly Segment[]): number | undefined => {
    let node: unknown = doc.contents;
    let line: number | undefined;
    for (const segment of at) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
        if (!pair) break;
        line = lineAt((pair.key as YamlNode).range?.[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as YamlNode | undefined;
        if (!item) break;
        line = lineAt(item.range?.[0]);
        node = item;
      } else break;
    }
    return line;
  };
  return { doc, lineOf };
}

/** The fields a schema allows at `at`, for "unknown field" messages. */
function allowedKeys(schema: z.ZodType, at: readonly Segment[]): string[] {
  let current: z.ZodType = schema;
  const unwrap = (s: z.ZodType): z.ZodType =>
    s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodNullable
      ? unwrap(s.unwrap() as z.ZodType)
      : s;
  for (const segment of at) {
    current = unwrap(current);
    if (current instanceof z.ZodObject) current = current.shape[String(segment)] as z.ZodType;
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else return [];
  }
  current = unwrap(current);
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

const has = (value: unknown, at: readonly Segment[]): boolean =>
  at.every((segment) => {
    if (value === null || typeof value !== 'object' || !(segment in value)) return false;
    value = (value as Record<string, unknown>)[String(segment)];
    return true;
  });

/** The schema's complaints about one value, phrased with the field and what was expected. */
function schemaProblems(
  schema: z.ZodType,
  value: unknown,
  file: string,
  lineOf: (at: readonly Segment[]) => number | undefined,
  prefix: readonly Segment[] = [],
): { data: unknown; problems: Problem[] } {
  const result = schema.safeParse(value);
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues.flatMap((issue): Problem[] => {
    const at = issue.path.filter((segment): segment is Segment => typeof segment !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      const allowed = allowedKeys(schema, at).join(', ');
      return issue.keys.map((key) => ({
        level: 'error',
        file,
        field: [...at, key].join('.'),
        line: lineOf([...prefix, ...at, key]),
        message: `unknown field "${key}"; expected only: ${allowed} (see docs/authoring.md)`,
      }));
    }
    const missing = !has(value, at);
    return [
      {
        level: 'error',
        file,
        field: at.join('.'),
        line: lineOf([...prefix, ...at]),
        message: missing ? 'missing: expected this required field (see docs/authoring.md)' : issue.message,
      },
    ];
  });
  return { data: undefined, problems };
}

async function filesOf(root: string, base: string, pattern: string): Promise<string[]> {
  const found: string[] = [];
  for await (const name of glob(pattern, { cwd: path.join(root, base) })) found.push(name.split(path.sep).join('/'));
  return found.sort();
}

/** The first line of a YAML error, the reason; the rest is the library's drawing of the place, which the line number gives. */
const yamlReason = (error: Error) => error.message.split('\n')[0] ?? error.name;

const idOf = (name: string) => name.replace(/\.[^./]+$/, '');

/** Reads and checks every content file under `root`. */
export async function loadContent(root: string): Promise<LoadedContent> {
  const problems: Problem[] = [];
  const lines = new Map<string, (at: readonly Segment[]) => number | undefined>();

  async function loadYaml<K extends 'programmes' | 'sections'>(collection: K): Promise<Loaded<Data<K>>[]> {
    const { base, pattern } = contentFiles[collection];
    const entries: Loaded<Data<K>>[] = [];
    for (const name of await filesOf(root, base, pattern)) {
      const filePath = `${base}/${name}`;
      const { doc, lineOf } = yamlLines(await readFile(path.join(root, filePath), 'utf8'), 0);
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
      if (checked.data) entries.push({ id: idOf(name), filePath, data: checked.data as Data<K>, body: '' });
    }
    return entries;
  }

  async function loadMdx<K extends 'measures' | 'translations' | 'pages'>(collection: K): Promise<Loaded<Data<K>>[]> {
    const { base, pattern } = contentFiles[collection];
    const entries: Loaded<Data<K>>[] = [];
    for (const name of await filesOf(root, base, pattern)) {
      const filePath = `${base}/${name}`;
      const text = await readFile(path.join(root, filePath), 'utf8');
      let parsed: ReturnType<typeof parseFrontmatter>;
      try {
        // As @astrojs/mdx does: the frontmatter blanked out, so body lines stay the file's lines.
        parsed = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
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
      const { lineOf } = yamlLines(parsed.rawFrontmatter, 0);
      lines.set(filePath, lineOf);
      const checked = schemaProblems(schemas[collection], parsed.frontmatter, filePath, lineOf);
      problems.push(...checked.problems);
      const syntax = mdxProblem(parsed.content, filePath);
      if (syntax) problems.push(syntax);
      if (checked.data) {
        entries.push({ id: idOf(name), filePath, data: checked.data as Data<K>, body: parsed.content });
      }
    }
    return entries;
  }

  /** A file of items, each with its `id`, as Astro's `file()` loader reads it. */
  async function loadItems<K extends 'administrators' | 'synonyms'>(collection: K): Promise<Loaded<Data<K>>[]> {
    const filePath = contentFiles[collection].file;
    const { doc, lineOf } = yamlLines(await readFile(path.join(root, filePath), 'utf8'), 0);
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
      return data ? [{ id: data.id, filePath, data, body: '', index }] : [];
    });
  }

  const content = {
    programmes: await loadYaml('programmes'),
    administrators: await loadItems('administrators'),
    synonyms: await loadItems('synonyms'),
    sections: await loadYaml('sections'),
    measures: await loadMdx('measures'),
    translations: await loadMdx('translations'),
    pages: await loadMdx('pages'),
  };
  const read = new Set([...content.measures, ...content.translations].map((m) => m.filePath));
  const failed = new Set(problems.map((p) => p.file));
  const strays = (await filesOf(root, contentFiles.measures.base, '**/*'))
    .map((name) => `${contentFiles.measures.base}/${name}`)
    .filter((file) => path.extname(file) !== '' && !path.basename(file).startsWith('_'))
    .filter((file) => !read.has(file) && !failed.has(file));
  for (const file of strays) {
    problems.push({
      level: 'error',
      file,
      field: '',
      message:
        'not read by the site: expected measures/<year>/<language>/<number with dashes>.mdx, e.g. 2023/lv/2-1-2.mdx',
    });
  }
  const lineOf = (file: string, field: string) =>
    field ? lines.get(file)?.(field.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s))) : undefined;
  return { ...content, problems, strays, lineOf };
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

/**
 * One programme year's funding, summarised from the loaded files by the same
 * library the site uses (src/lib/money/summariseFunding.ts); drafts are not counted.
 */
export function programmeSummary(content: LoadedContent, year: string) {
  const measures = content.measures
    .filter((m) => m.id.startsWith(`${year}/`) && !m.data.draft)
    .map((m) => {
      const code = parseMeasureId(m.id)?.code ?? '';
      return {
        code,
        section: parentCode(code) ?? '',
        administrator: m.data.administrator.id,
        amount: m.data.funding.amount,
      };
    });
  const sections = content.sections.flatMap((s) => {
    const parts = parseSectionId(s.id);
    return parts?.year === year ? [{ code: parts.code, parent: parentCode(parts.code) }] : [];
  });
  return summariseFunding(
    measures,
    sections,
    content.administrators.map((a) => a.id),
  );
}
