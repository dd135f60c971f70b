import { getCollection, type CollectionEntry } from 'astro:content';
import { compareContentPaths } from '#src/lib/content/compareContentPaths.ts';
import { contentPathOf } from '#src/lib/content/contentPath.ts';
import { lookup } from '#src/lib/content/lookup.ts';
import { formatProblem, type Problem } from '#src/lib/content/problem.ts';
import { validateProgramme } from '#src/lib/content/validateProgramme.ts';
import { rankBySubtotal } from '#src/lib/money/rankBySubtotal.ts';
import type { FundingSummary, MeasureFigures } from '#src/lib/money/summariseFunding.ts';
import type { Locale } from '#src/i18n/locales.ts';
import { toRecords } from './records.ts';
import { contentDates } from './contentDates.ts';
import { hasContentFiles } from './contentPresence.ts';
import { computePublications, publicationDates, type Publication, type Publications } from './publications.ts';
import { yearSummary } from './yearSummary.ts';
import { sharedCheck } from '#src/check/shared.ts';

export type Programme = CollectionEntry<'programmes'>;
export type SectionEntry = CollectionEntry<'sections'>;
export type Administrator = CollectionEntry<'administrators'>;
export type MeasureEntry = CollectionEntry<'measures'>;
export type TranslationEntry = CollectionEntry<'translations'>;
export type UpdateEntry = CollectionEntry<'updates'>;

/** A chapter or subsection, with what its path says. */
export interface Section {
  code: string;
  slug: string;
  /** The enclosing chapter's code; undefined for a chapter. */
  parent: string | undefined;
  entry: SectionEntry;
}

/** A measure in every language: the Latvian original owns the facts, translations add text. */
export interface Measure {
  code: string;
  slug: string;
  /** Code of the section it sits in directly (from its number). */
  section: string;
  /** Code of its chapter. */
  chapter: string;
  original: MeasureEntry;
  translations: Partial<Record<Locale, TranslationEntry>>;
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
  /** Measures in document order (drafts only in `npm run dev`). */
  measures: Measure[];
  summary: FundingSummary;
  /**
   * When each content file last changed: once the year has publications, the day
   * of the latest publication that changed it (./publications.ts); before, its last
   * commit (./contentDates.ts); empty without a git history.
   */
  dates: ReadonlyMap<string, string>;
  /** Its publications, oldest first, each with what it changed; empty before the first. */
  publications: Publication[];
  /** The check of its Latvian text against the approved source (src/check/); undefined when none was made. */
  proof: { sha256: string } | undefined;
}

export interface Site {
  /** Programme years, newest first; empty when the content has errors. */
  years: ProgrammeYear[];
  /** Every problem the content rules found; the site is built only when none is an error. */
  problems: Problem[];
}

/** The collections a site is made from, as `getCollection` returns them. */
export interface Collections {
  programmes: Programme[];
  sections: SectionEntry[];
  administrators: Administrator[];
  measures: MeasureEntry[];
  translations: TranslationEntry[];
  updates: UpdateEntry[];
}

/**
 * The programme years from the collections, with the content rules' problems.
 * Never throws for bad content: it returns the problems, and builds no years
 * when any is an error.
 */
export function buildSite(
  collections: Collections,
  {
    showDrafts,
    lenient = false,
    dates = new Map(),
    proofs = new Map(),
    publications = { byYear: new Map(), problems: [], missing: undefined },
  }: {
    showDrafts: boolean;
    lenient?: boolean;
    dates?: ReadonlyMap<string, string>;
    /** The publications and what each changed (./publications.ts). */
    publications?: Publications;
    /** Each year's check of its Latvian text against the approved source. */
    proofs?: ReadonlyMap<number, { sha256: string }>;
  },
): Site {
  const problems = [...validateProgramme(toRecords(collections)), ...publications.problems];
  const build = () => buildYears(collections, showDrafts, dates, proofs, publications);
  if (problems.some((p) => p.level === 'error')) {
    if (!lenient) return { years: [], problems };
    // The preview shows what it can (a total that does not match still has every figure to show);
    // content that cannot be put together at all (an unknown administrator) leaves no years.
    try {
      return { years: build(), problems };
    } catch {
      return { years: [], problems };
    }
  }
  return { years: build(), problems };
}

