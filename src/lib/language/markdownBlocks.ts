import { mdxToMdast } from 'satteri';
import { stripLangMarkup } from './stripLangMarkup.ts';

/** One paragraph, heading or list item of a body, as the reader reads it. */
export interface MarkdownBlock {
  /** Plain text: escapes undone, line wrapping collapsed, marks (`:lv[…]`, `<Lv>`) taken out. */
  text: string;
  /** The item's number, for an item of a numbered list. */
  item?: number;
  /** True for an item of a bulleted list. */
  bullet?: true;
  /** True when the block starts on the line right after the previous one ends (no blank line between). */
  tight: boolean;
  /** The line it starts on, counted in the text given (a body whose frontmatter is blanked out keeps the file's lines). */
  line: number;
}

/** The mdast shapes read here (a structural subset of `mdast` and `mdast-util-mdx`). */
interface Node {
  type: string;
  value?: string;
  start?: number | null;
  ordered?: boolean | null;
  children?: Node[];
  position?: { start: { line: number }; end: { line: number } };
}

const PROSE = new Set(['text', 'inlineCode']);
const SKIPPED = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'mdxJsxFlowElement', 'code', 'html']);

const textOf = (node: Node): string =>
  PROSE.has(node.type)
    ? (node.value ?? '')
    : node.type === 'break'
      ? ' '
      : SKIPPED.has(node.type)
        ? ''
        : (node.children ?? []).map(textOf).join('');

const clean = (text: string) => stripLangMarkup(text.replace(/\s+/g, ' ').trim());

/**
 * The paragraphs, headings and list items of an MDX body, parsed with the MDX
 * parser Astro itself uses (Sätteri), in document order. Shared by the data
 * files' plain text and the fidelity check, so both read a body the same way.
 *
 * @example markdownBlocks('2023\\. gadā\n\n1) a') // [{ text: '2023. gadā', tight: false, line: 1 }, { text: 'a', item: 1, tight: false, line: 3 }]
 */
export function markdownBlocks(body: string): MarkdownBlock[] {
  const blocks: (Omit<MarkdownBlock, 'tight' | 'line'> & { first: number; last: number })[] = [];
  const lines = (node: Node) => ({ first: node.position?.start.line ?? 0, last: node.position?.end.line ?? 0 });
  const walk = (node: Node) => {
    if (node.type === 'paragraph' || node.type === 'heading') {
      const text = clean(textOf(node));
      if (text) blocks.push({ text, ...lines(node) });
    } else if (node.type === 'list') {
      (node.children ?? []).forEach((item, index) => {
        const text = clean((item.children ?? []).map(textOf).join(' '));
        const number = typeof node.start === 'number' ? node.start + index : index + 1;
        const marker = node.ordered === false ? { bullet: true as const } : { item: number };
        if (text) blocks.push({ text, ...marker, ...lines(item) });
      });
    } else if (!SKIPPED.has(node.type)) {
      for (const child of node.children ?? []) walk(child);
    }
  };
  walk(mdxToMdast(body) as Node);
  return blocks.map(({ text, item, bullet, first }, i) => ({
    text,
    ...(item === undefined ? {} : { item }),
    ...(bullet ? { bullet } : {}),
    tight: i > 0 && first === (blocks[i - 1]?.last ?? 0) + 1,
    line: first,
  }));
}
