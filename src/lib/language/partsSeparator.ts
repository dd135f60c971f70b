/**
 * Joins a page's other-language parts in its search metadata
 * (src/lib/language/languageParts.ts); the search page splits them at it. Its own
 * module, so the search script bundles nothing else of that code.
 */
export const PARTS_SEPARATOR = '|';
