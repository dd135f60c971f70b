import { codeToSlug, parentCode } from './codeSlug.ts';
import { compareCodes } from './compareCodes.ts';
import { fromCents, toCents } from './toCents.ts';

/**
 * The rules that no single-entry schema can express: references resolve,
 * numbers match file names, Latvian and English twins agree, and the measures
 * add up to the declared total. Both `npm run check` (reading the files) and
 * every build (reading the collections) run these same rules on plain records.
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
}

export interface ProgrammeRecord {
  id: string;
  file: string;
  year: number;
  declaredTotal: number;
}

export interface SectionRecord {
  id: string;
  file: string;
  code: string;
  programme: string;
  parent: string | undefined;
}

export interface AdministratorRecord {
  id: string;
}

export interface MeasureRecord {
  /** `<year>/<lang>/<slug>`, from the file's path. */
  id: string;
  file: string;
  code: string;
  section: string;
  administrator: string;
  amount: number;
  results: number;
  draft: boolean;
}

export interface ContentRecords {
  programmes: readonly ProgrammeRecord[];
  sections: readonly SectionRecord[];
  administrators: readonly AdministratorRecord[];
  measures: readonly MeasureRecord[];
  /** The site's languages; the first is the authoritative one. */
  languages: readonly string[];
}

/** Splits a measure id (`2023/lv/2-1-2`) into its parts. */
export function parseMeasureId(id: string): { year: string; lang: string; slug: string } | undefined {
  const match = /^(\d{4})\/([a-z]{2})\/([0-9-]+)$/.exec(id);
  if (!match) return undefined;
  const [, year = '', lang = '', slug = ''] = match;
  return { year, lang, slug };
}

const euro = (value: number): string => `${fromCents(toCents(value)).toFixed(2)} EUR`;

