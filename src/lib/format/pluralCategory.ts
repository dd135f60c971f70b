import { locales, type Locale } from '#src/i18n/locales.ts';

/**
 * The plural form a count takes in a language, among the three the
 * dictionaries hold (Latvian has zero, one and other; English one and other).
 *
 * @example pluralCategory(21, 'lv') // 'one'
 * @example pluralCategory(10, 'lv') // 'zero'
 */
export function pluralCategory(count: number, locale: Locale): 'zero' | 'one' | 'other' {
  const category = new Intl.PluralRules(locales[locale].intl).select(count);
  return category === 'zero' || category === 'one' ? category : 'other';
}
