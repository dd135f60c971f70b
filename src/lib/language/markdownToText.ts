import { markdownBlocks } from './markdownBlocks.ts';

/**
 * A measure's MDX body as plain text for the data files: paragraphs separated
 * by a blank line, list items on lines of their own with their numbers
 * ("1) …"), and no Markdown escapes, line wrapping or language marks.
 *
 * @example markdownToText('**2023\\. gadā** [plāns](/x) &amp; c\n\n1) a\n2) b') // '2023. gadā plāns & c\n\n1) a\n2) b'
 */
export function markdownToText(markdown: string): string {
  return markdownBlocks(markdown)
    .map((block, i) => {
      const separator = i === 0 ? '' : block.tight ? '\n' : '\n\n';
      const marker = block.item !== undefined ? `${block.item}) ` : block.bullet ? '- ' : '';
      return `${separator}${marker}${block.text}`;
    })
    .join('');
}
