import { createHash } from 'node:crypto';
import { pickLanguage } from '#src/lib/language/pickLanguage.ts';

/** What a translation of a measure translates: the Latvian entry's text, not its figures. */
export interface TranslatableText {
  title: string;
  /** The MDX body; space around it does not count. */
  body: string;
  results: readonly string[];
  notes: readonly string[];
  fundingNote: string | undefined;
}

/**
 * A short fingerprint of the Latvian text a translation was made from. The
 * English file records it (`translates`); when the Latvian text changes, the
 * fingerprint no longer matches and the translation shows as outdated.
 *
 * @example translationStamp({ title: 'Virsraksts', body: 'Teksts.', results: ['Rezultāts.'], notes: [], fundingNote: undefined }) // e.g. '3f9a1c0b7d2e'
 */
export function translationStamp(text: TranslatableText): string {
  const parts = [text.title, text.body.trim(), text.results, text.notes, text.fundingNote ?? null];
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 12);
}

/**
 * The fingerprint of a bilingual entry's authoritative-language fields (a
 * section, the programme, an administrator), which its `translates` records.
 *
 * @example bilingualStamp({ title: { lv: 'Virsraksts', en: 'Title' } }, 'lv', ['lv', 'en']) // e.g. '9c1e…'
 */
export function bilingualStamp(data: Record<string, unknown>, lang: string, languages: readonly string[]): string {
  // Plain strings (ids, `translates` itself) are not text of one language, so the pick leaves them out.
  const text = JSON.stringify(pickLanguage(data, lang, languages));
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}
