/**
 * The text of a translation file with its `translates` fingerprint set: the
 * line replaced when there is one, added at the end of the frontmatter when
 * not. Everything else in the file stays byte for byte as staff wrote it,
 * which rewriting the YAML through a parser would not promise.
 *
 * @example setTranslates('---\ntitle: "T"\n---\nText\n', 'abc123') // '---\ntitle: "T"\ntranslates: abc123\n---\nText\n'
 */
export function setTranslates(text: string, stamp: string): string {
  const lines = text.split('\n');
  if (lines[0] !== '---') throw new Error('expected the file to start with its frontmatter (---)');
  const end = lines.indexOf('---', 1);
  if (end === -1) throw new Error('expected the frontmatter to end with a line of ---');
  const line = `translates: ${stamp}`;
  const at = lines.slice(1, end).findIndex((l) => l.startsWith('translates:'));
  if (at === -1) lines.splice(end, 0, line);
  else lines[at + 1] = line;
  return lines.join('\n');
}
