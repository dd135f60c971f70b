import { Parser } from 'htmlparser2';

/**
 * Elements Pagefind leaves out wherever they are (its parser's REMOVE_SELECTORS,
 * pagefind/src/fossick/parser.rs).
 */
const REMOVED = new Set([
  'head',
  'style',
  'script',
  'noscript',
  'label',
  'form',
  'svg',
  'footer',
  'nav',
  'iframe',
  'template',
]);

/**
 * Block elements whose text Pagefind separates from its neighbours (its
 * SENTENCE_SELECTORS); around any other element, text runs on without a space,
 * as Pagefind reads it ("<dt>a</dt><dd>b</dd>" is the one word "ab").
 */
const BLOCKS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'td', 'div', 'ul', 'li', 'article', 'section']);

/** A page's language and the text Pagefind indexes of it. */
export interface IndexedText {
  /** The page's `<html lang>`, lower case, as Pagefind files it. */
  lang: string;
  text: string;
}

/**
 * The text Pagefind indexes of a page: what is inside `data-pagefind-body`,
 * without `data-pagefind-ignore` parts and the elements Pagefind never
 * indexes, spaced as Pagefind spaces it. Undefined for a page without a body,
 * which Pagefind skips when other pages have one (as this site's do).
 * Read with htmlparser2, so only real elements count.
 *
 * @example indexedText('<html lang="lv"><main data-pagefind-body><p>Bērni</p><p data-pagefind-ignore>x</p></main></html>')
 * // { lang: 'lv', text: ' Bērni  ' }
 */
export function indexedText(html: string): IndexedText | undefined {
  let lang = '';
  let found = false;
  const parts: string[] = [];
  /** Whether each open element is indexed: inside a body and not left out. */
  const open: boolean[] = [];
  const indexed = () => open.at(-1) ?? false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'html' && attributes['lang']) lang = attributes['lang'].toLowerCase();
        const body = 'data-pagefind-body' in attributes;
        if (body) found = true;
        const left = REMOVED.has(name) || 'data-pagefind-ignore' in attributes;
        const state = !left && (body || indexed());
        if (state && (BLOCKS.has(name) || name === 'br')) parts.push(' ');
        open.push(state);
      },
      ontext(text) {
        if (indexed()) parts.push(text);
      },
      // htmlparser2 closes void and implied elements too, so the stack stays in step.
      onclosetag(name) {
        if (open.pop() && BLOCKS.has(name)) parts.push(' ');
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return found ? { lang, text: parts.join('') } : undefined;
}
