/**
 * Where every translation stands against its Latvian original: the one list
 * that `npm run translations` prints and marks, and that the preview's staff
 * page shows (src/data/translationReport.ts), so the two never disagree. Plain
 * data from the collections, from Astro's entries or src/check/readContent.ts's.
 */
import { defaultLocale, localeCodes, type Locale } from '#src/i18n/locales.ts';
import { compareCodes } from '#src/lib/codes/compareCodes.ts';
import { inlineEntries, inlineStatus, type Translates } from '#src/lib/translation/inlineTranslations.ts';
import { inlineStamp } from '#src/lib/translation/translationStamp.ts';
import { translationStatus, type TranslationStatus } from '#src/lib/translation/translationStatus.ts';
import { contentFile, contentPathOf } from '#src/lib/content/contentPath.ts';
import { measureStamp } from './records.ts';

/** The page a translated entry is shown on, whatever the language. */
export type TranslationTarget =
  | { kind: 'measure' | 'section'; year: number; code: string }
  | { kind: 'programme'; year: number }
  | { kind: 'update'; year: number; slug: string }
  | { kind: 'administrator'; id: string };

/** One translation of one entry into one language. */
export interface TranslationRow {
  /** What `npm run translations -- --done` calls the entry: `2023/2-1-2`, `2023/2-1`, `2023`, `administrators/ministry`. */
  key: string;
  lang: Locale;
  status: TranslationStatus;
  /** The file whose Latvian text is translated. */
  original: string;
  /** The file that holds the translation (the same file for a bilingual entry). */
  file: string;
  /** The dotted field of the file that records what it translates. */
  field: string;
  /** The fingerprint of the Latvian text as it is now, which marking the translation done records. */
  stamp: string;
  /** When the Latvian text last changed (ISO), for an outdated translation whose change is committed. */
  since: string | undefined;
  target: TranslationTarget;
}

interface Entry<D> {
  id: string;
  filePath?: string | undefined;
  data: D;
  body?: string | undefined;
}
type YamlData = Record<string, unknown> & { translates?: Translates };

/**
 * Every translatable entry in every language but Latvian: the measures, then
 * the programme, sections and administrators. An administrator's `field` counts
 * its place in the collection, which is its place in the file when the entries
 * come from src/check/readContent.ts, as `npm run translations -- --done` reads them.
 */
export function translationRows(
  collections: {
    programmes: readonly Entry<YamlData>[];
    sections: readonly Entry<YamlData>[];
    administrators: readonly Entry<YamlData>[];
    updates: readonly Entry<YamlData>[];
    measures: readonly Entry<Parameters<typeof measureStamp>[0]['data']>[];
    translations: readonly Entry<{ translates?: string | undefined }>[];
  },
  dates: ReadonlyMap<string, string>,
): TranslationRow[] {
  const others = localeCodes.filter((lang) => lang !== defaultLocale);
  const since = (status: TranslationStatus, original: string) =>
    status === 'outdated' ? dates.get(original) : undefined;
  const translationsByFile = new Map(collections.translations.map((t) => [t.filePath, t]));

  const measures = collections.measures.flatMap((measure) => {
    const { year = 0, code = '', slug } = contentPathOf(measure);
    const stamp = measureStamp(measure);
    const original = measure.filePath ?? measure.id;
    return others.map((lang): TranslationRow => {
      const file = contentFile.measure(year, lang, code);
      const status = translationStatus(stamp, translationsByFile.get(file)?.data);
      return {
        key: `${year}/${slug}`,
        lang,
        status,
        original,
        file,
        field: 'translates',
        stamp,
        since: since(status, original),
        target: { kind: 'measure', year, code },
      };
    });
  });

  // The YAML entries: their other languages' fields translate the Latvian ones in the same file.
  const inline = inlineEntries(collections).flatMap((entry) => {
    const stamp = inlineStamp(entry.data, defaultLocale, localeCodes);
    const place = contentPathOf({ id: entry.key, filePath: entry.file });
    const target: TranslationTarget =
      place.kind === 'administrators'
        ? { kind: 'administrator', id: entry.id }
        : place.kind === 'programme'
          ? { kind: 'programme', year: place.year ?? 0 }
          : place.kind === 'update'
            ? { kind: 'update', year: place.year ?? 0, slug: place.slug ?? '' }
            : { kind: 'section', year: place.year ?? 0, code: place.code ?? '' };
    return others.map((lang): TranslationRow => {
      const status = inlineStatus(entry, lang, localeCodes);
      return {
        key: entry.key,
        lang,
        status,
        original: entry.file,
        file: entry.file,
        field: `${entry.field}.${lang}`,
        stamp,
        since: since(status, entry.file),
        target,
      };
    });
  });

  // Astro's collections and src/check/readContent.ts list entries in different orders; the page and the script must not.
  return [...measures, ...inline].sort((a, b) => order(a.target, b.target));
}

const kinds = ['measure', 'programme', 'section', 'update', 'administrator'] as const;

/** Measures by year and number, then each year's programme, its sections by number, then administrators by id. */
function order(a: TranslationTarget, b: TranslationTarget): number {
  const place = (t: TranslationTarget) =>
    [
      kinds.indexOf(t.kind),
      'year' in t ? t.year : 0,
      'code' in t ? t.code : '',
      'id' in t ? t.id : 'slug' in t ? t.slug : '',
    ] as const;
  const [kindA, yearA, codeA, idA] = place(a);
  const [kindB, yearB, codeB, idB] = place(b);
  return kindA - kindB || yearA - yearB || compareCodes(codeA, codeB) || idA.localeCompare(idB, 'en');
}
