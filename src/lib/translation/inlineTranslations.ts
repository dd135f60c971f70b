/**
 * The entries that hold their translations inline, each field a value per
 * language in one YAML file (the programme, sections, administrators), and
 * where each translation stands. Each recorded fingerprint is per language
 * (`translates: { en: … }`): a translator marks one language done at a time.
 */
import type { Problem } from '#src/lib/content/problem.ts';
import { languagesOf } from '#src/lib/language/localised.ts';
import { inlineStamp } from './translationStamp.ts';
import type { TranslationStatus } from './translationStatus.ts';

/** What an inline entry records of its translations: for each language, the fingerprint it was made from. */
export type Translates = Partial<Record<string, string>> | undefined;

/** An entry (a section, a programme, an administrator) and where its `translates` field is. */
export interface InlineEntry {
  /** What `npm run translations -- --done` calls it: `2023/2-1`, `2023`, `administrators/ministry`. */
  key: string;
  /** Its id in its collection (`2023/2-1`, `2023`, `ministry`). */
  id: string;
  file: string;
  /** The dotted field of its `translates` (`translates`, or `0.translates` in a list of entries). */
  field: string;
  data: Record<string, unknown> & { translates?: Translates };
}

/** The parts of a YAML entry this reads: Astro's collection entries and the file reader's both have them. */
interface YamlEntry {
  id: string;
  filePath?: string | undefined;
  data: Record<string, unknown> & { translates?: Translates };
  /** An item's place in its file (the file reader knows it); else its place in the list given. */
  position?: number | undefined;
}

/** The entries written in every language in one file, each with its `translates` field. */
export function inlineEntries(collections: {
  programmes: readonly YamlEntry[];
  sections: readonly YamlEntry[];
  administrators: readonly YamlEntry[];
  updates: readonly YamlEntry[];
}): InlineEntry[] {
  const file = (entry: YamlEntry) => entry.filePath ?? entry.id;
  return [
    ...collections.programmes.map((p) => ({ key: p.id, id: p.id, file: file(p), field: 'translates', data: p.data })),
    ...collections.sections.map((s) => ({ key: s.id, id: s.id, file: file(s), field: 'translates', data: s.data })),
    // One file holds every administrator: a field's path starts with the item's place in it.
    ...collections.administrators.map((a, index) => ({
      key: `administrators/${a.id}`,
      id: a.id,
      file: file(a),
      field: `${a.position ?? index}.translates`,
      data: a.data,
    })),
    // A change note's English is a text like any other: it counts in the translation status.
    ...collections.updates.map((u) => ({ key: u.id, id: u.id, file: file(u), field: 'translates', data: u.data })),
  ];
}

/**
 * Whether the entry's `lang` fields translate its authoritative fields as they
 * are now: missing when it has no text in `lang` at all (its pages show the
 * authoritative text with a notice), not yet translated when never marked done.
 */
export function inlineStatus(
  entry: Pick<InlineEntry, 'data'>,
  lang: string,
  languages: readonly string[],
): TranslationStatus {
  const [authoritative = ''] = languages;
  if (!languagesOf(entry.data, languages).has(lang)) return 'missing';
  const recorded = entry.data.translates?.[lang];
  if (recorded === undefined) return 'untranslated';
  return recorded === inlineStamp(entry.data, authoritative, languages) ? 'current' : 'outdated';
}

/**
 * A warning for each inline entry and language whose translation lags: the
 * authoritative fields changed since it was marked done, or it was never
 * marked done. Never an error, so publishing stays possible; a language an
 * entry has no text in at all is not warned about (its pages say so).
 */
export function outdatedInline(entries: readonly InlineEntry[], languages: readonly string[]): Problem[] {
  const [authoritative = '', ...translated] = languages;
  return entries.flatMap((entry) =>
    translated.flatMap((lang): Problem[] => {
      const status = inlineStatus(entry, lang, languages);
      if (status === 'current' || status === 'missing') return [];
      const what =
        status === 'outdated'
          ? `outdated: the ${authoritative} fields changed since the ${lang} translation was made`
          : `not yet translated: the ${lang} fields were never marked as translating the ${authoritative} ones`;
      return [
        {
          level: 'warning',
          file: entry.file,
          field: `${entry.field}.${lang}`,
          message: `${what}; expected the ${lang} fields to be reviewed, then npm run translations -- --done ${entry.key}`,
        },
      ];
    }),
  );
}

/** The dotted fields of `data` written per language whose authoritative text is there but not their `lang` one. */
function untranslatedFields(data: unknown, lang: string, languages: readonly string[], at = ''): string[] {
  const [authoritative = ''] = languages;
  if (Array.isArray(data)) return data.flatMap((item, i) => untranslatedFields(item, lang, languages, `${at}${i}.`));
  if (data === null || typeof data !== 'object') return [];
  const keys = Object.keys(data);
  const record = data as Record<string, unknown>;
  if (keys.length > 0 && keys.every((key) => languages.includes(key))) {
    const original = record[authoritative];
    const empty = original === undefined || (Array.isArray(original) && original.length === 0);
    return empty || record[lang] !== undefined ? [] : [at.slice(0, -1)];
  }
  return Object.entries(record).flatMap(([key, value]) =>
    key === 'translates' ? [] : untranslatedFields(value, lang, languages, `${at}${key}.`),
  );
}

/**
 * An error for each field an entry leaves untranslated into a language it has
 * other text in: a translation of an entry is whole or absent, so that its
 * pages are either in the language or plainly marked as not yet translated.
 */
export function partialInline(entries: readonly InlineEntry[], languages: readonly string[]): Problem[] {
  const [authoritative = '', ...translated] = languages;
  return entries.flatMap((entry) =>
    translated
      .filter((lang) => languagesOf(entry.data, languages).has(lang))
      .flatMap((lang) =>
        untranslatedFields(entry.data, lang, languages).map((field): Problem => ({
          level: 'error',
          file: entry.file,
          field: entry.field === 'translates' ? field : `${entry.field.split('.')[0]}.${field}`,
          message: `missing: expected its ${lang} text, as the entry's other fields have (or no ${lang} text in the entry at all: the ${lang} site then shows the ${authoritative} text with a notice)`,
        })),
      ),
  );
}
