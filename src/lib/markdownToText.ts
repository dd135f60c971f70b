/**
 * A measure's Markdown body as plain text for the data files: paragraphs
 * separated by a blank line, list items on lines of their own with their
 * markers ("1) …"), and no Markdown escapes or line wrapping.
 *
 * @example markdownToText('2023\\. gadā\n\n1) a\n2) b') // '2023. gadā\n\n1) a\n2) b'
 */
export function markdownToText(markdown: string): string {
  return markdown
    .trim()
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .split(/\n(?=\d+[.)]\s)/)
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .join('\n'),
    )
    .join('\n\n')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, '$1');
}
