import { locales, type Locale } from '#src/i18n/locales.ts';

// Building an Intl.NumberFormat costs far more than using one; a build formats thousands of shares.
const formatters = new Map<string, Intl.NumberFormat>();

/**
 * A percentage (given as 0–100) with one decimal, in the language's style.
 *
 * @example formatPercent(2.8, 'lv') // '2,8%'
 */
export function formatPercent(percent: number, locale: Locale, decimals = 1): string {
  const key = `${locale}:${decimals}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locales[locale].intl, {
      style: 'percent',
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    formatters.set(key, formatter);
  }
  return formatter.format(percent / 100);
}
