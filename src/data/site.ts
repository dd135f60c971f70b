import { getCollection, type CollectionEntry } from 'astro:content';
import { compareCodes } from '../lib/compareCodes.ts';
import { codeToSlug } from '../lib/codeSlug.ts';
import { summariseFunding, type FundingSummary, type MeasureFigures } from '../lib/summariseFunding.ts';
import { formatProblem, parseMeasureId, validateProgramme } from '../lib/validateProgramme.ts';
import { defaultLocale, localeCodes, type Locale } from '../i18n/locales.ts';
import { toRecords } from './records.ts';

export type Programme = CollectionEntry<'programmes'>;
export type Section = CollectionEntry<'sections'>;
export type Administrator = CollectionEntry<'administrators'>;
export type MeasureEntry = CollectionEntry<'measures'>;

/** A measure as one language's pages show it. */
export interface Measure {
  code: string;
  slug: string;
  year: number;
  /** The entry in the page's language, or the Latvian original when there is no translation yet. */
  entry: MeasureEntry;
  /** True when `entry` is the Latvian original standing in for a missing translation. */
  fallback: boolean;
  /** True when every language has a real text of it, so pages may name each other as translations. */
  translated: boolean;
  section: Section;
  administrator: Administrator;
  /** Computed figures; undefined for drafts, which count towards nothing. */
  figures: MeasureFigures | undefined;
}

export interface ProgrammeYear {
  year: number;
  programme: Programme;
  /** Chapters and subsections in document order. */
  sections: Section[];
  /** Administrators, the one with most funding first. */
  administrators: Administrator[];
  /** Measures in document order, per language (drafts only in `npm run dev`). */
  measures: Record<Locale, Measure[]>;
  summary: FundingSummary;
}

export interface Site {
  /** Programme years, newest first. */
  years: ProgrammeYear[];
}

/**
 * Drafts are previewed in `astro dev` only; a build never sees them. The mode,
 * not DEV, decides: DEV follows NODE_ENV, and a stray NODE_ENV=test must not
 * publish drafts.
 */
const showDrafts = import.meta.env.MODE === 'development';

async function loadSite(): Promise<Site> {
  const collections = {
    programmes: await getCollection('programmes'),
    sections: await getCollection('sections'),
    administrators: await getCollection('administrators'),
    measures: await getCollection('measures'),
  };
  const problems = validateProgramme(toRecords(collections));
  const errors = problems.filter((p) => p.level === 'error');
  if (errors.length > 0) {
    throw new Error(`The content has ${errors.length} error(s):\n${errors.map((p) => formatProblem(p)).join('\n')}`);
  }
  for (const warning of problems.filter((p) => p.level === 'warning')) console.warn(formatProblem(warning));

  const sectionById = new Map(collections.sections.map((s) => [s.id, s]));
  const administratorById = new Map(collections.administrators.map((a) => [a.id, a]));
  const administrators = [...collections.administrators];

  // Grouped once by year, so each year's work is proportional to its own content.
  const sectionsByYear = Map.groupBy(collections.sections, (s) => s.data.programme.id);
  const measuresByYear = Map.groupBy(collections.measures, (m) => parseMeasureId(m.id)?.year ?? '');

  const years = collections.programmes
    .map((programme): ProgrammeYear => {
      const year = programme.data.year;
      const sections = [...(sectionsByYear.get(programme.id) ?? [])].sort((a, b) =>
        compareCodes(a.data.code, b.data.code),
      );
      const entries = new Map<string, MeasureEntry>();
      for (const entry of measuresByYear.get(programme.id) ?? []) {
        const parts = parseMeasureId(entry.id);
        if (parts && (showDrafts || !entry.data.draft)) entries.set(`${parts.lang}/${parts.slug}`, entry);
      }
      const originals = [...entries.entries()]
        .filter(([key]) => key.startsWith(`${defaultLocale}/`))
        .map(([, entry]) => entry)
        .sort((a, b) => compareCodes(a.data.code, b.data.code));
      const published = originals.filter((m) => !m.data.draft);
      const summary = summariseFunding(
        published.map((m) => ({
          code: m.data.code,
          section: sectionById.get(m.data.section.id)?.data.code ?? '',
          administrator: m.data.administrator.id,
          amount: m.data.funding.amount,
        })),
        sections.map((s) => ({
          code: s.data.code,
          parent: s.data.parent ? sectionById.get(s.data.parent.id)?.data.code : undefined,
        })),
        administrators.map((a) => a.id),
      );
      const measures = Object.fromEntries(
        localeCodes.map((locale) => [
          locale,
          originals.map((original): Measure => {
            const slug = codeToSlug(original.data.code);
            const translated = entries.get(`${locale}/${slug}`);
            const entry = translated ?? original;
            const section = sectionById.get(original.data.section.id);
            const administrator = administratorById.get(original.data.administrator.id);
            if (!section || !administrator) throw new Error(`Unresolved reference in ${original.filePath}`);
            return {
              code: original.data.code,
              slug,
              year,
              entry,
              fallback: translated === undefined,
              translated: localeCodes.every((code) => entries.has(`${code}/${slug}`)),
              section,
              administrator,
              figures: summary.measures.get(original.data.code),
            };
          }),
        ]),
      ) as Record<Locale, Measure[]>;
      // Largest first: the order of the summaries, and the order the 2023 programme itself names them in.
      const ranked = [...administrators].sort(
        (a, b) =>
          (summary.administrators.get(b.id)?.total ?? 0) - (summary.administrators.get(a.id)?.total ?? 0) ||
          a.id.localeCompare(b.id),
      );
      return { year, programme, sections, administrators: ranked, measures, summary };
    })
    .sort((a, b) => b.year - a.year);
  return { years };
}

let site: Promise<Site> | undefined;

/** The validated, summarised content, loaded once per build and shared by every page. */
export function getSite(): Promise<Site> {
  // In `astro dev` every request reloads, so edits to the content show at once.
  if (import.meta.env.DEV) return loadSite();
  site ??= loadSite();
  return site;
}
