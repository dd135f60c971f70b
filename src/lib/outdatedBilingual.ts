import { bilingualStamp } from './translationStamp.ts';
import { translationStatus, type TranslationStatus } from './translationStatus.ts';
import type { Problem } from './validateProgramme.ts';

/** A bilingual entry (a section, a programme, an administrator) and where its `translates` field is. */
export interface BilingualEntry {
  /** What `npm run translations -- --done` calls it: `2023/2-1`, `2023`, `administrators/ministry`. */
  key: string;
  file: string;
  /** The dotted field of its `translates` (`translates`, or `0.translates` in a list of entries). */
  field: string;
  data: Record<string, unknown> & { translates?: string | undefined };
}

/** Whether the entry's other languages translate its authoritative fields as they are now. */
export function bilingualStatus(entry: BilingualEntry, languages: readonly string[]): TranslationStatus {
  const [authoritative = 'lv'] = languages;
  return translationStatus(bilingualStamp(entry.data, authoritative, languages), entry.data);
}

/**
 * A warning for each bilingual entry whose Latvian fields changed since its
 * translation was marked done; never an error, so publishing stays possible.
 */
export function outdatedBilingual(entries: readonly BilingualEntry[], languages: readonly string[]): Problem[] {
  const [authoritative = 'lv'] = languages;
  return entries
    .filter((entry) => bilingualStatus(entry, languages) === 'outdated')
    .map((entry) => ({
      level: 'warning',
      file: entry.file,
      field: entry.field,
      message: `outdated: the ${authoritative} fields changed since the translation was made; expected the other languages' fields to be reviewed, then npm run translations -- --done ${entry.key}`,
    }));
}
