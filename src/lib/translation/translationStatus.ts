/** Where a translation stands against its Latvian original. */
export type TranslationStatus = 'current' | 'outdated' | 'untranslated' | 'missing';

/**
 * Up to date when the translation records the original's current fingerprint;
 * outdated when it records another; untranslated when it records none, since
 * nobody has marked it done (a scaffold's placeholder text, say); missing when
 * there is no file.
 *
 * @example translationStatus('3f9a1c0b7d2e', { translates: '3f9a1c0b7d2e' }) // 'current'
 */
export function translationStatus(
  stamp: string,
  translation: { translates?: string | undefined } | undefined,
): TranslationStatus {
  if (!translation) return 'missing';
  if (translation.translates === undefined) return 'untranslated';
  return translation.translates === stamp ? 'current' : 'outdated';
}
