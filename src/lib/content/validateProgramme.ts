import { codeToSlug, parentCode, slugToCode } from '#src/lib/codes/codeSlug.ts';
import { compareCodes } from '#src/lib/codes/compareCodes.ts';
import { fromCents, toCents } from '#src/lib/money/toCents.ts';

/**
 * The rules that no single-entry schema can express: file names are numbers,
 * references resolve, translations have as many results as the Latvian text,
 * and the measures add up to the declared total. `npm run check` (reading the
 * files) and every build (reading the collections) run these same rules on
 * plain records. What a path states (year, language, number, section) is never
 * also a field, so there are no copies to compare.
 */

/** One problem found in the content, phrased for the person who edits it. */
export interface Problem {
  level: 'error' | 'warning';
  /** Path of the file to open, relative to the project. */
  file: string;
  /** Field inside the file, dotted (`funding.amount`); empty for the file as a whole. */
  field: string;
  /** What is wrong and what was expected. */
  message: string;
  /** Line in the file, when known. */
  line?: number | undefined;
}

export interface ProgrammeRecord {
  /** The file name: the year. */
  id: string;
  file: string;
  declaredTotal: number;
}

export interface SectionRecord {
  /** `<year>/<number with dashes>`, from the file's path. */
  id: string;
  file: string;
}

export interface MeasureRecord {
  /** `<year>/<lang>/<number with dashes>`, from the file's path. */
  id: string;
  file: string;
  administrator: string;
  amount: number;
  results: number;
  draft: boolean;
  /** The fingerprint of its translatable text (src/lib/translation/translationStamp.ts). */
  stamp: string;
}

export interface TranslationRecord {
  /** `<year>/<lang>/<number with dashes>`, from the file's path. */
  id: string;
  file: string;
  results: number;
  /** The fingerprint of the original text it was made from; undefined when never marked done. */
  translates: string | undefined;
}

export interface ContentRecords {
  programmes: readonly ProgrammeRecord[];
  sections: readonly SectionRecord[];
  administrators: readonly { id: string }[];
  /** The measures in the authoritative language, which own the facts. */
  measures: readonly MeasureRecord[];
  /** Their translations: text only. */
  translations: readonly TranslationRecord[];
  /** The site's languages; the first is the authoritative one. */
  languages: readonly string[];
}

/** The parts of a measure's id (`2023/lv/2-1-2`): year, language, file name and measure number. */
export interface MeasureId {
  year: string;
  lang: string;
  slug: string;
  code: string;
}

/**
 * Reads a measure's id, which is its path under src/content/measures.
 *
 * @example parseMeasureId('2023/lv/2-1-2') // { year: '2023', lang: 'lv', slug: '2-1-2', code: '2.1.2' }
 */
export function parseMeasureId(id: string): MeasureId | undefined {
  const match = /^(\d{4})\/([a-z]{2})\/(\d+(?:-\d+)+)$/.exec(id);
  if (!match) return undefined;
  const [, year = '', lang = '', slug = ''] = match;
  return { year, lang, slug, code: slugToCode(slug) };
}

/**
 * Reads a section's id, which is its path under src/content/sections.
 *
 * @example parseSectionId('2023/2-1') // { year: '2023', slug: '2-1', code: '2.1' }
 */
export function parseSectionId(id: string): { year: string; slug: string; code: string } | undefined {
  const match = /^(\d{4})\/(\d+(?:-\d+)*)$/.exec(id);
  if (!match) return undefined;
  const [, year = '', slug = ''] = match;
  return { year, slug, code: slugToCode(slug) };
}

const euro = (value: number): string => `${fromCents(toCents(value)).toFixed(2)} EUR`;

