/**
 * The README's layout section is true: every path it names exists. The paths
 * are read from the code block under "## Layout" with a Markdown parser.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { markdownToMdast, type MdastNode } from 'satteri';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../helpers/projectCopy.ts';

const tree = markdownToMdast(readFileSync(path.join(projectRoot, 'README.md'), 'utf8'));
const children = 'children' in tree ? (tree.children as MdastNode[]) : [];
const heading = children.findIndex(
  (node) => node.type === 'heading' && node.children.some((c) => c.type === 'text' && c.value === 'Layout'),
);
const block = children.slice(heading + 1).find((node) => node.type === 'code');
const lines = block?.type === 'code' ? block.value.split('\n') : [];

/** Each entry's path, nested under the folder above it when indented; wildcards and placeholders cut off. */
function layoutPaths(): string[] {
  let folder = '';
  return lines.flatMap((line) => {
    const [name = ''] = line.trim().split(/\s+/);
    const indent = line.length - line.trimStart().length;
    // Two spaces: an entry inside the folder above; more: the previous line's description, wrapped.
    if (indent > 2) return [];
    const indented = indent === 2;
    if (!indented) folder = name.endsWith('/') ? name : '';
    const full = indented ? `${folder}${name}` : name;
    // `measures/2023/lv/*.mdx` stands for its folder; `pages/<lang>/*.mdx` for `pages/`.
    const concrete = full
      .split('/')
      .filter((part, i, parts) => !/[*<]/.test(part) && parts.slice(0, i).every((p) => !/[*<]/.test(p)));
    return concrete.length > 0 ? [concrete.join('/')] : [];
  });
}

describe('README layout section', () => {
  it('lists the project’s main paths', () => {
    expect(layoutPaths()).toEqual(
      expect.arrayContaining(['src/schemas.ts', 'src/content/measures/2023/lv', 'src/data/', 'tests/unit/']),
    );
  });

  it.each(layoutPaths())('names a path that exists: %s', (name) => {
    expect(existsSync(path.join(projectRoot, name))).toBe(true);
  });
});
