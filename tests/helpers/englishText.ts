/**
 * Every English text of the content, as readers see it: YAML and frontmatter
 * strings (the administrators' too), and the prose of MDX bodies (parsed with MDX's own parser, so code,
 * imports and JSX attributes are left out). Language-of-parts markup is kept:
 * tests that look for Latvian letters need to know what is marked.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { createProcessor } from '@mdx-js/mdx';
import { readContent, readFrontmatter, type Parsed } from './contentFiles.ts';

export interface Text {
  where: string;
  text: string;
}

interface Node {
  type: string;
  value?: string;
  children?: Node[];
}

const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(strings)
      : value !== null && typeof value === 'object'
        ? Object.values(value).flatMap(strings)
        : [];
const english = (value: unknown) => strings((value as { en?: unknown } | undefined)?.en);

/** The paragraphs, list items and headings of an MDX body as plain text. */
export function mdxProse(body: string): string[] {
  const tree = createProcessor().parse(body) as Node;
  const blocks: string[] = [];
  const text = (node: Node): string =>
    node.type === 'text'
      ? (node.value ?? '')
      : node.type === 'inlineCode'
        ? ''
        : (node.children ?? []).map(text).join('');
  const walk = (node: Node) => {
    if (node.type === 'paragraph' || node.type === 'heading') blocks.push(text(node));
    else for (const child of node.children ?? []) walk(child);
  };
  walk(tree);
  return blocks.filter((block) => block.trim() !== '');
}

/** Every English text of the content, with where it comes from. */
export async function englishTexts(root: string): Promise<Text[]> {
  const content = await readContent(root);
  const fromMeasure = (m: Parsed): Text[] => [
    ...strings({ title: m.data['title'], results: m.data['results'], notes: m.data['notes'] }).map((text) => ({
      where: `${m.file} › frontmatter`,
      text,
    })),
    ...strings((m.data['funding'] as { note?: unknown } | undefined)?.note).map((text) => ({
      where: `${m.file} › funding.note`,
      text,
    })),
    ...mdxProse(m.body).map((text) => ({ where: `${m.file} › body`, text })),
  ];
  const pagesDir = path.join(root, 'src/content/pages/en');
  const pages = await Promise.all(
    (await readdir(pagesDir))
      .filter((name) => name.endsWith('.mdx'))
      .map(async (name) => {
        const page = await readFrontmatter(root, path.join(pagesDir, name), `en/${name}`);
        return [...strings([page.data['title'], page.data['description']]), ...mdxProse(page.body)].map((text) => ({
          where: page.file,
          text,
        }));
      }),
  );
  // `translates` holds fingerprints per language, not text.
  const texts = (data: Record<string, unknown>) =>
    Object.entries(data).flatMap(([key, value]) => (key === 'translates' ? [] : english(value)));
  return [
    ...content.programmes.flatMap((p) => texts(p.data).map((text) => ({ where: p.file, text }))),
    ...content.programmes.flatMap((p) =>
      english((p.data['approval'] as Record<string, unknown> | undefined)?.['text']).map((text) => ({
        where: `${p.file} › approval`,
        text,
      })),
    ),
    ...content.sections.flatMap((s) => texts(s.data).map((text) => ({ where: s.file, text }))),
    ...(content.administrators.data as unknown as Record<string, unknown>[]).flatMap((a) =>
      texts(a).map((text) => ({ where: content.administrators.file, text })),
    ),
    ...content.measures.filter((m) => m.id.includes('/en/')).flatMap(fromMeasure),
    ...pages.flat(),
  ];
}
