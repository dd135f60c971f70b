import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { Segment } from './schemaProblems.ts';

/**
 * A YAML document with the line of each of its fields, so a problem names the
 * line to open: a key's own line, or a list item's.
 */
export function yamlLines(text: string) {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : counter.linePos(offset).line);
  /** The line of the deepest part of `at` that exists. */
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
