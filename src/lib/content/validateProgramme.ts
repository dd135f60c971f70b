import { compareCodes } from '#src/lib/codes/compareCodes.ts';
import { contentFile, type ContentPath } from './contentPath.ts';
import type { Problem } from './problem.ts';
import { fromCents, toCents } from '#src/lib/money/toCents.ts';

/**
 * The rules that no single-entry schema can express: references resolve,
 * translations have as many results as the Latvian text, numbers are unique,
 * and the measures add up to the declared total. `npm run check`, the build
 * and the preview run these same rules on plain records. What a path states
 * (year, language, number, section) is read by src/lib/content/contentPath.ts
 * and never also a field, so there are no copies to compare; a path that
 * states nothing valid never reaches the rules.
 */

export interface ProgrammeRecord {
  path: ContentPath;
  declaredTotal: number;
}

export interface SectionRecord {
  path: ContentPath;
}

export interface MeasureRecord {
  path: ContentPath;
  administrator: string;
  amount: number;
  results: number;
  draft: boolean;
  /** The fingerprint of its translatable text (src/lib/translation/translationStamp.ts). */
  stamp: string;
}

export interface TranslationRecord {
  path: ContentPath;
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
  /** The change notes of publications (the day and its number come from the name). */
  updates: readonly { path: ContentPath }[];
  /** The site's languages; the first is the authoritative one. */
  languages: readonly string[];
}

const euro = (value: number): string => `${fromCents(toCents(value)).toFixed(2)} EUR`;

