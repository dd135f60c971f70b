import type { Locale } from '../i18n/locales.ts';
import { paths } from '../i18n/paths.ts';
import { pageOfContentFile } from '../lib/pageOfContentFile.ts';
import type { Problem } from '../lib/validateProgramme.ts';

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
      const page = pageOfContentFile(problem.file);
      const lang = (page?.lang as Locale | undefined) ?? locale;
      const line = problem.line === undefined ? '' : `:${problem.line}`;
      return {
        level: problem.level,
        where: `${problem.file}${line}${problem.field ? ` › ${problem.field}` : ''}`,
        file: problem.file,
        message: problem.message,
        href: page && (page.code ? paths.part(lang, page.year, page.code) : paths.year(lang, page.year)),
      };
    });
}