export function validateProgramme(records: ContentRecords): Problem[] {
  const problems: Problem[] = [];
  const error = (file: string, field: string, message: string) =>
    problems.push({ level: 'error', file, field, message });
  const [authoritative = 'lv', ...translated] = records.languages;
  const programmes = new Set(records.programmes.map((p) => p.id));
  const sections = new Set(records.sections.map((s) => s.id));
  const administrators = new Set(records.administrators.map((a) => a.id));
  const known = (ids: Iterable<string>) => [...ids].join(', ');
  const noProgramme = (file: string, year: string) =>
    error(file, '', `no programme for ${year}: expected src/content/programmes/${year}.yaml`);

  for (const programme of records.programmes) {
    if (!/^\d{4}$/.test(programme.id)) {
      error(programme.file, '', 'expected the file to be named after its year, e.g. src/content/programmes/2023.yaml');
    }
  }

  for (const section of records.sections) {
    const parts = parseSectionId(section.id);
    if (!parts) {
      error(
        section.file,
        '',
        'expected the file at sections/<year>/<number with dashes>.yaml, e.g. sections/2023/2-1.yaml',
      );
      continue;
    }
    if (!programmes.has(parts.year)) noProgramme(section.file, parts.year);
    const parent = parentCode(parts.code);
    if (parent !== undefined && !sections.has(`${parts.year}/${codeToSlug(parent)}`)) {
      error(
        section.file,
        '',
        `section ${parts.code} is inside chapter ${parent}: expected src/content/sections/${parts.year}/${codeToSlug(parent)}.yaml`,
      );
    }
  }

  const originals = new Map<string, MeasureRecord>();
  for (const measure of records.measures) {
    const parts = parseMeasureId(measure.id);
    if (!parts || parts.lang !== authoritative) {
      error(
        measure.file,
        '',
        `expected the file at measures/<year>/${authoritative}/<number with dashes>.mdx, e.g. measures/2023/${authoritative}/2-1-2.mdx`,
      );
      continue;
    }
    originals.set(`${parts.year}/${parts.slug}`, measure);
    if (!programmes.has(parts.year)) noProgramme(measure.file, parts.year);
    const section = parentCode(parts.code) ?? '';
    if (!sections.has(`${parts.year}/${codeToSlug(section)}`)) {
      error(
        measure.file,
        '',
        `measure ${parts.code} belongs in section ${section}: expected src/content/sections/${parts.year}/${codeToSlug(section)}.yaml (known: ${known(sections)})`,
      );
    }
    if (!administrators.has(measure.administrator)) {
      error(
        measure.file,
        'administrator',
        `unknown administrator "${measure.administrator}"; expected one of: ${known(administrators)}`,
      );
    }
  }

  const translationsOf = new Set<string>();
  for (const translation of records.translations) {
    const parts = parseMeasureId(translation.id);
    if (!parts || !translated.includes(parts.lang)) {
      error(
        translation.file,
        '',
        `expected the file at measures/<year>/<${translated.join('|')}>/<number with dashes>.mdx`,
      );
      continue;
    }
    translationsOf.add(translation.id);
    const original = originals.get(`${parts.year}/${parts.slug}`);
    if (!original) {
      error(
        translation.file,
        '',
        `has no ${authoritative} original: expected src/content/measures/${parts.year}/${authoritative}/${parts.slug}.mdx`,
      );
    } else if (original.results !== translation.results) {
      error(
        translation.file,
        'results',
        `expected ${original.results} results as in ${original.file}, found ${translation.results} results`,
      );
    } else if (translation.translates === undefined) {
      // Never marked done: a scaffold's placeholder text must not pass for a translation.
      problems.push({
        level: 'warning',
        file: translation.file,
        field: 'translates',
        message: `not yet translated: never marked as translating ${original.file}, so the ${parts.lang} site shows the ${authoritative} text with a notice; expected the translation to be written, then npm run translations -- --done ${parts.year}/${parts.slug}`,
      });
    } else if (translation.translates !== original.stamp) {
      // A warning, not an error: the Latvian text is the authoritative one, and publishing must stay possible.
      problems.push({
        level: 'warning',
        file: translation.file,
        field: 'translates',
        message: `outdated: the ${authoritative} text in ${original.file} has changed since this translation was made; expected the translation to be reviewed, then npm run translations -- --done ${parts.year}/${parts.slug}`,
      });
    }
  }

  for (const [key, original] of originals) {
    const [year, slug] = key.split('/');
    for (const lang of translated) {
      if (translationsOf.has(`${year}/${lang}/${slug}`)) continue;
      problems.push({
        level: 'warning',
        file: original.file,
        field: '',
        message: `no ${lang} translation yet (src/content/measures/${year}/${lang}/${slug}.mdx): the ${lang} site shows the ${authoritative} text with a notice`,
      });
    }
  }

  // Totals: the published measures of a year add up to its declared total, in cents.
  // Grouped once, so the cost grows with the number of measures, not measures × years.
  const byYear = Map.groupBy(
    [...originals.values()].map((m) => ({ ...m, code: parseMeasureId(m.id)?.code ?? '' })),
    (m) => m.id.slice(0, 4),
  );
  for (const programme of records.programmes) {
    const own = [...(byYear.get(programme.id) ?? [])].sort((a, b) => compareCodes(a.code, b.code));
    const published = own.filter((m) => !m.draft);
    const drafts = own.filter((m) => m.draft);
    const cents = published.reduce((sum, m) => sum + toCents(m.amount), 0);
    const declared = toCents(programme.declaredTotal);
    if (cents !== declared) {
      const difference = Math.abs(cents - declared);
      const parts = published.map((m) => `${m.code}: ${fromCents(toCents(m.amount))}`).join(' + ');
      const draftNote = drafts.length
        ? ` (${drafts.length} draft measure(s) not counted: ${drafts.map((m) => m.code).join(', ')})`
        : '';
      error(
        programme.file,
        'declaredTotal',
        `expected the published measures to add up to the declared total ${euro(programme.declaredTotal)}, ` +
          `but ${parts} = ${euro(fromCents(cents))}, which is ${euro(fromCents(difference))} ${cents > declared ? 'more' : 'less'}${draftNote}`,
      );
    }
  }

  return problems;
}

/** One line per problem: `file:line › field: message`, the way editors look for it. */
export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const field = problem.field ? ` › ${problem.field}` : '';
  return `${problem.level === 'error' ? 'Error' : 'Warning'}: ${where}${field}: ${problem.message}`;
}
