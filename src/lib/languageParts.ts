import { DomUtils, parseDocument } from 'htmlparser2';
import { PARTS_SEPARATOR } from './partsSeparator.ts';

/**
 * Pagefind keeps only the text of a page, so a search result would lose the
 * `lang` of a Latvian name quoted in English (or the reverse). These helpers
 * carry it into the index as metadata: under the part's language code, the
 * parts' texts joined by PARTS_SEPARATOR, and under `lang` the language of
 * the whole indexed text when it is not the page's own (an untranslated
 * fallback). The search page marks those texts in its results again.
 */
export { PARTS_SEPARATOR };

export interface LanguageParts {
  /** The `<html lang>` of the page. */
  pageLang: string;
  /** The language of the whole indexed text when it differs from the page's. */
  whole?: string;
  /** Texts in another language than the page's, by that language, each once, in page order. */
  parts: Record<string, string[]>;
}

type ChildNode = ReturnType<typeof parseDocument>['children'][number];
type Element = Extract<ChildNode, { attribs: unknown }>;
const isElement = (node: ChildNode): node is Element => 'attribs' in node;
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What of a page's indexed text (`data-pagefind-body`, less `data-pagefind-ignore`) is in another language. */
export function languageParts(html: string): LanguageParts {
  return read(html).result;
}

function read(html: string): { result: LanguageParts; headEnd: number | undefined } {
  const document = parseDocument(html, { withStartIndices: true, withEndIndices: true });
  const root = DomUtils.findOne((e) => e.name === 'html', document.children);
  const pageLang = root?.attribs['lang'] ?? '';
  const result: LanguageParts = { pageLang, parts: {} };
  const visit = (nodes: ChildNode[], lang: string) => {
    for (const node of nodes.filter(isElement)) {
      if ('data-pagefind-ignore' in node.attribs) continue;
      const own = node.attribs['lang'];
      if (own && own !== lang) {
        const text = squeeze(DomUtils.textContent(node));
        if (text && !text.includes(PARTS_SEPARATOR)) {
          const list = (result.parts[own] ??= []);
          if (!list.includes(text)) list.push(text);
        }
        continue;
      }
      visit(node.children, lang);
    }
  };
  for (const body of DomUtils.findAll((e) => 'data-pagefind-body' in e.attribs, document.children)) {
    const lang = body.attribs['lang'] ?? pageLang;
    if (lang !== pageLang) result.whole = lang;
    visit(body.children, lang);
  }
  // Where the head's closing tag starts, when the page writes one.
  const head = DomUtils.findOne((e) => e.name === 'head', document.children);
  const closing = head?.endIndex == null ? undefined : head.endIndex + 1 - '</head>'.length;
  const headEnd = closing !== undefined && html.startsWith('</head>', closing) ? closing : undefined;
  return { result, headEnd };
}

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The page's HTML as Pagefind should read it: with its language parts
 * (languageParts) as `<meta data-pagefind-meta>` at the end of its head.
 * Only the index sees this; the published page is unchanged.
 */
export function withLanguagePartsMeta(html: string): string {
  const {
    result: { whole, parts },
    headEnd,
  } = read(html);
  const meta = (key: string, value: string) =>
    `<meta data-pagefind-meta="${key}[content]" content="${attribute(value)}">`;
  const tags = [
    ...(whole ? [meta('lang', whole)] : []),
    ...Object.entries(parts).map(([lang, list]) => meta(lang, list.join(PARTS_SEPARATOR))),
  ].join('');
  if (!tags || headEnd === undefined) return html;
  return html.slice(0, headEnd) + tags + html.slice(headEnd);
}
