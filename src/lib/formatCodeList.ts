import { locales, type Locale } from '../i18n/locales.ts';

/**
 * A list of measure numbers in running text. Latvian writes section numbers
 * as ordinals with a closing dot (`1.2., 1.3. un 2.2.1.`); English does not
 * (`1.2, 1.3 and 2.2.1`).
 *
 * @example formatCodeList(['1.2', '1.3'], 'lv') // '1.2. un 1.3.'
 */
export function formatCodeList(codes: readonly string[], locale: Locale): string {
  const written = locale === 'lv' ? codes.map((code) => `${code}.`) : [...codes];
  return new Intl.ListFormat(locales[locale].intl, { style: 'long', type: 'conjunction' }).format(written);
}
