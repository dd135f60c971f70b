/**
 * Every problem `npm run check` reports, in the order it reports them: the
 * files against their schemas (scripts/loadContent.ts), then the content rules
 * (src/lib/content/validateProgramme.ts) over what the schemas let through. Shared by
 * `npm run check` and the preview's problem banner, so both say the same.
 */
import path from 'node:path';
import { loadContent, type LoadedContent } from './loadContent.ts';
import { toRecords } from '#src/data/records.ts';
import { defaultLocale, localeCodes } from '#src/i18n/locales.ts';
import { validateProgramme, type Problem } from '#src/lib/content/validateProgramme.ts';
import { bilingualEntries, outdatedBilingual } from '#src/lib/translation/outdatedBilingual.ts';
import { synonymProblems } from '#src/lib/search/searchTerms.ts';

export interface CheckedContent {
  content: LoadedContent;
  /** Schema problems first, then the rules'; each with the line of its field where there is one. */
  problems: Problem[];
}

/** Reads and checks the content under `root`; rejects only when a file cannot be read at all. */
export async function checkContent(root: string): Promise<CheckedContent> {
  const content = await loadContent(root);
  // A file its schema refused is left out of the rules; so are the rules it would
  // only trip by its absence (a total without it, a translation without its original).
  const refused = new Set(content.problems.map((p) => p.file));
  const refusedYears = new Set(
    [...refused].map((file) => /measures\/(\d{4})\/lv\//.exec(file)?.[1]).filter((year) => year !== undefined),
  );
  const follows = (problem: Problem) =>
    (problem.field === 'declaredTotal' && refusedYears.has(path.basename(problem.file, '.yaml'))) ||
    refused.has(problem.file.replace(/\/[a-z]{2}\/([^/]+)$/, `/${defaultLocale}/$1`)) ||
    (problem.level === 'warning' &&
      localeCodes.some((lang) => refused.has(problem.file.replace(`/${defaultLocale}/`, `/${lang}/`))));
  const rules = validateProgramme(toRecords(content))
    .filter((problem) => !follows(problem))
    .map((problem) => ({ ...problem, line: problem.line ?? content.lineOf(problem.file, problem.field) }));
  const bilingual = outdatedBilingual(bilingualEntries(content), localeCodes)
    .filter((problem) => !refused.has(problem.file))
    .map((problem) => ({ ...problem, line: content.lineOf(problem.file, problem.field) }));
  const synonyms = synonymProblems(content.synonyms, content.administrators).map((problem) => ({
    ...problem,
    line: content.lineOf(problem.file, problem.field),
  }));
  return { content, problems: [...content.problems, ...rules, ...bilingual, ...synonyms] };
}
