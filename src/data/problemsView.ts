import type { Locale } from '#src/i18n/locales.ts';
import { paths } from '#src/i18n/paths.ts';
import { parseContentPath, type ContentPath } from '#src/lib/content/contentPath.ts';
import type { Problem } from '#src/lib/content/problem.ts';

/** One line of the preview's problem banner. */
export interface ProblemItem {
  level: Problem['level'];
  /** `file:line › field`, as `npm run check` writes it. */
  where: string;
  /** The file, relative to the project. */
  file: string;
  message: string;
  /** The page of the measure, section or programme concerned, in the page's language when it has one. */
  href: string | undefined;
}

/** The banner's lines, errors first, each linked to the page its file is shown on. */
export function problemsView(problems: readonly Problem[], locale: Locale): ProblemItem[] {
  return [...problems]
    .sort((a, b) => Number(a.level === 'warning') - Number(b.level === 'warning'))
    .map((problem) => {
      const parsed = parseContentPath(problem.file);
      const place = parsed.ok ? parsed.path : undefined;
      const lang = place?.lang ?? locale;
      const line = problem.line === undefined ? '' : `:${problem.line}`;
      return {
        level: problem.level,
        where: `${problem.file}${line}${problem.field ? ` › ${problem.field}` : ''}`,
        file: problem.file,
        message: problem.message,
        href: hrefOf(place, lang),
      };
    });
}

/** The page a content file is shown on: its measure's or section's, or its programme's; none for other files. */
function hrefOf(place: ContentPath | undefined, lang: Locale): string | undefined {
  if (place?.year === undefined) return undefined;
  return place.code === undefined ? paths.year(lang, place.year) : paths.part(lang, place.year, place.code);
}
