import { useTranslations } from '#src/i18n/index.ts';
import { locales, type Locale } from '#src/i18n/locales.ts';

/**
 * A list of measure numbers in running text, each written as the language
 * writes a number (the dictionary's `heading.number`): Latvian as ordinals with
 * a closing dot (`1.2., 1.3. un 2.2.1.`), English without (`1.2, 1.3 and 2.2.1`).
 *
 * @example formatCodeList(['1.2', '1.3'], 'lv') // '1.2. un 1.3.'
 */
export function formatCodeList(codes: readonly string[], locale: Locale): string {
  const t = useTranslations(locale);
  const written = codes.map((code) => t('heading.number', { code }));
  return new Intl.ListFormat(locales[locale].intl, { style: 'long', type: 'conjunction' }).format(written);
}