export function validateProgramme(records: ContentRecords): Problem[] {
  const problems: Problem[] = [];
  const error = (file: string, field: string, message: string) =>
    problems.push({ level: 'error', file, field, message });
  const [authoritative = '', ...translated] = records.languages;
  /** Where a numbered part of a year is: `2023 2.1`. */
  const key = (path: ContentPath) => `${path.year} ${path.code ?? ''}`;
  const programmes = new Set(records.programmes.map((p) => p.path.year));
  const sectionFiles = new Map(records.sections.map((s) => [key(s.path), s.path.file]));
  const administrators = new Set(records.administrators.map((a) => a.id));
  const known = (ids: Iterable<string>) => [...ids].join(', ');
  const noProgramme = (path: ContentPath) =>
    error(path.file, '', `no programme for ${path.year}: expected ${contentFile.programme(path.year ?? '')}`);
  const sectionFile = (year: number | undefined, code: string) => contentFile.section(year ?? '', code);

  // A day's publications are numbered from its first (`<day>.yaml`, `<day>-2.yaml`, …) without gaps.
  const days = Map.groupBy(records.updates, ({ path }) => `${path.year} ${path.publication?.date ?? ''}`);
  for (const notes of days.values()) {
    const numbers = new Set(notes.map(({ path }) => path.publication?.sequence ?? 1));
    for (const { path } of notes) {
      const { date = '', sequence = 1 } = path.publication ?? {};
      if (sequence > 1 && !numbers.has(sequence - 1)) {
        const before = contentFile.update(path.year ?? '', date, sequence - 1);
        error(
          path.file,
          '',
          `publication ${sequence} of ${date} comes after publication ${sequence - 1}: expected ${before}`,
        );
      }
    }
  }
  for (const { path } of records.updates) if (!programmes.has(path.year)) noProgramme(path);

  for (const { path } of records.sections) {
    if (!programmes.has(path.year)) noProgramme(path);
    if (path.parent !== undefined && !sectionFiles.has(`${path.year} ${path.parent}`)) {
      error(
        path.file,
        '',
        `section ${path.code} is inside chapter ${path.parent}: expected ${sectionFile(path.year, path.parent)}`,
      );
    }
  }

  const originals = new Map<string, MeasureRecord>();
  for (const measure of records.measures) {
    const { path } = measure;
    originals.set(key(path), measure);
    if (!programmes.has(path.year)) noProgramme(path);
    const section = path.parent ?? '';
    const twin = sectionFiles.get(key(path));
    if (twin !== undefined) {
      // Both would have one address, /<lang>/<year>/<number>/, and one place in the document.
      error(
        path.file,
        '',
        `measure ${path.code} has the number of section ${path.code} (${twin}): a measure and a section cannot share a number; expected another number for one of them`,
      );
    }
    if (!sectionFiles.has(`${path.year} ${section}`)) {
      error(
        path.file,
        '',
        `measure ${path.code} belongs in section ${section}: expected ${sectionFile(path.year, section)} (known: ${known(records.sections.map((s) => `${s.path.year}/${s.path.slug}`))})`,
      );
    }
    if (!administrators.has(measure.administrator)) {
      error(
        path.file,
        'administrator',
        `unknown administrator "${measure.administrator}"; expected one of: ${known(administrators)}`,
      );
    }
  }

  const translationsOf = new Set<string>();
  for (const translation of records.translations) {
    const { path } = translation;
    translationsOf.add(`${key(path)} ${path.lang}`);
    const original = originals.get(key(path));
    const originalFile = contentFile.measure(path.year ?? '', authoritative, path.code ?? '');
    if (!original) {
      error(path.file, '', `has no ${authoritative} original: expected ${originalFile}`);
    } else if (original.results !== translation.results) {
      error(
        path.file,
        'results',
        `expected ${original.results} results as in ${original.path.file}, found ${translation.results} results`,
      );
    } else if (translation.translates === undefined) {
      // Never marked done: a scaffold's placeholder text must not pass for a translation.
      problems.push({
        level: 'warning',
        file: path.file,
        field: 'translates',
        message: `not yet translated: never marked as translating ${original.path.file}, so the ${path.lang} site shows the ${authoritative} text with a notice; expected the translation to be written, then npm run translations -- --done ${path.year}/${path.slug}`,
      });
    } else if (translation.translates !== original.stamp) {
      // A warning, not an error: the Latvian text is the authoritative one, and publishing must stay possible.
      problems.push({
        level: 'warning',
        file: path.file,
        field: 'translates',
        message: `outdated: the ${authoritative} text in ${original.path.file} has changed since this translation was made; expected the translation to be reviewed, then npm run translations -- --done ${path.year}/${path.slug}`,
      });
    }
  }

  for (const [where, original] of originals) {
    const { year } = original.path;
    for (const lang of translated) {
      if (translationsOf.has(`${where} ${lang}`)) continue;
      problems.push({
        level: 'warning',
        file: original.path.file,
        field: '',
        message: `no ${lang} translation yet (${contentFile.measure(year ?? '', lang, original.path.code ?? '')}): the ${lang} site shows the ${authoritative} text with a notice`,
      });
    }
  }

  // Totals: the published measures of a year add up to its declared total, in cents.
  // Grouped once, so the cost grows with the number of measures, not measures × years.
  const byYear = Map.groupBy(originals.values(), (m) => m.path.year);
  for (const programme of records.programmes) {
    const own = [...(byYear.get(programme.path.year) ?? [])].sort((a, b) =>
      compareCodes(a.path.code ?? '', b.path.code ?? ''),
    );
    const published = own.filter((m) => !m.draft);
    const drafts = own.filter((m) => m.draft);
    const cents = published.reduce((sum, m) => sum + toCents(m.amount), 0);
    const declared = toCents(programme.declaredTotal);
    if (cents !== declared) {
      const difference = Math.abs(cents - declared);
      const parts = published.map((m) => `${m.path.code}: ${fromCents(toCents(m.amount))}`).join(' + ');
      const draftNote = drafts.length
        ? ` (${drafts.length} draft measure(s) not counted: ${drafts.map((m) => m.path.code).join(', ')})`
        : '';
      error(
        programme.path.file,
        'declaredTotal',
        `expected the published measures to add up to the declared total ${euro(programme.declaredTotal)}, ` +
          `but ${parts} = ${euro(fromCents(cents))}, which is ${euro(fromCents(difference))} ${cents > declared ? 'more' : 'less'}${draftNote}`,
      );
    }
  }

  return problems;
}
