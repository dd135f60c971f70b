/**
 * Every problem `npm run check` reports, in the order it reports them: the
 * files against their places and schemas (./readContent.ts), then the content
 * rules (src/lib/content/validateProgramme.ts) over what the schemas let
 * through, the translations of the bilingual files, and the fidelity of the
 * Latvian text to the approved source. `npm run check`, the build (before
 * Astro starts) and the preview's problem banner all call this, so all three
 * say the same.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { toRecords } from '#src/data/records.ts';
import { defaultLocale, localeCodes } from '#src/i18n/locales.ts';
import { parseContentPath, type ContentPath } from '#src/lib/content/contentPath.ts';
import type { Problem } from '#src/lib/content/problem.ts';
import { validateProgramme } from '#src/lib/content/validateProgramme.ts';
import { checkFidelity, type FidelityResult } from '#src/lib/fidelity/checkFidelity.ts';
import { latvianFragments } from '#src/lib/fidelity/latvianFragments.ts';
import { sourceFile } from '#src/lib/fidelity/sourceFile.ts';
import { inlineEntries, outdatedInline, partialInline } from '#src/lib/translation/inlineTranslations.ts';
import { synonymProblems } from '#src/lib/search/searchTerms.ts';
import { readContent, type LoadedContent } from './readContent.ts';

export interface CheckedContent {
  content: LoadedContent;
  /** Schema problems first, then the rules'; each with the line of its field where there is one. */
  problems: Problem[];
  /** Each programme year's fidelity check, when its content could be read: what the pages state about it. */
  fidelity: Map<number, FidelityResult>;
}

const pathOf = (file: string): ContentPath | undefined => {
  const parsed = parseContentPath(file);
  return parsed.ok ? parsed.path : undefined;
};

/** Reads and checks the content under `root` (a project folder); rejects only when a file cannot be read at all. */
export async function checkContent(root: string): Promise<CheckedContent> {
  const content = await readContent(root);
  // A file its schema refused is left out of the rules; so are the rules it would
  // only trip by its absence (a total without it, a translation without its original).
  const refused = content.problems.map((p) => pathOf(p.file)).filter((p) => p !== undefined);
  const refusedFiles = new Set(refused.map((p) => p.file));
  const refusedMeasures = refused.filter((p) => p.kind === 'measure');
  const refusedYears = new Set(refusedMeasures.filter((p) => p.lang === defaultLocale).map((p) => p.year));
  const sameMeasure = (a: ContentPath, b: ContentPath) => a.year === b.year && a.code === b.code;
  const follows = (problem: Problem) => {
    const where = pathOf(problem.file);
    if (!where) return false;
    if (where.kind === 'programme') return problem.field === 'declaredTotal' && refusedYears.has(where.year);
    if (where.kind !== 'measure') return false;
    // A translation whose original was refused; an original's warning about a refused translation.
    return refusedMeasures.some(
      (other) =>
        sameMeasure(other, where) &&
        (other.lang === defaultLocale || (problem.level === 'warning' && where.lang === defaultLocale)),
    );
  };
  const rules = validateProgramme(toRecords(content))
    .filter((problem) => !follows(problem))
    .map((problem) => ({ ...problem, line: problem.line ?? content.lineOf(problem.file, problem.field) }));
  const entries = inlineEntries(content);
  const inline = [...partialInline(entries, localeCodes), ...outdatedInline(entries, localeCodes)]
    .filter((problem) => !refusedFiles.has(problem.file))
    .map((problem) => ({ ...problem, line: content.lineOf(problem.file, problem.field) }));
  const synonyms = synonymProblems(content.synonyms, content.administrators).map((problem) => ({
    ...problem,
    line: content.lineOf(problem.file, problem.field),
  }));
  const { fidelity, problems: unfaithful } = await checkSources(
    root,
    content,
    // Only the authoritative text is compared, so a refused translation leaves its year's check alone.
    new Set(refused.filter((p) => p.collection !== 'translations').map((p) => p.year)),
  );
  return { content, problems: [...content.problems, ...rules, ...inline, ...synonyms, ...unfaithful], fidelity };
}

/**
 * The Latvian text of each year against its approved source
 * (public/source/programme-<year>.lv.txt), in both directions. A year with a
 * refused file is not compared: its missing text would only repeat that problem.
 */
async function checkSources(
  root: string,
  content: LoadedContent,
  refusedYears: ReadonlySet<number | undefined>,
): Promise<{ fidelity: Map<number, FidelityResult>; problems: Problem[] }> {
  const fidelity = new Map<number, FidelityResult>();
  const problems: Problem[] = [];
  const yearOf = (entry: { filePath: string }) => pathOf(entry.filePath)?.year;
  for (const programme of content.programmes) {
    const year = yearOf(programme);
    if (year === undefined || refusedYears.has(year)) continue;
    const sections = content.sections.filter((s) => yearOf(s) === year);
    const measures = content.measures.filter((m) => yearOf(m) === year && !m.data.draft);
    const source = path.posix.join('public', sourceFile(year));
    let bytes: Buffer;
    try {
      bytes = await readFile(path.join(root, source));
    } catch {
      problems.push({
        level: 'error',
        file: programme.filePath,
        field: '',
        message: `no approved source text for ${year}: expected ${source}, which the Latvian text is checked against`,
      });
      continue;
    }
    const result = checkFidelity(
      bytes,
      latvianFragments({
        programme: { file: programme.filePath, data: programme.data },
        sections: sections.map((s) => ({ file: s.filePath, data: s.data })),
        measures: measures.map((m) => ({ file: m.filePath, data: m.data, body: m.body })),
      }),
    );
    fidelity.set(year, result);
    for (const fragment of result.missing) {
      problems.push({
        level: 'error',
        file: fragment.file,
        field: fragment.field,
        line: content.lineOf(fragment.file, fragment.field),
        message: `the Latvian text “${excerpt(fragment.text, 80)}” is not in the approved source ${source}; expected the source's words exactly (an editorial note is the place for a correction)`,
      });
    }
    if (result.leftover) {
      problems.push({
        level: 'error',
        file: source,
        field: '',
        message: `the approved source has text that no content file holds: “${excerpt(result.leftover, 200)}”; expected every passage of the source in the content`,
      });
    }
  }
  return { fidelity, problems };
}

const excerpt = (text: string, length: number) => (text.length > length ? `${text.slice(0, length)}…` : text);