function buildYears(
  collections: Collections,
  showDrafts: boolean,
  dates: ReadonlyMap<string, string>,
  proofs: ReadonlyMap<number, { sha256: string }>,
  publications: Publications,
): ProgrammeYear[] {
  const administratorById = new Map(collections.administrators.map((a) => [a.id, a]));
  const placed = <E extends { id: string; filePath?: string | undefined }>(entries: readonly E[]) =>
    entries.map((entry) => ({ entry, path: contentPathOf(entry) })).sort((a, b) => compareContentPaths(a.path, b.path));
  const sectionsByYear = Map.groupBy(placed(collections.sections), ({ path }) => path.year);
  const measuresByYear = Map.groupBy(placed(collections.measures), ({ path }) => path.year);
  // A translation never marked done (a scaffold's placeholder text) is not published as one:
  // its pages show the Latvian text with the fallback notice, as for a missing translation.
  const marked = placed(collections.translations.filter((t) => t.data.translates !== undefined));
  const translationsByMeasure = Map.groupBy(marked, ({ path }) => `${path.year} ${path.code}`);

  return placed(collections.programmes)
    .map(({ entry: programme, path: { year = 0 } }): ProgrammeYear => {
      const sections = (sectionsByYear.get(year) ?? []).map(({ entry, path }): Section => ({
        code: path.code ?? '',
        slug: path.slug ?? '',
        parent: path.parent,
        entry,
      }));
      const originals = (measuresByYear.get(year) ?? []).filter(({ entry }) => showDrafts || !entry.data.draft);
      const summary = yearSummary(
        { ...collections, measures: originals.map(({ entry }) => entry), sections: sections.map((s) => s.entry) },
        year,
      );
      const measures = originals.map(({ entry, path }): Measure => {
        const code = path.code ?? '';
        const translations = translationsByMeasure.get(`${year} ${code}`) ?? [];
        return {
          code,
          slug: path.slug ?? '',
          section: path.parent ?? '',
          chapter: path.chapter ?? '',
          original: entry,
          translations: Object.fromEntries(translations.map(({ entry: t, path: p }) => [p.lang, t])),
          administrator: lookup(administratorById, entry.data.administrator.id, 'administrator'),
          figures: entry.data.draft ? undefined : lookup(summary.measures, code, 'figures of measure'),
        };
      });
      const administrators = rankBySubtotal([...administratorById.keys()], summary.administrators).map((id) =>
        lookup(administratorById, id, 'administrator'),
      );
      const published = publications.byYear.get(year) ?? [];
      return {
        year,
        programme,
        sections,
        administrators,
        measures,
        summary,
        // One owner for every date: the publications, once there are any.
        dates: published.length > 0 ? publicationDates(published) : dates,
        publications: published,
        proof: proofs.get(year),
      };
    })
    .sort((a, b) => b.year - a.year);
}

/**
 * Drafts are previewed in `astro dev` only; a build never sees them. The mode,
 * not DEV, decides: DEV follows NODE_ENV, and a stray NODE_ENV=test must not
 * publish drafts.
 */
const showDrafts = import.meta.env.MODE === 'development';

/** The files' dates, read once per process: they change only with a commit. */
let dates: Promise<Map<string, string>> | undefined;

/** Entries in the content's one order (src/lib/content/compareContentPaths.ts), as the file reader lists them too. */
const inContentOrder = <E extends { id: string; filePath?: string | undefined }>(entries: E[]): E[] => {
  const pathOf = new Map(entries.map((entry) => [entry, contentPathOf(entry)]));
  return entries.sort((a, b) => compareContentPaths(pathOf.get(a), pathOf.get(b)));
};

/** Astro's collections, as the site is made from them, in the content's order. */
export async function loadCollections(): Promise<Collections> {
  return {
    programmes: inContentOrder(await getCollection('programmes')),
    sections: inContentOrder(await getCollection('sections')),
    // Items of one file, by id, as the file reader lists them too.
    administrators: (await getCollection('administrators')).sort((a, b) => a.id.localeCompare(b.id, 'en')),
    measures: inContentOrder(await getCollection('measures')),
    translations: inContentOrder(await getCollection('translations')),
    updates: hasContentFiles('updates') ? inContentOrder(await getCollection('updates')) : [],
  };
}

/** When each content file last changed, from the git history read once per process. */
export function siteDates(): Promise<Map<string, string>> {
  return (dates ??= contentDates(process.cwd(), { strict: !import.meta.env.DEV }));
}

/** The publications, computed once per build; in `npm run dev` on every load, as a new note may have been written. */
let publications: Promise<Publications> | undefined;
function sitePublications(updates: readonly UpdateEntry[]): Promise<Publications> {
  const compute = () => computePublications(process.cwd(), updates, { strict: !import.meta.env.DEV });
  return import.meta.env.DEV ? compute() : (publications ??= compute());
}

/** The site and its problems, from Astro's collections. */
export async function loadSite(): Promise<Site> {
  const collections = await loadCollections();
  return buildSite(collections, {
    showDrafts,
    lenient: import.meta.env.DEV,
    dates: await siteDates(),
    publications: await sitePublications(collections.updates),
    // The build checked the content before Astro started; the preview after the last change it saw.
    proofs: (await sharedCheck().current)?.fidelity ?? new Map(),
  });
}

let site: Promise<Site> | undefined;
/** The preview's last programme years that could be put together, shown while the content has errors. */
let lastGood: ProgrammeYear[] = [];

/**
 * The validated, summarised content, loaded once per build and shared by every
 * page. A build has checked the content before Astro started and printed its
 * problems (src/integrations/contentCheck.ts); an error that still reaches here
 * stops it. In `npm run dev` errors never stop a page: the pages show what could
 * be put together (or the last good content) and the banner of
 * src/components/PreviewProblems.astro lists the problems, as `npm run check`
 * words them.
 */
export async function getSite(): Promise<Site> {
  if (import.meta.env.DEV) {
    // Every request reloads, so edits to the content show at once. The problems go to the
    // terminal and the banner from the files on disk (src/data/previewProblems.ts), not from here.
    const loaded = await loadSite();
    if (loaded.years.length > 0) lastGood = loaded.years;
    return { ...loaded, years: loaded.years.length > 0 ? loaded.years : lastGood };
  }
  const loaded = await (site ??= loadSite());
  const errors = loaded.problems.filter((p) => p.level === 'error');
  if (errors.length > 0) {
    throw new Error(`The content has ${errors.length} error(s):\n${errors.map(formatProblem).join('\n')}`);
  }
  return loaded;
}
