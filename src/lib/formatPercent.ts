import { locales, type Locale } from '../i18n/locales.ts';

/**
 * A percentage (given as 0–100) with one decimal, in the language's style.
 *
 * @example formatPercent(2.8, 'lv') // '2,8 %'
 */
export function formatPercent(percent: number, locale: Locale, decimals = 1): string {
  return new Intl.NumberFormat(locales[locale].intl, {
    style: 'percent',
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(percent / 100);
}