export function validateProgramme(records: ContentRecords): Problem[] {
  const problems: Problem[] = [];
  const error = (file: string, field: string, message: string) =>
    problems.push({ level: 'error', file, field, message });
  const warn = (file: string, field: string, message: string) =>
    problems.push({ level: 'warning', file, field, message });

  const programmes = new Map(records.programmes.map((p) => [p.id, p]));
  const sections = new Map(records.sections.map((s) => [s.id, s]));
  const administrators = new Set(records.administrators.map((a) => a.id));
  const [authoritative = 'lv', ...translations] = records.languages;
  const known = (ids: Iterable<string>) => [...ids].join(', ');

  for (const programme of records.programmes) {
    if (String(programme.year) !== programme.id) {
      error(programme.file, 'year', `expected ${programme.id} (the file name), found ${programme.year}`);
    }
  }

  for (const section of records.sections) {
    const [year, slug] = section.id.split('/');
    if (codeToSlug(section.code) !== slug) {
      error(
        section.file,
        'code',
        `expected the number in the file name (${slug?.replaceAll('-', '.')}), found "${section.code}"`,
      );
    }
    if (!programmes.has(section.programme)) {
      error(
        section.file,
        'programme',
        `unknown programme "${section.programme}"; expected one of: ${known(programmes.keys())}`,
      );
    } else if (section.programme !== year) {
      error(section.file, 'programme', `expected "${year}" (the folder it is in), found "${section.programme}"`);
    }
    const expectedParent = parentCode(section.code);
    if (section.parent === undefined) {
      if (expectedParent !== undefined) {
        error(section.file, 'parent', `expected the enclosing chapter "${year}/${codeToSlug(expectedParent)}"`);
      }
    } else if (!sections.has(section.parent)) {
      error(section.file, 'parent', `unknown section "${section.parent}"; expected one of: ${known(sections.keys())}`);
    } else if (section.parent !== `${year}/${codeToSlug(expectedParent ?? '')}`) {
      error(
        section.file,
        'parent',
        `expected "${year}/${codeToSlug(expectedParent ?? '')}" for section ${section.code}, found "${section.parent}"`,
      );
    }
  }

  const byKey = new Map<string, MeasureRecord>();
  const codesSeen = new Map<string, MeasureRecord>();
  for (const measure of records.measures) {
    const parts = parseMeasureId(measure.id);
    if (!parts || !records.languages.includes(parts.lang)) {
      error(
        measure.file,
        '',
        `expected the file at measures/<year>/<${records.languages.join('|')}>/<number with dashes>.mdx`,
      );
      continue;
    }
    const { year, lang, slug } = parts;
    byKey.set(`${year}/${lang}/${slug}`, measure);
    if (codeToSlug(measure.code) !== slug) {
      error(
        measure.file,
        'code',
        `expected "${slug.replaceAll('-', '.')}" to match the file name ${slug}.mdx, found "${measure.code}"`,
      );
    }
    const codeKey = `${year}/${lang}/${measure.code}`;
    const earlier = codesSeen.get(codeKey);
    if (earlier) {
      error(
        measure.file,
        'code',
        `measure number ${measure.code} is already used by ${earlier.file}; expected each number once per year and language`,
      );
    }
    codesSeen.set(codeKey, measure);
    if (!programmes.has(year)) {
      error(measure.file, '', `no programme for ${year}: expected src/content/programmes/${year}.yaml`);
    }
    const section = sections.get(measure.section);
    if (!section) {
      error(
        measure.file,
        'section',
        `unknown section "${measure.section}"; expected one of: ${known(sections.keys())}`,
      );
    } else if (section.programme !== year) {
      error(
        measure.file,
        'section',
        `section "${measure.section}" belongs to ${section.programme}, expected a section of ${year}`,
      );
    } else if (parentCode(measure.code) !== section.code) {
      error(
        measure.file,
        'section',
        `measure ${measure.code} expected to be in section ${parentCode(measure.code) ?? '(none)'}, found ${section.code}`,
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

  // Twins: every translation must agree with the authoritative text on the facts.
  for (const [key, original] of byKey) {
    const { year, lang, slug } = parseMeasureId(key) ?? { year: '', lang: '', slug: '' };
    if (lang !== authoritative) {
      if (!byKey.has(`${year}/${authoritative}/${slug}`)) {
        error(
          original.file,
          '',
          `has no ${authoritative} original: expected src/content/measures/${year}/${authoritative}/${slug}.mdx`,
        );
      }
      continue;
    }
    for (const other of translations) {
      const twin = byKey.get(`${year}/${other}/${slug}`);
      if (!twin) {
        warn(
          original.file,
          '',
          `no ${other} translation yet (src/content/measures/${year}/${other}/${slug}.mdx): the ${other} site shows the ${authoritative} text with a notice`,
        );
        continue;
      }
      const facts: [field: string, a: unknown, b: unknown][] = [
        ['code', original.code, twin.code],
        ['section', original.section, twin.section],
        ['administrator', original.administrator, twin.administrator],
        ['funding.amount', toCents(original.amount), toCents(twin.amount)],
        ['results', original.results, twin.results],
        ['draft', original.draft, twin.draft],
      ];
      for (const [field, a, b] of facts) {
        if (a === b) continue;
        const shown = (value: unknown) =>
          field === 'funding.amount'
            ? euro(fromCents(Number(value)))
            : field === 'results'
              ? `${String(value)} results`
              : JSON.stringify(value);
        error(twin.file, field, `expected ${shown(a)} as in ${original.file}, found ${shown(b)}`);
      }
    }
  }

  // Totals: the published authoritative measures of a year add up to its declared total, in cents.
  // Grouped once, so the cost grows with the number of measures, not measures × years.
  const byYear = Map.groupBy(
    records.measures.filter((m) => parseMeasureId(m.id)?.lang === authoritative),
    (m) => parseMeasureId(m.id)?.year ?? '',
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

/** One line per problem: `file › field: message`, the way editors look for it. */
export function formatProblem(problem: Problem, line?: number): string {
  const where = line === undefined ? problem.file : `${problem.file}:${line}`;
  const field = problem.field ? ` › ${problem.field}` : '';
  return `${problem.level === 'error' ? 'Error' : 'Warning'}: ${where}${field}: ${problem.message}`;
}
