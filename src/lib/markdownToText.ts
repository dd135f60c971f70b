import { mdxToMdast, type MdastNode } from 'satteri';

type Block = { text: string; start: number; end: number };

/** The text of inline content: emphasis, links and entities resolved by the parser, whitespace collapsed. */
function inline(node: MdastNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return ' ';
  // MDX expressions ({…}) and ESM are code, not text.
  if (node.type === 'mdxTextExpression' || node.type === 'mdxFlowExpression' || node.type === 'mdxjsEsm') return '';
  return 'children' in node ? node.children.map((child) => inline(child as MdastNode)).join('') : '';
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The blocks of a tree in order, each a line (or lines, for a list) of plain text with its place in the source. */
function blocks(node: MdastNode, source: string): Block[] {
  const start = node.position?.start.line ?? 0;
  const end = node.position?.end.line ?? start;
  if (node.type === 'root' || node.type === 'blockquote') {
    return node.children.flatMap((child) => blocks(child as MdastNode, source));
  }
  if (node.type === 'list') {
    const lines = node.children.map((item, index) => {
      // The marker as written ("1)" or "1."), read at the place the parser gives for the item.
      const offset = item.position?.start.offset ?? 0;
      const delimiter = node.ordered ? (source[offset + String((node.start ?? 1) + index).length] ?? '.') : '';
      const marker = node.ordered ? `${(node.start ?? 1) + index}${delimiter}` : '-';
      const body = item.children.flatMap((child) => blocks(child as MdastNode, source)).map((b) => b.text);
      return `${marker} ${body.join(' ')}`;
    });
    return [{ text: lines.join('\n'), start, end }];
  }
  if (node.type === 'code') return [{ text: node.value, start, end }];
  const text = collapse(inline(node));
  return text ? [{ text, start, end }] : [];
}

/**
 * A measure's MDX body as plain text for the data files, read by a real
 * Markdown parser (satteri, which @astrojs/mdx uses): paragraphs separated by
 * a blank line where the source has one, list items on lines of their own with
 * their markers ("1) …"), and no Markdown syntax, escapes, entities or line wrapping.
 *
 * @example markdownToText('**2023\\. gadā** [plāns](/x) &amp; c\n\n1) a\n2) b') // '2023. gadā plāns & c\n\n1) a\n2) b'
 */
export function markdownToText(markdown: string): string {
  const list = blocks(mdxToMdast(markdown), markdown);
  return list
    .map((block, index) => {
      const previous = list[index - 1];
      if (!previous) return block.text;
      // A block that follows the previous one on the next line (a list right after "Ievads:") stays next to it.
      return `${block.start > previous.end + 1 ? '\n\n' : '\n'}${block.text}`;
    })
    .join('');
}
