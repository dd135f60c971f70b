/**
 * Joins a page's other-language parts in the search metadata
 * (src/lib/languageParts.ts); the search page splits them at it. Its own
 * module, so the search script does not bundle the HTML parser.
 */
export const PARTS_SEPARATOR = '|';
