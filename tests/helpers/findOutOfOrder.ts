import type { Fragment } from '#src/lib/fidelity/latvianFragments.ts';

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The fragments that a page's text does not have in the source's order: each
 * fragment is looked for in `page` from where the previous one (in source
 * order) started, so a text that contains another (the legal basis opens the
 * introduction) may be found in either. Empty when the page covers every
 * fragment in order. Whitespace is collapsed on both sides.
 *
 * @example findOutOfOrder('a b c', 'a b c', [{ file: 'x', field: 'title', text: 'c' }, { file: 'y', field: 'title', text: 'a' }]) // []
 */
export function findOutOfOrder(source: string, page: string, fragments: readonly Fragment[]): Fragment[] {
  const text = collapse(page);
  const from = collapse(source);
  const ordered = fragments
    .map((fragment) => ({ fragment, at: from.indexOf(collapse(fragment.text)) }))
    .sort((a, b) => a.at - b.at);
  const wrong: Fragment[] = [];
  let cursor = 0;
  for (const { fragment } of ordered) {
    const found = text.indexOf(collapse(fragment.text), cursor);
    if (found === -1) wrong.push(fragment);
    else cursor = found;
  }
  return wrong;
}
