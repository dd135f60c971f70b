import { compareCodes } from '#src/lib/codes/compareCodes.ts';
import { localeCodes } from '#src/i18n/locales.ts';
import type { ContentPath } from './contentPath.ts';

const rank = (lang: string | undefined) => (lang === undefined ? -1 : localeCodes.indexOf(lang as never));

/**
 * The content's one order: by year, then number in the document's order
 * (1.4 before 2, 2.1.3 before 2.2), then language in the locale table's order,
 * then file. Astro's collections and the file reader list entries in different
 * orders; everything that lists them sorts with this. Unreadable paths go last.
 *
 * @example compareContentPaths(measure('2023/lv/1-4'), measure('2023/lv/2')) // < 0
 */
export function compareContentPaths(a: ContentPath | undefined, b: ContentPath | undefined): number {
  if (!a || !b) return Number(!a) - Number(!b);
  return (
    (a.year ?? 0) - (b.year ?? 0) ||
    compareCodes(a.code ?? '', b.code ?? '') ||
    rank(a.lang) - rank(b.lang) ||
    (a.publication?.date ?? '').localeCompare(b.publication?.date ?? '', 'en') ||
    (a.publication?.sequence ?? 0) - (b.publication?.sequence ?? 0) ||
    (a.slug ?? '').localeCompare(b.slug ?? '', 'en') ||
    a.file.localeCompare(b.file, 'en')
  );
}
