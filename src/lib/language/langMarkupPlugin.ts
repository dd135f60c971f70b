import { parseLangMarkup } from './parseLangMarkup.ts';

/** The hast shapes this plugin reads and writes (a structural subset of `hast`). */
interface Text {
  type: 'text';
  value: string;
}
interface Span {
  type: 'element';
  tagName: 'span';
  properties: { lang: string };
  children: Text[];
}
interface Context {
  replaceNode(node: Readonly<Text>, content: (Text | Span)[]): void;
}

/**
 * Markdown plugin (Sätteri, the processor Astro's MDX uses): turns `:lv[…]` /
 * `:en[…]` in a body into `<span lang="lv">…</span>`, with the same parser as
 * YAML strings and frontmatter (src/lib/language/parseLangMarkup.ts), so one syntax
 * works everywhere. Registered in astro.config.mjs.
 *
 * @example mdx({ processor: satteri({ hastPlugins: [langMarkupPlugin] }) })
 */
export const langMarkupPlugin = {
  name: 'lang-markup',
  text(node: Readonly<Text>, ctx: Context): void {
    const segments = parseLangMarkup(node.value);
    if (segments.every((segment) => segment.lang === undefined)) return;
    ctx.replaceNode(
      node,
      segments.map((segment) =>
        segment.lang
          ? {
              type: 'element',
              tagName: 'span',
              properties: { lang: segment.lang },
              children: [{ type: 'text', value: segment.text }],
            }
          : { type: 'text', value: segment.text },
      ),
    );
  },
};
