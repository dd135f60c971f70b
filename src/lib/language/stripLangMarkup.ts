import { parseLangMarkup } from './parseLangMarkup.ts';

/**
 * The plain text of content with language-of-parts markup (`:lv[…]`), for
 * places that cannot hold a `lang` attribute: `<title>`, meta tags, JSON-LD,
 * search metadata and the CSV/JSON exports. Strings are stripped; arrays and
 * plain objects are stripped all the way down; anything else is returned as is.
 *
 * @example stripLangMarkup('Study “:lv[Pētījums]”') // 'Study “Pētījums”'
 * @example stripLangMarkup({ title: [':lv[A]'] }) // { title: ['A'] }
 */
export function stripLangMarkup<T>(value: T): T {
  if (typeof value === 'string') {
    return parseLangMarkup(value)
      .map((segment) => segment.text)
      .join('') as T;
  }
  if (Array.isArray(value)) return value.map((item: unknown) => stripLangMarkup(item)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, stripLangMarkup(item)])) as T;
  }
  return value;
}
