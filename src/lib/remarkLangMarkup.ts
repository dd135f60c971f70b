import { parseLangMarkup } from './parseLangMarkup.ts';

/** The few mdast shapes this plugin touches (a structural subset of `mdast`). */
interface Node {
  type: string;
  value?: string;
  children?: Node[];
  data?: Record<string, unknown>;
}

/**
 * Remark plugin: turns `:lv[…]` / `:en[…]` in a Markdown or MDX body into
 * `<span lang="lv">…</span>`, the same markup and the same parser as in YAML
 * strings (src/lib/parseLangMarkup.ts). Registered in astro.config.mjs.
 *
 * @example unified().use(remarkParse).use(remarkLangMarkup)
 */
export function remarkLangMarkup() {
  return (tree: Node) => {
    visit(tree);
  };
}

function visit(node: Node): void {
  if (!node.children) return;
  node.children = node.children.flatMap((child): Node[] => {
    if (child.type !== 'text' || child.value === undefined) {
      visit(child);
      return [child];
    }
    return parseLangMarkup(child.value).map((segment) =>
      segment.lang
        ? {
            type: 'langSpan',
            children: [{ type: 'text', value: segment.text }],
            data: { hName: 'span', hProperties: { lang: segment.lang } },
          }
        : { type: 'text', value: segment.text },
    );
  });
}
