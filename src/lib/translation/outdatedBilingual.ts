import { bilingualStamp } from './translationStamp.ts';
import { translationStatus, type TranslationStatus } from './translationStatus.ts';
import type { Problem } from '#src/lib/content/problem.ts';

/** A bilingual entry (a section, a programme, an administrator) and where its `translates` field is. */
export interface BilingualEntry {
  /** What `npm run translations -- --done` calls it: `2023/2-1`, `2023`, `administrators/ministry`. */
  key: string;
  /** Its id in its collection (`2023/2-1`, `2023`, `ministry`). */
  id: string;
  file: string;
  /** The dotted field of its `translates` (`translates`, or `0.translates` in a list of entries). */
  field: string;
  data: Record<string, unknown> & { translates?: string | undefined };
}

/** The parts of a YAML entry this reads: Astro's collection entries and `npm run check`'s both have them. */
interface YamlEntry {
  id: string;
  filePath?: string | undefined;
  data: Record<string, unknown> & { translates?: string | undefined };
}

/** The entries written in both languages in one file, each with its `translates` field. */
export function bilingualEntries(collections: {
  programmes: readonly YamlEntry[];
  sections: readonly YamlEntry[];
  administrators: readonly YamlEntry[];
}): BilingualEntry[] {
  const file = (entry: YamlEntry) => entry.filePath ?? entry.id;
  return [
    ...collections.programmes.map((p) => ({ key: p.id, id: p.id, file: file(p), field: 'translates', data: p.data })),
    ...collections.sections.map((s) => ({ key: s.id, id: s.id, file: file(s), field: 'translates', data: s.data })),
    // One file holds every administrator, in the order of the collection.
    ...collections.administrators.map((a, index) => ({
      key: `administrators/${a.id}`,
      id: a.id,
      file: file(a),
      field: `${index}.translates`,
      data: a.data,
    })),
  ];
}

/** Whether the entry's other languages translate its authoritative fields as they are now. */
export function bilingualStatus(
  entry: Pick<BilingualEntry, 'data'>,
  languages: readonly string[],
): Exclude<TranslationStatus, 'missing'> {
  const [authoritative = 'lv'] = languages;
  const status = translationStatus(bilingualStamp(entry.data, authoritative, languages), entry.data);
  // The schema requires every language's fields, so a bilingual entry is never without its translation.
  return status === 'missing' ? 'untranslated' : status;
}

/**
 * A warning for each bilingual entry whose Latvian fields changed since its
 * translation was marked done, or that was never marked done; never an error,
 * so publishing stays possible.
 */
export function outdatedBilingual(entries: readonly BilingualEntry[], languages: readonly string[]): Problem[] {
  const [authoritative = 'lv'] = languages;
  return entries.flatMap((entry): Problem[] => {
    const status = bilingualStatus(entry, languages);
    if (status === 'current') return [];
    const what =
      status === 'outdated'
        ? `outdated: the ${authoritative} fields changed since the translation was made`
        : `not yet translated: the other languages' fields were never marked as translating the ${authoritative} ones`;
    return [
      {
        level: 'warning',
        file: entry.file,
        field: entry.field,
        message: `${what}; expected the other languages' fields to be reviewed, then npm run translations -- --done ${entry.key}`,
      },
    ];
  });
}
