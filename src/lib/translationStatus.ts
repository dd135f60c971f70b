/** Where a translation stands against its Latvian original. */
export type TranslationStatus = 'current' | 'outdated' | 'missing';

/**
 * Up to date when the translation records the original's current fingerprint;
 * outdated when it records another (or none); missing when there is no file.
 *
 * @example translationStatus('3f9a1c0b7d2e', { translates: '3f9a1c0b7d2e' }) // 'current'
 */
export function translationStatus(
  stamp: string,
  translation: { translates?: string | undefined } | undefined,
): TranslationStatus {
  if (!translation) return 'missing';
  return translation.translates === stamp ? 'current' : 'outdated';
}
